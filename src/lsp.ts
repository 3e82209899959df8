// `crossfoot --lsp`: a language server over stdio. Diagnostics on open and (debounced) change,
// rule id as code with a docs link, the parts of a sum as related information, suggestions as quick fixes.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules as builtinRules } from '../rules/index.js';
import { ConfigError, ConfigResolver } from './config.js';
import { lint, type LintMessage, type LintResult, type MessageRange } from './lint.js';
import { emptyStats } from './coverage.js';
import { coverageWords } from './format/coverage-text.js';
import { PREFIX } from './messages.js';

/** How long typing must pause before a document is linted again (ms). */
export const DEBOUNCE_MS = 200;

/**
 * Run the language server on stdin/stdout until the client exits. A document whose linting throws
 * gets an `internal-error` diagnostic (lint never throws); with `debug` (CROSSFOOT_DEBUG), the
 * exception's stack goes to the client's log.
 */
export function startLanguageServer(docUrl: (ruleId: string) => string | undefined, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout, debug = false): void {
  const connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  const resolver = new ConfigResolver(builtinRules, undefined, {}, true);
  const lastMessages = new Map<string, LintMessage[]>();
  const timers = new Map<string, NodeJS.Timeout>();

  const toRange = (m: MessageRange) => ({
    start: { line: m.line - 1, character: m.column - 1 },
    end: { line: m.endLine - 1, character: m.endColumn - 1 },
  });

  const validate = async (document: TextDocument) => {
    let folder = process.cwd();
    try {
      if (document.uri.startsWith('file:')) folder = dirname(fileURLToPath(document.uri));
    } catch {
      // Not a file URI: lint with the defaults.
    }
    let result: LintResult;
    try {
      const config = await resolver.forFolder(folder);
      result = lint(document.getText(), { filePath: document.uri, rules: config.rules, registry: config.registry });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // In Chinese, as the findings are (the language server lints in the default locale).
      connection.window.showErrorMessage(`${PREFIX.line.zh}${error.text.zh}`);
      result = lint(document.getText(), { filePath: document.uri });
    }
    if (debug) for (const stack of result.internalErrorStacks ?? []) connection.console.error(`crossfoot: internal error in ${document.uri}: ${stack}`);
    const { messages } = result;
    lastMessages.set(document.uri, messages);
    const diagnostics: Diagnostic[] = messages.map((m) => ({
      range: toRange(m),
      severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: m.ruleId,
      ...(docUrl(m.ruleId) ? { codeDescription: { href: docUrl(m.ruleId)! } } : {}),
      source: 'crossfoot',
      message: m.message,
      ...(m.related?.length
        ? { relatedInformation: m.related.map((r) => ({ location: { uri: document.uri, range: toRange(r) }, message: r.message ?? m.ruleId })) }
        : {}),
    }));
    // What was checked, as one Information diagnostic at the start of line 1. Editors list it in
    // their problems view beside the findings and mark it quietly (VS Code: a blue underline),
    // and it is replaced with every lint, unlike window/showMessage, which pops up each time
    // and stays, or a custom notification, which no editor shows without a plugin.
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'coverage',
      source: 'crossfoot',
      message: coverageWords('zh').summary(result.stats ?? emptyStats(), 1),
      data: { stats: result.stats ?? emptyStats() },
    });
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void validate(current);
      }, delay),
    );
  };

  // Warm the parser and the rules up before the first document arrives.
  connection.onInitialized(() => {
    lint('2024年度自评报告\n\n一、基本情况\n\n基本支出 74.63 万元（人员经费 62.27 万元，公用经费 12.36 万元），占 85.90%。\n\n资金来源\t全年预算数(A)\t全年执行数(B)\t执行率\n资金总额\t100.00\t90.00\t90.00');
  });
  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'crossfoot' },
  }));
  // TextDocuments reports an open as a content change too: lint a new document at once, edits after a pause.
  const seen = new Set<string>();
  documents.onDidChangeContent((e) => {
    const fresh = !seen.has(e.document.uri);
    seen.add(e.document.uri);
    schedule(e.document, fresh ? 0 : DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    seen.delete(e.document.uri);
    lastMessages.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    for (const m of lastMessages.get(document.uri) ?? []) {
      const range = toRange(m);
      if (range.end.line < params.range.start.line || range.start.line > params.range.end.line) continue;
      for (const s of m.suggestions ?? []) {
        actions.push({
          title: s.desc,
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(s.fix.range[0]), end: document.positionAt(s.fix.range[1]) }, newText: s.fix.text }] } },
        });
      }
    }
    return actions;
  });
  documents.listen(connection);
  connection.listen();
}
