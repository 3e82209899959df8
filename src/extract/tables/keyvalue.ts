// Column names over a row of values with no row label, one cell per line (a 基础数据表 copied from a
// PDF: `编制数` / `2022年实际在职人数` / `控制率` / `52` / `52` / `100%`): the last names above the
// values name them, one each, and a rate among them is checked against the two columns its words
// name (控制率 = 实际在职人数 / 编制数; 执行率 = 执行数 / 预算数). A rate some other reader already
// checks is left to it.
import type { Figure, RateRelation, Segment } from '../../model.js';
import { RATES } from '../../lexicon/rates.js';
import { anyOf } from '../../lexicon/words.js';
import { classifyCell } from './cells.js';

/** Longest text a column name may have. */
const MAX_NAME = 20;
/** Fewest values a block must have (fewer is no table). */
const MIN_VALUES = 3;

const SPECS = RATES.map((words) => ({
  name: new RegExp(`(?:${anyOf(words.names)})(?:[（(][^）)]*[)）])?$`),
  numerator: new RegExp(anyOf(words.numerator)),
  denominator: new RegExp(anyOf(words.denominator)),
  notNumerator: new RegExp(anyOf(words.notNumerator)),
}));

/** The one figure a segment holds, when the segment is that figure alone. */
function soleFigure(seg: Segment, figures: Figure[]): Figure | undefined {
  if (figures.length !== 1) return undefined;
  const f = figures[0]!;
  const text = seg.text.trim();
  return classifyCell(text) === 'number' && !f.approx ? f : undefined;
}

/** Rates in blocks of column names over one row of values, among the lines of the text. */
export function keyValueRates(segments: Segment[], bySegment: Map<number, Figure[]>, checked: ReadonlySet<number>): RateRelation[] {
  const relations: RateRelation[] = [];
  let k = 0;
  while (k < segments.length) {
    // A run of short names, then a run of values right after it.
    const names: number[] = [];
    while (k < segments.length && isName(segments[k]!)) names.push(k++);
    const values: Figure[] = [];
    while (k < segments.length && isLine(segments[k]!)) {
      const f = soleFigure(segments[k]!, bySegment.get(k) ?? []);
      if (!f) break;
      values.push(f);
      k++;
    }
    if (names.length === 0 && values.length === 0) k++;
    if (values.length < MIN_VALUES || names.length < values.length) continue;
    const columns = names.slice(names.length - values.length).map((i, j) => ({ name: segments[i]!.text.replace(/[\s\u3000]/g, ''), value: values[j]! }));
    for (const column of columns) {
      if (column.value.kind !== 'percentage' || checked.has(column.value.id)) continue;
      const spec = SPECS.find((s) => s.name.test(column.name));
      if (!spec) continue;
      const numerators = columns.filter((c) => c !== column && c.value.kind !== 'percentage' && spec.numerator.test(c.name) && !spec.notNumerator.test(c.name));
      const denominators = columns.filter((c) => c !== column && c.value.kind !== 'percentage' && spec.denominator.test(c.name) && !numerators.includes(c));
      if (numerators.length !== 1 || denominators.length !== 1) continue;
      relations.push({ kind: 'rate', name: spec.name.exec(column.name)![0], numerator: numerators[0]!.value.id, denominator: denominators[0]!.value.id, rate: column.value.id });
    }
  }
  return relations;
}

/** A line that is a column name: short text, no sentence. */
function isName(seg: Segment): boolean {
  const text = seg.text.trim();
  return isLine(seg) && text !== '' && text.length <= MAX_NAME && classifyCell(text) === 'text' && !/[。；;，,：:]/.test(text);
}

/** A line of text, or a cell of a one-cell-per-line form whose reader could not tell its rows. */
function isLine(seg: Segment): boolean {
  return seg.kind === 'line' || seg.kind === 'cell';
}
