// The lint stage: run the enabled rules over a model, apply severities and inline disable
// comments, render messages, dedupe and sort.
import type { Relation, ReportModel, Span } from './model.js';
import { parse } from './parse.js';
import { extract } from './extract/index.js';
import type { AnyRule, MessageData, Severity } from './rule.js';
import { rules as builtinRules } from '../rules/index.js';
import { coverageOf, emptyStats, RELATION_RULE_IDS, relationSpans, rulesFor, type CoverageStats, type RelationCoverage, type RelationOutcome } from './coverage.js';

/** A rule's configured setting: a severity, or a severity with options. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>];

/** Locales for messages. */
export type Locale = 'zh' | 'en';

/** A position range in a message. */
export interface MessageRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A related place of a message (the parts of a sum). */
export interface RelatedLocation extends MessageRange {
  message?: string;
}

/** A suggested replacement (ESLint's shape: a source range and the new text). */
export interface Suggestion {
  desc: string;
  fix: { range: [number, number]; text: string };
}

/** One problem found (ESLint's message shape). */
export interface LintMessage extends MessageRange {
  ruleId: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  messageId: string;
  data?: MessageData;
  related?: RelatedLocation[];
  suggestions?: Suggestion[];
}

/** All problems of one file (ESLint's result shape). */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** Exceptions while linting the file: a rule that threw, or a stage before the rules (each also an `internal-error` message). */
  internalErrorCount: number;
  /** The linted text, for formatters that quote it. */
  source: string;
  /** What was checked: figures read, relations held, failed and skipped (absent only on results built by hand). */
  stats?: CoverageStats;
  /** Each relation with its status, expression and the places of its figures (for the HTML review page). */
  relations?: RelationCoverage[];
  /** Messages a `crossfoot-disable…` comment silenced (ESLint's suppressedMessages); absent when none were. */
  suppressedMessages?: LintMessage[];
  /** The stack of each exception behind an `internal-error` message, for debugging (CROSSFOOT_DEBUG); formatters do not show them. */
  internalErrorStacks?: string[];
}

/** A stage of linting one file before the rules run: reading it, parsing it, extracting its model. */
export type Stage = 'read' | 'parse' | 'extract';

/** Options of a lint run. */
export interface LintOptions {
  filePath?: string;
  /** Settings by rule id; rules not named run at their default severity. */
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
  /** The rules to run (default: the built-in registry). */
  registry?: readonly AnyRule[];
}

/** Render `{{name}}` placeholders. */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (data[key] !== undefined ? String(data[key]) : whole));
}

