// The lexicon's word lists, and readers honouring every word of some of them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { parse } from '../src/parse.js';
import { BUDGET_TYPE_HINTS, BUDGET_TYPES } from '../src/lexicon/budget.js';
import { GROWTH_COMPARE_WORDS, GROWTH_DOWN_VERBS, GROWTH_UP_VERBS, GROWTH_VERBS_WITH_LE } from '../src/lexicon/change.js';
import { root } from './run-cli.js';

const modules = await Promise.all(
  readdirSync(join(root, 'src/lexicon'))
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => [f, (await import(`../src/lexicon/${f.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>] as const),
);
/** Every word list the lexicon exports (arrays of strings), and those inside records (`COST_CLASSES[1].cost`). */
const lists: Array<[string, readonly string[]]> = [];
function collect(name: string, value: unknown): void {
  if (Array.isArray(value) && value.length > 0 && value.every((w) => typeof w === 'string')) lists.push([name, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => collect(`${name}[${i}]`, v));
  else if (value && typeof value === 'object' && !(value instanceof RegExp)) for (const [k, v] of Object.entries(value)) collect(`${name}.${k}`, v);
}
// (CN_NUMERALS is a table indexed by number, its 0 written as nothing: no word list.)
for (const [file, exports] of modules) for (const [name, value] of Object.entries(exports)) if (name !== 'CN_NUMERALS') collect(`${file}:${name}`, value);

function model(text: string) {
  return extract(text, parse(text));
}

describe('lexicon word lists', () => {
  it('have no empty word, no spaces around a word, no word twice', () => {
    expect(lists.length).toBeGreaterThan(40);
    const bad = lists.flatMap(([name, words]) => words.filter((w, i) => w.trim() === '' || w !== w.trim() || words.indexOf(w) !== i).map((w) => `${name}: '${w}'`));
    expect(bad).toEqual([]);
  });
});

describe('readers honour every word', () => {
  it('every budget type word holds a hint (a line without one is not searched)', () => {
    const unhinted = BUDGET_TYPES.flatMap(({ words }) => words.filter((w) => !BUDGET_TYPE_HINTS.some((h) => w.includes(h))));
    expect(unhinted).toEqual([]);
  });

  it('every budget type word names its budget', () => {
    for (const { name, words } of BUDGET_TYPES) {
      for (const word of words) {
        const marks = model(`本单位${word}支出12万元。`).marks.flatMap((m) => (m.kind === 'budget-type' ? [m.name] : []));
        expect(marks, word).toEqual([name]);
      }
    }
  });

  it('every growth verb reads in its direction after every comparison word', () => {
    const growth = (text: string) => model(text).relations.flatMap((r) => (r.kind === 'growth' ? [[r.direction, r.verb]] : []));
    for (const [verbs, direction] of [[GROWTH_UP_VERBS, 'up'], [GROWTH_DOWN_VERBS, 'down']] as const) {
      for (const verb of verbs) {
        for (const compare of GROWTH_COMPARE_WORDS) expect(growth(`2024年支出105万元，${compare}100万元${verb}5%。`), `${compare} ${verb}`).toEqual([[direction, verb]]);
      }
    }
    // A verb with its 了 reads only where the verb alone and one particle cannot.
    for (const verb of GROWTH_VERBS_WITH_LE) {
      const alone = verb.replace(/了$/, '');
      const direction = GROWTH_UP_VERBS.includes(alone) ? 'up' : 'down';
      expect(growth(`2024年支出95万元，较上年100万元${verb}5%。`), verb).toEqual([[direction, alone]]);
      expect(growth(`2024年支出95万元，较上年100万元${verb}达5%。`), verb).toEqual([[direction, verb]]);
    }
  });
});
