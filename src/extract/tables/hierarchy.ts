// The sums a table's rows state by their labels, column by column: a row and the rows numbered
// under it (`一、示范区建立` over `1、` `2、` `3、`, `三公经费` over `1、` `2、` `3、`), a row and the
// `其中：` rows after it (which may list only some parts), a `小计` row and the rows it closes, and a
// `合计` row and the rows of the top rank it closes (or opens, written first).
import type { Figure, Relation } from '../../model.js';
import { markerOf } from '../../lexicon/markers.js';
import { MONEY_ROLES, SUBTOTAL_WORD, SUM_ROW_WORDS } from '../../lexicon/forms.js';
import { AMONG } from '../../lexicon/lists.js';
import { anyOf } from '../../lexicon/words.js';
import { TABLE_IDENTITIES } from '../../lexicon/budget.js';
import type { Header } from './header.js';
import type { Row } from './rows.js';

/** A row's place in the numbering of its table. */
interface Numbered {
  style?: string;
  number?: number;
  /** `其中：X` opens a list of some of the parts of the row before it. */
  among: boolean;
  subtotal: boolean;
  /** `合计`, `总计`: the row adds up the rows of its table. */
  sum: boolean;
}

/** A `其中：X` row. */
const AMONG_ROW = new RegExp(`^${AMONG}[:：]?`);
const SUM_ROW = new RegExp(`^(?:${anyOf(SUM_ROW_WORDS)})[:：]?$`);
/** The categories of a budget table (支出总额, 基本支出, 项目支出, 三公经费…): each a row of its own rank. */
const CATEGORY = new RegExp(TABLE_IDENTITIES.flatMap((i) => [i.total, ...i.parts]).map((re) => re.source.replace(/^\^|\$$/g, '')).join('|'));

function numbering(row: Row): Numbered {
  const m = markerOf(row.label);
  return { style: m?.style, number: m?.number, among: AMONG_ROW.test(row.label), subtotal: row.label.endsWith(SUBTOTAL_WORD), sum: SUM_ROW.test(row.label) };
}

/** Whether figures can be added up together: all money, all counts of one measure, or all plain numbers; comparators all alike. */
function addable(figures: Figure[]): boolean {
  const first = figures[0]!;
  return figures.every((f) => {
    if ((f.comparator ?? '') !== (first.comparator ?? '')) return false;
    if (f.approx && f.approx !== f.comparator) return false;
    if (first.kind === 'amount') return f.kind === 'amount';
    if (first.kind === 'count') return f.kind === 'count' && f.unit === first.unit && (f.multiplier ?? 1) === (first.multiplier ?? 1);
    if (first.kind === 'number') return f.kind === 'number' && f.unit === first.unit;
    return false;
  });
}

