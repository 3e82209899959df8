// One file's exception stays that file's: lint() turns an exception while parsing or extracting
// into the result's one internal-error message, the batch layer does the same for reading, and the
// CLI and the language server go on with the other files and documents. The exceptions are
// injected by mocking the extract, parse and read modules: the code under test has no hook for it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { lint } from '../src/lint.js';
import { startLanguageServer } from '../src/lsp.js';
import { defineRule } from '../src/rule.js';
import { rules } from '../rules/index.js';
import { root } from './run-cli.js';

/** Text with these markers makes the mocked parse or extract throw; a file named so, the mocked reader. */
const { crash, mockExtract, mockParse, mockRead } = vi.hoisted(() => {
  const crash = {
    EXTRACT: '<!-- test: extract throws -->',
    PARSE: '<!-- test: parse throws -->',
    THROWN_STRING: '<!-- test: extract throws a string -->',
    READ: 'unreadable.md',
  };
  type Import = () => Promise<unknown>;
  return {
    crash,
    mockExtract: async (importOriginal: Import) => {
      const actual = (await importOriginal()) as { extract: (source: string, tree: unknown) => unknown };
      return {
        ...actual,
        extract: (source: string, tree: unknown) => {
          // The message of the crash of issue #14.
          if (source.includes(crash.EXTRACT)) throw new TypeError("Cannot read properties of undefined (reading 'end')");
          if (source.includes(crash.THROWN_STRING)) throw 'a string, not an Error';
          return actual.extract(source, tree);
        },
      };
    },
    mockParse: async (importOriginal: Import) => {
      const actual = (await importOriginal()) as { parse: (text: string) => unknown };
      return {
        ...actual,
        parse: (text: string) => {
          if (text.includes(crash.PARSE)) throw new Error('parser failed');
          return actual.parse(text);
        },
      };
    },
    mockRead: async (importOriginal: Import) => {
      const actual = (await importOriginal()) as { readTextFile: (path: string, max?: number) => Promise<unknown> };
      return {
        ...actual,
        readTextFile: async (path: string, max?: number) => {
          if (path.endsWith(crash.READ)) throw new Error('EIO: i/o error, read');
          return actual.readTextFile(path, max);
        },
      };
    },
  };
});

// The source modules (for lint() and the language server) and the built ones (for the CLI, whose
// version() reads package.json beside dist/).
vi.mock('../src/extract/index.js', mockExtract);
vi.mock('../src/parse.js', mockParse);
vi.mock('../dist/src/extract/index.js', mockExtract);
vi.mock('../dist/src/read/index.js', mockRead);

const EXTRACT_REASON = "Cannot read properties of undefined (reading 'end')";
const crashing = `${crash.EXTRACT}\n\n涉及一般公共预算支出万元。\n`;
const bad = '2024年度部门整体支出绩效自评报告\n\n涉及一般公共预算支出万元。\n';
/** Coverage of a file nothing was read from (its extraction crashed), and of `bad` (no figure: 2024年度 is a year). */
const nothingRead = { figures: 0, relations: 0, checked: 0, held: 0, failed: 0, skipped: 0, skippedBy: {}, unrelatedFigures: 0 };
const missingFigure = {
  ruleId: 'missing-figure',
  severity: 2,
  message: '“支出万元”缺少金额：万元前没有数字',
  messageId: 'missing',
  line: 3,
  column: 9,
  endLine: 3,
  endColumn: 13,
  data: { text: '支出万元', unit: '万元' },
};

