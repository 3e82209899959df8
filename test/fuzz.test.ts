// Fuzzing with real report text: every fixture and corpus report, damaged line by line the way
// conversions and hand edits damage reports (lines deleted, doubled, split and joined; stray |,
// ||| and tabs; blank lines; the text cut off anywhere, even inside a surrogate pair). lint() must
// never throw, never report an internal error, and keep every position inside the damaged text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LintMessage, lint } from '../src/lint.js';

const root = new URL('..', import.meta.url).pathname;

/** The report texts of a folder with this extension: none when the folder is absent (CI has no ../shared/corpus). */
function textsIn(folder: string, extension: string): Array<[string, string]> {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension) && f !== 'README.md')
    .sort()
    .map((f) => [join(folder, f), readFileSync(join(dir, f), 'utf8')]);
}

const texts = [...textsIn('fixtures', '.md'), ...textsIn('test/corpus/reports', '.txt'), ...textsIn('../shared/corpus/reports', '.txt')];

/**
 * How much to lint: about BUDGET characters in all (linting takes a few microseconds a character
 * on this 2-core machine), shared equally among the texts, so that a larger corpus means fewer
 * runs per text rather than a slower test; a short text counts as 1,000 characters (each lint has a
 * fixed cost) and each text gets at least 3 runs. CROSSFOOT_FUZZ_BUDGET and CROSSFOOT_FUZZ_SEED
 * override both for a longer search; a failure prints the seed and path that reproduce it.
 */
const BUDGET = Number(process.env.CROSSFOOT_FUZZ_BUDGET ?? 1_500_000);
const SEED = Number(process.env.CROSSFOOT_FUZZ_SEED ?? 1405);
const runsFor = (text: string) => Math.max(3, Math.round(BUDGET / Math.max(1, texts.length) / Math.max(1000, text.length)));

/** One piece of damage; `at` and `offset` pick a line and a place in it, modulo their lengths. */
type Damage =
  | { kind: 'delete' | 'duplicate' | 'join'; at: number }
  | { kind: 'split'; at: number; offset: number }
  | { kind: 'insert-line'; at: number; line: string }
  | { kind: 'insert-in-line'; at: number; offset: number; piece: string };

const strays = ['|', '|||', '\t', ''];
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), offset: fc.nat() }),
  fc.record({ kind: fc.constant('insert-line' as const), at: fc.nat(), line: fc.constantFrom(...strays) }),
  fc.record({ kind: fc.constant('insert-in-line' as const), at: fc.nat(), offset: fc.nat(), piece: fc.constantFrom(...strays.filter(Boolean)) }),
);
/** Some damage, then the text cut off at a UTF-16 offset (modulo its length + 1), or not cut. */
const damages = fc.record({ steps: fc.array(damage, { minLength: 1, maxLength: 12 }), cut: fc.option(fc.nat(), { nil: undefined }) });

/** The text after the damage. Lines are split at \n only, so a \r stays where it was. */
function applyDamage(text: string, { steps, cut }: { steps: Damage[]; cut: number | undefined }): string {
  const lines = text.split('\n');
  for (const step of steps) {
    const i = step.at % lines.length;
    const line = lines[i]!;
    switch (step.kind) {
      case 'delete':
        if (lines.length > 1) lines.splice(i, 1);
        else lines[0] = '';
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'join':
        if (i + 1 < lines.length) lines.splice(i, 2, line + lines[i + 1]!);
        break;
      case 'split': {
        const at = step.offset % (line.length + 1);
        lines.splice(i, 1, line.slice(0, at), line.slice(at));
        break;
      }
      case 'insert-line':
        lines.splice(i, 0, step.line);
        break;
      case 'insert-in-line': {
        const at = step.offset % (line.length + 1);
        lines[i] = line.slice(0, at) + step.piece + line.slice(at);
        break;
      }
    }
  }
  const damaged = lines.join('\n');
  return cut === undefined ? damaged : damaged.slice(0, cut % (damaged.length + 1));
}

/** Why a message's positions do not lie inside the text, or undefined when they do. */
function outsideText(text: string, m: LintMessage): string | undefined {
  const lines = text.split(/\r\n|\n|\r/);
  const point = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  const range = (r: { line: number; column: number; endLine: number; endColumn: number }) =>
    point(r.line, r.column) && point(r.endLine, r.endColumn) && (r.line < r.endLine || (r.line === r.endLine && r.column <= r.endColumn));
  if (!range(m)) return `${m.ruleId} at ${m.line}:${m.column}–${m.endLine}:${m.endColumn}`;
  for (const r of m.related ?? []) if (!range(r)) return `${m.ruleId}'s related ${r.line}:${r.column}–${r.endLine}:${r.endColumn}`;
  for (const s of m.suggestions ?? []) {
    const [start, end] = s.fix.range;
    if (!(start >= 0 && start <= end && end <= text.length)) return `${m.ruleId}'s fix ${start}–${end}`;
  }
  return undefined;
}

describe('damaged real reports', () => {
  it('has report texts to damage', () => {
    expect(texts.length).toBeGreaterThanOrEqual(10);
  });
  it.each(texts.map(([name, text]) => [name, text]))('%s: no exception, no internal error, every position inside the text', (name, text) => {
    fc.assert(
      fc.property(damages, (d) => {
        const damaged = applyDamage(text, d);
        const result = lint(damaged, { filePath: name });
        expect(result.messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
        expect(result.internalErrorCount).toBe(0);
        expect(result.messages.map((m) => outsideText(damaged, m)).filter(Boolean)).toEqual([]);
      }),
      { numRuns: runsFor(text), seed: SEED },
    );
  }, 60_000);
});

describe('applyDamage', () => {
  const text = 'a\nb😀c\nd';
  it.each<[string, { steps: Damage[]; cut: number | undefined }, string]>([
    ['deletes a line', { steps: [{ kind: 'delete', at: 4 }], cut: undefined }, 'a\nd'],
    ['duplicates a line', { steps: [{ kind: 'duplicate', at: 0 }], cut: undefined }, 'a\na\nb😀c\nd'],
    ['joins a line with the next', { steps: [{ kind: 'join', at: 1 }], cut: undefined }, 'a\nb😀cd'],
    ['splits a line inside a surrogate pair', { steps: [{ kind: 'split', at: 1, offset: 2 }], cut: undefined }, 'a\nb\uD83D\n\uDE00c\nd'],
    ['inserts a line of |||', { steps: [{ kind: 'insert-line', at: 2, line: '|||' }], cut: undefined }, 'a\nb😀c\n|||\nd'],
    ['inserts a tab in a line', { steps: [{ kind: 'insert-in-line', at: 1, offset: 1, piece: '\t' }], cut: undefined }, 'a\nb\t😀c\nd'],
    ['cuts the text inside a surrogate pair', { steps: [], cut: 4 }, 'a\nb\uD83D'],
    ['cuts nothing at its length', { steps: [], cut: text.length }, text],
  ])('%s', (_name, d, expected) => {
    expect(applyDamage(text, d)).toBe(expected);
  });
});
