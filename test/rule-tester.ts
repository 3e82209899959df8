// A table-driven rule tester (after ESLint's RuleTester): valid cases give no finding; invalid
// cases list every expected diagnostic with its position. It also checks that positions lie in
// the text, that no placeholder is left unrendered, and that the rule did not change the model.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { lintModel, type LintMessage, type Suggestion } from '../src/lint.js';
import { parse } from '../src/parse.js';
import type { AnyRule } from '../src/rule.js';

/** One expected diagnostic. */
export interface ExpectedDiagnostic {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data?: Record<string, unknown>;
  severity?: 1 | 2;
  /** Exact rendered message, when the test wants it. */
  message?: string;
  /**
   * The quick fixes, each with its replacement text and the range it replaces. Required when the
   * rule gives any (as ESLint's RuleTester requires): a fix that changes unasserted fails the test.
   */
  suggestions?: ExpectedSuggestion[];
}

/** One expected quick fix: what it is called, the text it puts in, and where. */
export interface ExpectedSuggestion {
  desc: string;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A case: text, optional rule options. */
export interface ValidCase {
  name?: string;
  text: string;
  options?: Record<string, unknown>;
}

/** A case with the diagnostics it must produce, all of them, in order. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[];
}

/** Run a rule over a text, checking the invariants every rule must keep. */
export function runRule(rule: AnyRule, text: string, options?: Record<string, unknown>): LintMessage[] {
  const model = extract(text, parse(text));
  const before = JSON.stringify(model);
  const result = lintModel(model, {
    registry: [rule],
    rules: options ? { [rule.meta.id]: ['error', options] } : {},
  });
  expect(JSON.stringify(model), 'the rule must not mutate the model').toBe(before);
  const lines = text.split(/\r\n|\n|\r/);
  for (const m of result.messages) {
    expect(m.ruleId).toBe(rule.meta.id);
    expect(m.message, 'no unrendered placeholder').not.toMatch(/\{\{\s*\w+\s*\}\}/);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeGreaterThanOrEqual(m.line);
    expect(m.line).toBeLessThanOrEqual(lines.length);
    expect(m.endLine).toBeLessThanOrEqual(lines.length);
    if (m.endLine === m.line) expect(m.endColumn).toBeGreaterThan(m.column);
    expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
    expect(m.endColumn).toBeLessThanOrEqual(lines[m.endLine - 1]!.length + 1);
  }
  return result.messages;
}

/** Define the vitest cases of a rule. */
export function testRule(rule: AnyRule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((entry, i) => {
        const c = typeof entry === 'string' ? { text: entry } : entry;
        it(c.name ?? `valid #${i + 1}: ${c.text.slice(0, 30)}`, () => {
          expect(runRule(rule, c.text, c.options)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${c.text.slice(0, 30)}`, () => {
          const messages = runRule(rule, c.text, c.options);
          const actual = actualDiagnostics(c, messages);
          expect(actual).toEqual(c.errors);
        });
      });
    });
  });
}

/**
 * The diagnostics as a test case states them: position and messageId always, data keys, severity
 * and message where the case gives them, and the quick fixes whenever the rule gives any.
 */
export function actualDiagnostics(c: InvalidCase, messages: readonly LintMessage[]): Array<Record<string, unknown>> {
  return messages.map((m, j) => {
    const want = c.errors[j];
    const picked: Record<string, unknown> = {
      messageId: m.messageId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
    };
    if (want?.data) picked.data = Object.fromEntries(Object.keys(want.data).map((k) => [k, m.data?.[k]]));
    if (want?.severity) picked.severity = m.severity;
    if (want?.message) picked.message = m.message;
    if (m.suggestions?.length || want?.suggestions) picked.suggestions = (m.suggestions ?? []).map((suggestion) => suggestionAt(c.text, suggestion));
    return picked;
  });
}

/** A quick fix as a test states it: its range as lines and columns of the text. */
function suggestionAt(text: string, suggestion: Suggestion): ExpectedSuggestion {
  const [start, end] = suggestion.fix.range;
  expect(start, 'a fix range lies in the text').toBeGreaterThanOrEqual(0);
  expect(end, 'a fix range lies in the text').toBeLessThanOrEqual(text.length);
  const from = positionAt(text, start);
  const to = positionAt(text, end);
  return { desc: suggestion.desc, text: suggestion.fix.text, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The 1-based line and UTF-16 column of an offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: before.split(/\r\n|\n|\r/).length, column: offset - lineStart + 1 };
}

/** The 1-based line and column of the n-th occurrence of `needle` (for readable expectations). */
export function at(text: string, needle: string, nth = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" not found ${nth} times`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + needle.length };
}