/** What the rows of a table state: per value column, the parent against its parts. */
export function hierarchySums(rows: Row[], header: Header, skip: (parent: Row, parts: Row[]) => boolean): Relation[] {
  const relations: Relation[] = [];
  const numbered = rows.map(numbering);
  const columns = header.slots.flatMap((slot, s) => (['weight', 'score'].includes(slot.role) || slot.role === 'budgetStart' || slot.role === 'budget' || slot.role === 'executed' || slot.role === 'target' || slot.role === 'actual' ? [s] : []));

  // Only a row over the rows numbered under it sums their 分值 and 得分: a 小计 or a 其中 row of an
  // indicator table is an indicator with a weight of its own (seed 004: 基本支出小计 weighs 1).
  const state = (parent: Row, parts: Row[], partial: boolean, wording: string, moneyOnly = false) => {
    if (parent.unreadable || parts.some((p) => p.unreadable) || skip(parent, parts)) return;
    for (const s of columns) {
      if (moneyOnly && !MONEY_ROLES.includes(header.slots[s]!.role)) continue;
      const total = parent.cells[s]?.figure;
      if (!total || total.fragmentOf !== undefined) continue;
      const figures = parts.map((p) => p.cells[s]?.figure).filter((f): f is Figure => f !== undefined);
      // A part left empty is not a part of this column; every filled part must be a figure.
      if (figures.length === 0 || parts.some((p) => p.cells[s] && !p.cells[s]!.figure && p.cells[s]!.text !== '' && !/^[-—–_－一/／]+$/.test(p.cells[s]!.text))) continue;
      if (!addable([total, ...figures])) continue;
      const role = header.slots[s]!.role;
      if (role === 'weight' || role === 'score') {
        if (wording !== '表') continue;
        relations.push({ kind: 'score-children', parent: total.id, children: figures.map((f) => f.id), label: parent.label, column: role });
        continue;
      }
      const ids = figures.map((f) => f.id);
      // A 小计 with one numbered row is that row; 其中 rows may list only some parts.
      relations.push({ kind: 'sum', total: total.id, parts: ids, candidates: [ids], partial, ...(partial ? {} : { complete: true }), wording, measure: total.kind === 'amount' ? 'amount' : 'count' });
    }
  };

  /** The run of rows numbered 1, 2, 3… in one style starting at `from` (deeper rows between them belong to them). */
  const childRun = (from: number, parentStyle: string | undefined): number[] => {
    const first = numbered[from];
    if (!first || first.number !== 1 || first.style === undefined || first.style === parentStyle) return [];
    const run = [from];
    let expected = 2;
    let inAmong = false;
    for (let i = from + 1; i < rows.length; i++) {
      const n = numbered[i]!;
      if (n.style === first.style) {
        if (n.number !== expected) return [];
        run.push(i);
        expected++;
        inAmong = false;
        continue;
      }
      // A deeper numbered row, a 其中 row and the rows of its list belong to the child before it;
      // anything else ends the run.
      if (n.among) inAmong = true;
      if ((n.style !== undefined && n.style !== parentStyle) || n.among || (inAmong && n.style === undefined && !n.subtotal)) continue;
      break;
    }
    return run;
  };

  rows.forEach((row, i) => {
    const n = numbered[i]!;
    if (n.subtotal) return;
    // A row over the rows numbered under it.
    const run = childRun(i + 1, n.style);
    if (run.length >= 2) state(row, run.map((k) => rows[k]!), false, '表');
    // A row over the `其中：` rows after it, up to the next numbered or closing row, or a row that names
    // a budget category of its own (`基本支出 / 其中:公用经费 / 项目支出`: 项目支出 is no part of 基本支出).
    if (rows[i + 1] && numbered[i + 1]!.among && !n.among) {
      const parts = [i + 1];
      // A row whose figures stand in other columns than the list's first figures is no sibling of
      // theirs (the `实际完成情况 | 43.2 | 37.24` of the form's next block, read on under the fund rows).
      const filled = (row: Row) => row.cells.flatMap((cell, s) => (cell?.figure ? [s] : [])).join();
      let shape = filled(rows[i + 1]!);
      const sibling = (row: Row) => {
        const own = filled(row);
        if (own === '' || shape === '') shape ||= own;
        return own === '' || own === shape;
      };
      for (let k = i + 2; k < rows.length && numbered[k]!.style === undefined && !numbered[k]!.among && !numbered[k]!.subtotal && !numbered[k]!.sum && !CATEGORY.test(rows[k]!.label) && sibling(rows[k]!); k++) parts.push(k);
      state(row, parts.map((k) => rows[k]!), true, '其中');
    }
  });

  // A 小计 row and the numbered rows right above it, or else right below it; in a table whose 小计
  // rows each close the plain rows above them, those rows.
  const closesAbove = subtotalsCloseAbove(rows, numbered);
  rows.forEach((row, i) => {
    if (!numbered[i]!.subtotal) return;
    const above: number[] = [];
    for (let k = i - 1; k >= 0 && numbered[k]!.style !== undefined && !numbered[k]!.subtotal; k--) above.unshift(k);
    const below: number[] = [];
    for (let k = i + 1; k < rows.length && numbered[k]!.style !== undefined && !numbered[k]!.subtotal; k++) below.push(k);
    if (above.length && below.length) return;
    const parts = above.length ? above : below.length ? below : closesAbove ? plainRowsAbove(rows, numbered, i) : [];
    if (parts.length) state(row, parts.map((k) => rows[k]!), false, '小计', !above.length && !below.length);
  });

  // A 合计 row after the rows it adds up (or before them, written first): the rows of the top rank
  // between it and the header or the 合计 before it; 小计 rows stand for the groups they close.
  rows.forEach((row, i) => {
    if (!numbered[i]!.sum) return;
    let from = i;
    while (from > 0 && !numbered[from - 1]!.sum) from--;
    let to = i + 1;
    while (to < rows.length && !numbered[to]!.sum) to++;
    const filledBefore = rows.slice(from, i).some((r) => r.hasNumbers);
    const filledAfter = rows.slice(i + 1, to).some((r) => r.hasNumbers);
    // Rows with figures on both sides, or on neither: which rows it adds up is unclear.
    if (filledBefore === filledAfter) return;
    const range = filledBefore ? indices(from, i) : indices(i + 1, to);
    const parts = topRank(rows, numbered, range, filledBefore);
    if (parts && parts.length >= 2) state(row, parts.map((k) => rows[k]!), false, '合计', true);
  });
  return relations;
}