/** The internal-error message of an exception in `stage`. */
function internalError(stage: string, message: string, reason: string) {
  return { ruleId: 'internal-error', severity: 2, message, messageId: 'internal-error', data: { stage, reason }, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

describe('lint()', () => {
  it('returns one internal-error message for an exception while extracting, instead of throwing', () => {
    const result = lint(crashing, { filePath: 'r.md' });
    expect(result).toEqual({
      filePath: 'r.md',
      messages: [internalError('extract', `提取数据运行出错：${EXTRACT_REASON}`, EXTRACT_REASON)],
      errorCount: 1,
      warningCount: 0,
      internalErrorCount: 1,
      source: crashing,
      stats: nothingRead,
      relations: [],
      internalErrorStacks: [expect.stringMatching(/^TypeError: Cannot read properties of undefined \(reading 'end'\)\n\s+at /)],
    });
    // The same text without the marker: the rules run (and find the missing figure), so the
    // single message above is the guard's, not a quiet report.
    expect(lint(crashing.replace(crash.EXTRACT, '2024年度自评报告')).messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['missing-figure', 3, 9]]);
  });
  it('words it in English with locale en, and names the parse stage when parsing throws', () => {
    expect(lint(crashing, { locale: 'en' }).messages).toEqual([internalError('extract', `Extracting the figures failed: ${EXTRACT_REASON}`, EXTRACT_REASON)]);
    const parsed = lint(`${crash.PARSE}\n`);
    expect(parsed.messages).toEqual([internalError('parse', '解析文本运行出错：parser failed', 'parser failed')]);
    expect(parsed.internalErrorCount).toBe(1);
  });
  it('takes a thrown value that is not an Error as the reason and the stack', () => {
    const result = lint(`${crash.THROWN_STRING}\n`);
    expect(result.messages).toEqual([internalError('extract', '提取数据运行出错：a string, not an Error', 'a string, not an Error')]);
    expect(result.internalErrorStacks).toEqual(['a string, not an Error']);
  });
  it('keeps a crashing rule’s message and adds its stack', () => {
    const broken = defineRule({
      meta: { ...rules[0]!.meta, id: 'broken-rule' },
      // eslint-disable-next-line require-yield
      *check() {
        throw new RangeError('boom');
      },
    });
    const result = lint(bad, { registry: [broken] });
    expect(result.messages).toEqual([
      { ruleId: 'internal-error', severity: 2, message: '规则 broken-rule 运行出错：boom', messageId: 'internal-error', data: { rule: 'broken-rule', reason: 'boom' }, line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
    expect(result.internalErrorStacks).toEqual([expect.stringMatching(/^RangeError: boom\n\s+at /)]);
  });
});

describe('the CLI on one thread', () => {
  type Main = (argv: string[], io: unknown) => Promise<number>;
  let main: Main;
  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/src/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root });
    ({ main } = (await import('../dist/src/cli.js')) as unknown as { main: Main });
  });
  /**
   * Run main in this process (where the mocks hold) on files written to a new folder. The CLI finds
   * files from the process's working folder, so they are passed by full path, and the folder is
   * taken out of the output again.
   */
  async function run(argv: string[], files: Record<string, string>, options: { stdin?: string; env?: Record<string, string> } = {}) {
    const cwd = mkdtempSync(join(tmpdir(), 'crossfoot-internal-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
    let stdout = '';
    let stderr = '';
    const stdin = new PassThrough();
    stdin.end(options.stdin ?? '');
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), stdin, isTTY: false, env: options.env ?? {}, cwd };
    const code = await main(argv.map((arg) => (arg in files ? join(cwd, arg) : arg)), io);
    const local = (text: string) => text.split(`${cwd}/`).join('');
    return { code, stdout: local(stdout), stderr: local(stderr), cwd };
  }

  it('reports an exception while extracting one file as its internal-error, lints the others, and exits 2', async () => {
    const r = await run(['-f', 'json', 'a.md', 'crash.md', 'z.md'], { 'a.md': bad, 'crash.md': crashing, 'z.md': bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    // The JSON format's ESLint fields: an exception before the rules is a fatal message.
    const eslintFields = { suppressedMessages: [], fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
    expect(JSON.parse(r.stdout)).toEqual([
      { filePath: 'a.md', messages: [{ ...missingFigure, nodeType: null }], errorCount: 1, fatalErrorCount: 0, warningCount: 0, ...eslintFields, stats: nothingRead },
      { filePath: 'crash.md', messages: [{ ...internalError('extract', `提取数据运行出错：${EXTRACT_REASON}`, EXTRACT_REASON), nodeType: null, fatal: true }], errorCount: 1, fatalErrorCount: 1, warningCount: 0, ...eslintFields, stats: nothingRead },
      { filePath: 'z.md', messages: [{ ...missingFigure, nodeType: null }], errorCount: 1, fatalErrorCount: 0, warningCount: 0, ...eslintFields, stats: nothingRead },
    ]);
  });
  it('reports an exception while reading one file as its internal-error (stylish quotes nothing), and lints the others', async () => {
    const r = await run(['-f', 'unix', crash.READ, 'a.md'], { [crash.READ]: bad, 'a.md': bad });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      `${crash.READ}:1:1: 读取文件运行出错：EIO: i/o error, read [Error/internal-error]\n` +
        'a.md:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n2 个问题\n',
    );
    const stylish = await run([crash.READ], { [crash.READ]: bad });
    expect(stylish.stdout).toBe(`\n${crash.READ}\n  1:1  错误  读取文件运行出错：EIO: i/o error, read  internal-error\n       \n       ^\n\n✖ 1 个问题（1 个错误，0 个警告）\n未找到数量关系——crossfoot 在文件中没有读到可核对的数字\n`);
  });
  it('does the same for standard input', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'report.md', '-f', 'unix'], {}, { stdin: crashing });
    expect(r).toMatchObject({ code: 2, stderr: '', stdout: `report.md:1:1: 提取数据运行出错：${EXTRACT_REASON} [Error/internal-error]\n\n1 个问题\n` });
  });
  it('prints the stack on stderr only with CROSSFOOT_DEBUG', async () => {
    const files = { 'crash.md': crashing, 'a.md': bad };
    const debug = await run(['-f', 'unix', 'crash.md', 'a.md'], files, { env: { CROSSFOOT_DEBUG: '1' } });
    // The frame in the run's language; the stack is the runtime's own.
    expect(debug.stderr).toMatch(/^crossfoot：crash\.md 内部错误：TypeError: Cannot read properties of undefined \(reading 'end'\)\n(\s+at .+\n)+$/);
    const english = await run(['--locale', 'en', '-f', 'unix', 'crash.md', 'a.md'], files, { env: { CROSSFOOT_DEBUG: '1' } });
    expect(english.stderr).toMatch(/^crossfoot: internal error in crash\.md: TypeError: Cannot read properties of undefined \(reading 'end'\)\n(\s+at .+\n)+$/);
    const quiet = await run(['-f', 'unix', 'crash.md', 'a.md'], files);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(debug.stdout);
  });
  it('does not --cache a result with an internal error', async () => {
    const r = await run(['--cache', '-f', 'unix', 'a.md', 'crash.md'], { 'a.md': bad, 'crash.md': crashing });
    expect(r.code).toBe(2);
    const stored = JSON.parse(readFileSync(join(r.cwd, '.crossfoot-cache/results.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries)).toEqual([join(r.cwd, 'a.md')]);
  });
});

describe('the language server', () => {
  it('publishes an internal-error diagnostic for a document whose linting throws, logs the stack with debug, and goes on', async () => {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    startLanguageServer((id) => `https://example.org/crossfoot/${id}.md`, toServer, fromServer, true);
    const client = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    const published: Array<(p: { diagnostics: Array<{ code: string; message: string; severity: number; range: unknown }> }) => void> = [];
    const logs: string[] = [];
    client.onNotification('textDocument/publishDiagnostics', (p) => published.shift()?.(p));
    client.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
    client.listen();
    // No processId: the server would otherwise watch this process and exit with it.
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    const next = () => new Promise<{ diagnostics: Array<{ code: string; message: string; severity: number; range: unknown }> }>((resolve) => published.push(resolve));

    const uri = pathToFileURL(join(tmpdir(), 'crash.md')).href;
    const first = next();
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: crashing } });
    expect((await first).diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: 'internal-error',
        codeDescription: { href: 'https://example.org/crossfoot/internal-error.md' },
        source: 'crossfoot',
        message: `提取数据运行出错：${EXTRACT_REASON}`,
      },
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'coverage',
        source: 'crossfoot',
        message: '未找到数量关系——crossfoot 在文件中没有读到可核对的数字',
        data: { stats: nothingRead },
      },
    ]);
    expect(logs).toEqual([expect.stringMatching(/^crossfoot: internal error in file:.*crash\.md: TypeError: Cannot read properties of undefined \(reading 'end'\)\n\s+at /)]);
    // The server is still there: an edit that no longer crashes gets the rules' diagnostics.
    const second = next();
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: bad }] });
    expect((await second).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['missing-figure', '“支出万元”缺少金额：万元前没有数字'],
      ['coverage', '未找到数量关系——crossfoot 在文件中没有读到可核对的数字'],
    ]);
    client.dispose();
  });
});
