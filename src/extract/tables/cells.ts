// What a table cell holds, read from its text alone: nothing, a number, a value word (a comparator,
// a unit, 正向), or text (a row label, a note). Rows are assembled and aligned by these classes.
import { anyOf } from '../../lexicon/words.js';
import { CELL_COMPARATORS, COLUMN_WORDS, type ColumnRole, GRADE_CELL_WORDS, INDICATOR_LEVEL, VALUE_TAIL_WORDS, VALUE_WORDS } from '../../lexicon/forms.js';
import { APPROX_AFTER, LATIN_MEASURES, MEASURE_WORDS, MONEY_UNITS } from '../../lexicon/quantities.js';
import { scanCellFigure } from '../figures.js';

/** A cell holding nothing, or a mark for nothing (`-`, `—`, `——`, `/`, `_`, OCR's `一`). */
export const EMPTY_CELL = /^(?:[-—–_－一/／\\·…]*|无)$/;

/** A comparator inside a cell's words: a target (`预算执行率≥95%`, `执行数≤预算数`), which no header cell holds. */
export const INNER_COMPARATOR = /[≥≤≧≦＞＜><]/;

/** The class of a cell's text. */
export type CellClass = 'empty' | 'number' | 'value' | 'text';

const VALUE_WORD = new RegExp(`^(?:${anyOf(VALUE_WORDS)})$`);
/** A target or value cell that starts with a comparator (`≥95%`, `≤90万元`, `=1个`). */
const COMPARATOR_START = new RegExp(`^(?:${anyOf(CELL_COMPARATORS)})`);
/** A number with a measure and a short tail (`1000人以上`, `100%完成`, `12个月内`), not a list item (`1. 人员类`, `2专项资金`). */
const NUMBER_WITH_TAIL = new RegExp(`^[=＝≥≤≧≦><]?\\d+(?:\\.\\d+)?[ ]?(?:%|‰|${anyOf([...MEASURE_WORDS, ...MONEY_UNITS, ...LATIN_MEASURES])})?(?:${anyOf([...APPROX_AFTER, ...VALUE_TAIL_WORDS])})?$`);

/** A piece of a number that OCR split across two cells (`3, 647` | `, 407. 84`). */
const NUMBER_FRAGMENT = /^[,，.]?[ ]?\d[\d ,.]*$/;

/** Classify a cell's trimmed text. */
export function classifyCell(text: string): CellClass {
  const t = text.trim();
  if (EMPTY_CELL.test(t)) return 'empty';
  // A column named by its year (`2022 年决算数`, `2023年预算数`) is a header, not a value.
  const year = /^\d{4}[ \u3000]*年度?/.exec(t);
  if (year && columnRole(t.slice(year[0].length)) !== undefined) return 'text';
  if (scanCellFigure(t, 0) || NUMBER_FRAGMENT.test(t)) return 'number';
  if (VALUE_WORD.test(t) || COMPARATOR_START.test(t) || NUMBER_WITH_TAIL.test(t)) return 'value';
  return 'text';
}

/** What a number cell measures: a bare number, a percentage, money, a score (`分`) or a count of something else. */
export type NumberKind = 'bare' | 'percent' | 'amount' | 'score' | 'count';

/** The kind of number a cell holds, for a cell of class `number`. */
export function numberKind(text: string): NumberKind {
  const figure = scanCellFigure(text.trim(), 0);
  if (!figure) return 'bare';
  if (figure.kind === 'percentage') return 'percent';
  if (figure.kind === 'amount') return 'amount';
  if (figure.kind === 'count') return figure.unit === '分' ? 'score' : 'count';
  return 'bare';
}

/** A cell as row assembly and alignment see it: its class, and for a number what it measures. */
export interface CellReading {
  cls: CellClass;
  text: string;
  kind?: NumberKind;
}

/** Read a cell's text for row assembly and alignment. */
export function readCell(text: string): CellReading {
  const t = text.trim();
  const cls = classifyCell(t);
  return cls === 'number' ? { cls, text: t, kind: numberKind(t) } : { cls, text: t };
}

const ROLE_WORDS = COLUMN_WORDS.map(({ role, words, exact }) => ({ role, re: new RegExp(`${anyOf(words)}${exact ? `|^(?:${anyOf(exact)})$` : ''}`) }));

/**
 * The role a header cell names: the role whose word appears earliest in it (`得分(20分*执行率)` is
 * a score column, `预算执行率` a rate column), undefined when it names none.
 */
export function columnRole(text: string): ColumnRole | undefined {
  return columnRoleAt(text)?.role;
}

/** The role a header cell names and where its word starts in the cell (spaces removed). */
export function columnRoleAt(text: string): { role: ColumnRole; at: number } | undefined {
  const clean = text.replace(/[\s\u3000]/g, '');
  // A label column's header is short (`项目`, `资金来源`, `项目资金(万元)`), not a title (`项目支出绩效自评表`).
  const short = clean.replace(/[（(][^）)]*[）)]?/g, '').length <= 6;
  let best: { role: ColumnRole; at: number } | undefined;
  for (const { role, re } of ROLE_WORDS) {
    if (role === 'label' && !short) continue;
    const m = re.exec(clean);
    if (m && (best === undefined || m.index < best.at)) best = { role, at: m.index };
  }
  return best;
}

/** The indicator level a label column's header names (`二级指标` → 2). */
export function indicatorLevel(text: string): 1 | 2 | 3 | undefined {
  const clean = text.replace(/[\s\u3000]/g, '');
  return INDICATOR_LEVEL.find((l) => clean.includes(l.word))?.level;
}

/** Whether a cell's text is a grade (`优`, `良好`). */
export function isGradeWord(text: string): boolean {
  return GRADE_CELL_WORDS.includes(text.trim());
}