function range(span: Span): MessageRange {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

/**
 * Lint text: parse, extract, run rules. Never throws on any text: an exception while parsing or
 * extracting becomes the result's one `internal-error` message (the rules cannot run without a model).
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  let stage: Stage = 'parse';
  let model: ReportModel;
  try {
    const tree = parse(text);
    stage = 'extract';
    model = extract(text, tree);
  } catch (error) {
    return failedResult(options.filePath ?? '<text>', text, stage, error, options.locale);
  }
  return lintModel(model, options);
}

const STAGE_NAMES: Record<Stage, { zh: string; en: string }> = {
  read: { zh: '读取文件', en: 'Reading the file' },
  parse: { zh: '解析文本', en: 'Parsing the text' },
  extract: { zh: '提取数据', en: 'Extracting the figures' },
};

/**
 * The `internal-error` message for an exception in a rule or a stage: at line 1, column 1 (it
 * belongs to no figure), with the exception's message, e.g. `规则 sum-mismatch 运行出错：boom`.
 */
export function internalErrorMessage(where: { rule: string } | { stage: Stage }, error: unknown, locale: Locale = 'zh'): LintMessage {
  const reason = error instanceof Error ? error.message : String(error);
  const what = 'rule' in where ? { zh: `规则 ${where.rule} `, en: `Rule ${where.rule}` } : STAGE_NAMES[where.stage];
  return {
    ruleId: 'internal-error',
    severity: 2,
    message: locale === 'en' ? `${what.en} failed: ${reason}` : `${what.zh}运行出错：${reason}`,
    messageId: 'internal-error',
    data: { ...where, reason },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

/** The result of a file that could not be linted: one `internal-error` message for the exception of `stage`. */
export function failedResult(filePath: string, source: string, stage: Stage, error: unknown, locale: Locale = 'zh'): LintResult {
  return { ...resultOf(filePath, [internalErrorMessage({ stage }, error, locale)], 1, source), stats: emptyStats(), relations: [], internalErrorStacks: [stackOf(error)] };
}

/** An exception's stack, or what it is when it has none (a thrown string). */
function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/**
 * The model a relation rule sees: the same model whose `relations`, when iterated, record the
 * relation being looked at, so a finding yielded inside the loop is known to be about it. Nested
 * loops restore the outer relation when they end.
 */
function trackedModel(model: ReportModel, current: { index: number }): ReportModel {
  const relations = model.relations.slice();
  (relations as { [Symbol.iterator]: () => Iterator<Relation> })[Symbol.iterator] = function* track() {
    const outer = current.index;
    try {
      for (let i = 0; i < relations.length; i++) {
        current.index = i;
        yield relations[i]!;
      }
    } finally {
      current.index = outer;
    }
  };
  return { ...model, relations };
}

/** The one relation a finding of `ruleId` outside a relation loop is about: the one of the rule's kinds covering its place, if exactly one does. */
function relationAt(model: ReportModel, ruleId: string, at: Span): number {
  const matches: number[] = [];
  model.relations.forEach((relation, i) => {
    if (!rulesFor(relation).includes(ruleId)) return;
    if (relationSpans(relation, model.figures).some((s) => s.start.offset <= at.start.offset && at.start.offset < Math.max(s.end.offset, s.start.offset + 1))) matches.push(i);
  });
  return matches.length === 1 ? matches[0]! : -1;
}

/** Run rules over an extracted model. */
export function lintModel(model: ReportModel, options: LintOptions = {}): LintResult {
  const registry = options.registry ?? builtinRules;
  const locale = options.locale ?? 'zh';
  const messages: LintMessage[] = [];
  const internalErrorStacks: string[] = [];
  // Coverage: the relation each message is about, and the rules that evaluated relations.
  const aboutRelation = new Map<LintMessage, number>();
  const ranRules = new Set<string>();

  for (const rule of registry) {
    const setting = options.rules?.[rule.meta.id];
    const severity: Severity = setting === undefined ? rule.meta.severity : Array.isArray(setting) ? setting[0] : setting;
    if (severity === 'off') continue;
    const ruleOptions = { ...rule.meta.defaultOptions, ...(Array.isArray(setting) ? setting[1] : {}) };
    const templates = locale === 'en' ? rule.meta.messagesEn : rule.meta.messages;
    const checksRelations = RELATION_RULE_IDS.has(rule.meta.id);
    const current = { index: -1 };
    try {
      for (const finding of rule.check(checksRelations ? trackedModel(model, current) : model, ruleOptions)) {
        const template = templates[finding.messageId] ?? rule.meta.messages[finding.messageId];
        if (template === undefined) throw new Error(`unknown messageId "${finding.messageId}"`);
        const message: LintMessage = {
          ruleId: rule.meta.id,
          severity: severity === 'error' && finding.severity !== 'warn' ? 2 : 1,
          message: renderMessage(template, finding.data),
          messageId: finding.messageId,
          ...range(finding.at),
        };
        if (finding.data) message.data = finding.data;
        if (finding.related?.length) message.related = finding.related.map((r) => ({ ...range(r.span), ...(r.message ? { message: r.message } : {}) }));
        if (finding.suggestions?.length) {
          message.suggestions = finding.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.span.start.offset, s.span.end.offset], text: s.text } }));
        }
        messages.push(message);
        if (checksRelations) {
          const index = current.index >= 0 && rulesFor(model.relations[current.index]!).includes(rule.meta.id) ? current.index : relationAt(model, rule.meta.id, finding.at);
          if (index >= 0) aboutRelation.set(message, index);
        }
      }
      if (checksRelations) ranRules.add(rule.meta.id);
    } catch (error) {
      internalErrorStacks.push(stackOf(error));
      messages.push(internalErrorMessage({ rule: rule.meta.id }, error, locale));
    }
  }

  const { kept, suppressed } = applyDirectives(dedupe(messages), model);
  // A rule id no rule has, in a disable comment, silences nothing: say so at the comment (ESLint does), never silenced itself.
  const known = new Set(registry.map((rule) => rule.meta.id));
  for (const directive of model.directives) {
    for (const ruleId of directive.ruleIds) if (!known.has(ruleId)) kept.push(unknownRuleMessage(ruleId, directive.span, locale));
  }
  const byPlace = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
  const outcomes: RelationOutcome[] = model.relations.map((relation) => ({ evaluated: rulesFor(relation).some((id) => ranRules.has(id)), shown: 0, silenced: false }));
  // A finding a disable comment silenced leaves its relation skipped; one shown (or a duplicate of one shown) fails it.
  const silencedSet = new Set(suppressed);
  for (const [message, index] of aboutRelation) {
    const outcome = outcomes[index]!;
    if (silencedSet.has(message)) outcome.silenced = true;
    else outcome.shown = Math.max(outcome.shown, message.severity) as 1 | 2;
  }
  const { stats, relations } = coverageOf(model, outcomes);
  const result: LintResult = { ...resultOf(options.filePath ?? '<text>', kept.sort(byPlace), internalErrorStacks.length, model.source), stats, relations };
  if (suppressed.length > 0) result.suppressedMessages = suppressed.sort(byPlace);
  return internalErrorStacks.length > 0 ? { ...result, internalErrorStacks } : result;
}