/** Two parts of one budget identity (`人员经费` and `公用经费` under 基本支出): one 其中 list holds both. */
function siblingCategories(a: string, b: string): boolean {
  return TABLE_IDENTITIES.some((identity) => identity.parts.some((re) => re.test(a)) && identity.parts.some((re) => re.test(b)));
}

function indices(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Whether every 小计 row closes plain rows above it and no plain row with figures is left after the last. */
function subtotalsCloseAbove(rows: Row[], numbered: Numbered[]): boolean {
  const subtotals = numbered.flatMap((n, i) => (n.subtotal ? [i] : []));
  if (subtotals.length === 0) return false;
  if (subtotals.some((i) => plainRowsAbove(rows, numbered, i).length === 0)) return false;
  for (let k = subtotals[subtotals.length - 1]! + 1; k < rows.length && !numbered[k]!.sum; k++) if (rows[k]!.hasNumbers) return false;
  return true;
}

/** The unnumbered rows with figures right above row `i`, back to a 小计, a 合计, a 其中 row or a row without figures. */
function plainRowsAbove(rows: Row[], numbered: Numbered[], i: number): number[] {
  const found: number[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const n = numbered[k]!;
    if (n.subtotal || n.sum || n.among || n.style !== undefined || !rows[k]!.hasNumbers) break;
    found.unshift(k);
  }
  return found;
}

/**
 * The rows of the top rank among `range` (a 合计's rows): 小计 rows when the groups they close cover
 * the range; else the rows of the first row's numbering style, without 其中 rows and their lists.
 * Undefined when the ranks are unclear (a 其中 list that runs to the 合计, plain rows among numbered ones).
 */
function topRank(rows: Row[], numbered: Numbered[], range: number[], closesBelow: boolean): number[] | undefined {
  const filled = range.filter((k) => rows[k]!.hasNumbers);
  if (filled.length === 0) return undefined;
  const subtotals = range.filter((k) => numbered[k]!.subtotal);
  if (subtotals.length) {
    // 小计 rows close their groups above them: the last filled row must be one.
    return closesBelow && numbered[filled[filled.length - 1]!]!.subtotal ? subtotals : undefined;
  }
  const excluded = new Set<number>();
  for (const k of range) {
    if (!numbered[k]!.among) continue;
    excluded.add(k);
    let j = k + 1;
    const among = rows[k]!.label.replace(AMONG_ROW, '');
    const continues = (j: number) => !CATEGORY.test(rows[j]!.label) || siblingCategories(among, rows[j]!.label);
    for (; j <= range[range.length - 1]! && numbered[j]!.style === undefined && !numbered[j]!.among && continues(j); j++) excluded.add(j);
    if (j > range[range.length - 1]! && j - k > 1) return undefined;
  }
  const kept = filled.filter((k) => !excluded.has(k));
  if (kept.length === 0) return undefined;
  const style = numbered[kept[0]!]!.style;
  if (style === undefined) return kept.filter((k) => numbered[k]!.style === undefined);
  // Numbered top rows: a plain row with figures among them has no clear rank.
  if (kept.some((k) => numbered[k]!.style === undefined)) return undefined;
  return kept.filter((k) => numbered[k]!.style === style);
}