/** A file's result from its messages, with the counts they make. */
export function resultOf(filePath: string, messages: LintMessage[], internalErrorCount: number, source: string): LintResult {
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return { filePath, messages, errorCount, warningCount: messages.length - errorCount, internalErrorCount, source };
}

const UNKNOWN_RULE = {
  zh: '禁用注释中的规则 {{ruleId}} 不存在（crossfoot --list-rules 列出全部规则）',
  en: 'Definition for rule "{{ruleId}}" was not found',
};

/** The `unknown-rule` message for a rule id in a disable comment that no rule has. */
function unknownRuleMessage(ruleId: string, at: Span, locale: Locale): LintMessage {
  return { ruleId: 'unknown-rule', severity: 2, message: renderMessage(UNKNOWN_RULE[locale], { ruleId }), messageId: 'unknown-rule', data: { ruleId }, ...range(at) };
}

/** Split messages into those kept and those silenced by `crossfoot-disable…` comments. */
function applyDirectives(messages: LintMessage[], model: ReportModel): { kept: LintMessage[]; suppressed: LintMessage[] } {
  if (model.directives.length === 0) return { kept: messages, suppressed: [] };
  const directives = [...model.directives].sort((a, b) => a.line - b.line);
  const matches = (ids: string[], ruleId: string) => ids.length === 0 || ids.includes(ruleId);
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  const silenced = (message: LintMessage): boolean => {
    if (message.ruleId === 'internal-error') return false;
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === message.line && matches(d.ruleIds, message.ruleId)) return true;
      if (d.kind === 'disable-line' && d.line === message.line && matches(d.ruleIds, message.ruleId)) return true;
      if (d.line > message.line) continue;
      if (d.kind === 'disable' && matches(d.ruleIds, message.ruleId)) disabled = true;
      if (d.kind === 'enable' && matches(d.ruleIds, message.ruleId)) disabled = false;
    }
    return disabled;
  };
  for (const message of messages) (silenced(message) ? suppressed : kept).push(message);
  return { kept, suppressed };
}

function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}|${m.line}|${m.column}|${m.endLine}|${m.endColumn}|${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
