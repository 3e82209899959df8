// Read quantities from a segment's plain text: amounts, percentages, percentage points and counts,
// with written decimals, approximation markers and the label before them.
import { Decimal } from 'decimal.js';
import { chineseNumber } from '../lexicon/markers.js';
import { APPROX_AFTER, APPROX_BEFORE, LATIN_MEASURES, NOT_APPROX_YUE_WORDS, MEASURE_WORDS, MONEY_CONTEXT, MONEY_UNITS, NUMERAL_ITEM_MEASURES, PER_BEFORE_UNITS, PER_BEFORE_VERBS, PER_CAPITA_WORDS, PER_ONE_UNITS, PER_UNITS } from '../lexicon/quantities.js';
import { anyOf } from '../lexicon/words.js';
import type { Figure, FigureKind } from '../model.js';
import { matchesOf, spacesStart } from './shared.js';

/** A figure before positions are attached (offsets are source offsets). */
export type RawFigure = Omit<Figure, 'id' | 'span' | 'numberSpan' | 'segment'> & {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
};

/** Measure words of counts (lexicon/quantities.ts). */
export { MEASURE_WORDS } from '../lexicon/quantities.js';

const MONEY = anyOf(MONEY_UNITS);
const PER = anyOf(PER_UNITS);
/**
 * A label that makes the amount after it a unit price: 每 and a unit, at most 每年 more (a report
 * covers one year) and a word for paying it. Not 每月 or 每天: the price then times the quantity is
 * not the year's total.
 */
const PER_BEFORE = new RegExp(`每(${anyOf(PER_BEFORE_UNITS)})(?:每年)?(?:${anyOf(PER_BEFORE_VERBS)})?$`);
/** `人均培训费用350元`: an amount per person. */
const PER_CAPITA = new RegExp(`(?:${anyOf(PER_CAPITA_WORDS)})[\\p{Script=Han}]{0,6}$`, 'u');
/** `150元一份`: a unit price written with 一 instead of a slash. */
const PER_ONE = anyOf(PER_ONE_UNITS);
/** An approximation marker; 约 ending a word such as 节约 is none (`节约2.40万元` is exact). */
const BEFORE = `${anyOf(APPROX_BEFORE.filter((w) => w !== '约'))}|(?<![${NOT_APPROX_YUE_WORDS.map((w) => w.slice(0, -1)).join('')}])约`;
const AFTER = anyOf(APPROX_AFTER);
/** A clause about money, where a bare `N万` is an amount in 万元. */
const MONEY_CLAUSE = new RegExp(anyOf(MONEY_CONTEXT));
/** A number: thousands groups (OCR may put a space after a comma or point), or plain digits. */
const NUMBER_GROUPED = String.raw`\d{1,3}(?:,[ ]?\d{3})+(?:\.[ ]?\d+)?`;
const NUMBER_PLAIN = String.raw`\d+(?:\.\d+)?`;
/** In table cells OCR also splits a plain decimal: `25. 56`. */
const NUMBER_CELL = String.raw`\d+\.[ ]\d+`;

const measureAlternation = anyOf(MEASURE_WORDS);
const latinAlternation = anyOf(LATIN_MEASURES);

/**
 * Spaces are matched where they cannot be split two ways (`[ ]*(?:余[ ]*)?`, not `[ ]*余?[ ]*`),
 * and before the number only after an approximation marker, so that a long run of spaces costs
 * linear time: neither a failed match nor the search for the next one scans it again and again.
 */
function quantityPattern(number: string): RegExp {
  return new RegExp(
    String.raw`(?:(?<before>${BEFORE})[ \u3000]*)?` +
      String.raw`(?<![\d.A-Za-z_\-−/第])(?<!\d,)(?<sign>[-−](?=\d))?(?<num>${number})(?![\d])` +
      String.raw`[ \u3000]*(?:(?<mid>余|多)[ \u3000]*)?` +
      String.raw`(?:(?<money>${MONEY})(?:(?:\/|每)(?<per>${PER})|一(?<perOne>${PER_ONE})(?![\p{Script=Han}]{0,1}[元万]))?|(?<pct>%|‰)|(?<times>倍)|(?<wan>万)?(?<measure>${measureAlternation})|(?<latin>${latinAlternation})(?![A-Za-z0-9²³])|(?<wanOnly>万)(?![\p{Script=Han}A-Za-z0-9]))` +
      String.raw`(?<after>${AFTER})?`,
    'gu',
  );
}

const PROSE = quantityPattern(`${NUMBER_GROUPED}|${NUMBER_PLAIN}`);
const CELL_WHOLE = new RegExp(
  String.raw`^(?<cmp>[=＝═≥≤≧≦><＞＜]|>=|<=)?[ \u3000]*(?<sign>[-−](?=\d))?(?<num>${NUMBER_GROUPED}|${NUMBER_CELL}|${NUMBER_PLAIN})[ \u3000]*` +
    String.raw`(?:(?:(?<money>${MONEY})|(?<pct>%)|(?<measure>${measureAlternation}))[ \u3000]*)?$`,
  'u',
);

const LABEL_STOP = /[，,。；;：:、（()）\t！？!?“”"]/;
const LEADING_YEAR = /^\d{4}[ \u3000]*年度?[ \u3000]*/;

/** The text before `at` in its clause, trimmed (at most 30 characters, not reaching back past `floor`). */
export function labelBefore(text: string, at: number, floor = 0): string {
  let i = at;
  while (i > floor && at - i < 30 && !LABEL_STOP.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/[ \u3000]+/g, '').replace(LEADING_YEAR, '');
}

function digitsOf(num: string): string {
  return num.replace(/[ ,]/g, '');
}

/** Decimal places written in a digit string (`95.30` has 2). */
export function decimalsOf(digits: string): number {
  const point = digits.indexOf('.');
  return point === -1 ? 0 : digits.length - point - 1;
}

function kindOf(groups: Record<string, string | undefined>): { kind: FigureKind; unit: string } {
  if (groups.money) return { kind: 'amount', unit: groups.money };
  if (groups.wanOnly) return { kind: 'amount', unit: '万元' };
  if (groups.latin) return { kind: 'count', unit: groups.latin };
  if (groups.pct) return { kind: 'percentage', unit: groups.pct };
  if (groups.times) return { kind: 'times', unit: '倍' };
  if (groups.measure === '个百分点' || groups.measure === '百分点') return { kind: 'points', unit: '百分点' };
  if (groups.measure) return { kind: 'count', unit: groups.measure };
  return { kind: 'number', unit: '' };
}

/** Read the figures of a prose line or a table cell. `offset` is the segment's source offset. */
export function scanFigures(text: string, offset: number, skip: (start: number, end: number) => boolean): RawFigure[] {
  const figures: RawFigure[] = [];
  let lastEnd = 0;
  let previousEnd = 0;
  for (const m of matchesOf(PROSE, text)) {
    const g = m.groups!;
    const numIndex = m.index + m[0].indexOf(g.num!, (g.before?.length ?? 0));
    // The label is read from the spaces before the number, as it was when the match took them in.
    const labelEnd = g.before ? m.index : spacesStart(text, m.index, previousEnd);
    previousEnd = m.index + m[0].length;
    const numberStart = offset + numIndex - (g.sign ? g.sign.length : 0);
    const numberEnd = offset + numIndex + g.num!.length;
    if (skip(numberStart, numberEnd)) continue;
    // A bare `N万` is an amount in 万元 only in a clause about money (`投入省级补助资金48.6万`) or in a
    // list of amounts in 万元 (`…社会福利院58万元;救助站86万`).
    if (g.wanOnly && !MONEY_CLAUSE.test(labelBefore(text, labelEnd, lastEnd)) && figures[figures.length - 1]?.unit !== '万元') continue;
    const { kind, unit } = kindOf(g);
    const digits = digitsOf(g.num!);
    // A grouped number must group correctly: `1,2345` is a list, not 12345.
    const figure: RawFigure = {
      kind,
      unit,
      value: new Decimal((g.sign ? '-' : '') + digits),
      writtenDecimals: decimalsOf(digits),
      digits,
      // A label never reaches back into the figure before it (`69人次8.92万元`).
      label: labelBefore(text, labelEnd, lastEnd),
      // The figure starts at its approximation marker or its number, not at spaces before it.
      start: g.before ? offset + m.index : numberStart,
      end: offset + m.index + m[0].length,
      numberStart,
      numberEnd,
    };
    const approx = g.before ?? g.mid ?? g.after;
    if (approx) figure.approx = approx;
    if (g.per ?? g.perOne) figure.per = (g.per ?? g.perOne)!;
    else if (g.money) {
      // `每人次800元`, `每场补助2,000元`, `按每生每年2,400元`: the unit written before the price.
      const per = PER_BEFORE.exec(figure.label);
      if (per) figure.per = per[1]!;
      else if (PER_CAPITA.test(figure.label)) figure.per = '人';
    }
    if (g.wan) figure.multiplier = 10000;
    if (/ /.test(g.num!)) figure.repaired = true;
    if (g.num!.includes(',')) figure.grouped = true;
  if (g.num!.includes(',')) figure.grouped = true;
    figures.push(figure);
    lastEnd = m.index + m[0].length;
  }
  return figures;
}

/** Read a table cell that is a single figure (`3, 104, 531. 58`, `=208.88万元`, `≥98%`, `10`). */
export function scanCellFigure(text: string, offset: number): RawFigure | undefined {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const m = CELL_WHOLE.exec(trimmed);
  if (!m) return undefined;
  const g = m.groups!;
  const numIndex = trimmed.indexOf(g.num!, g.cmp?.length ?? 0);
  const digits = digitsOf(g.num!);
  const { kind, unit } = kindOf(g);
  const figure: RawFigure = {
    kind,
    unit,
    value: new Decimal((g.sign ? '-' : '') + digits),
    writtenDecimals: decimalsOf(digits),
    digits,
    label: '',
    start: offset + lead,
    end: offset + lead + trimmed.length,
    numberStart: offset + lead + numIndex - (g.sign ? g.sign.length : 0),
    numberEnd: offset + lead + numIndex + g.num!.length,
  };
  if (g.cmp) {
    // Forms write = as ＝ or ═, and ≥ ≤ as ≧ ≦.
    figure.comparator = g.cmp.replace(/[＝═]/, '=').replace('≧', '≥').replace('≦', '≤').replace('＞', '>').replace('＜', '<');
    if (figure.comparator !== '=') figure.approx = figure.comparator;
  }
  if (/ /.test(g.num!)) figure.repaired = true;
  if (g.num!.includes(',')) figure.grouped = true;
  return figure;
}

/**
 * A count in Chinese numerals (`两条`, `三部门`, `一个`): not after 第/初/之/统/唯/进 (第一, 之一, 统一…),
 * not before 月/年/是/级 (一个月, 一是, 一级).
 */
const NUMERAL_COUNT = new RegExp(`(?<![第初之统唯进同单逐万千百十零〇一二两三四五六七八九])([一二两三四五六七八九十]{1,3})(${anyOf(NUMERAL_ITEM_MEASURES)})(?![月年是级])`, 'g');

/** Read the counts in Chinese numerals of a prose line. */
export function scanNumerals(text: string, offset: number, skip: (start: number, end: number) => boolean): RawFigure[] {
  const found: RawFigure[] = [];
  for (const m of matchesOf(NUMERAL_COUNT, text)) {
    const value = chineseNumber(m[1]!);
    if (value === 0 || skip(offset + m.index, offset + m.index + m[0].length)) continue;
    const numberStart = offset + m.index;
    const numberEnd = numberStart + m[1]!.length;
    found.push({
      kind: 'numeral',
      unit: m[2]!,
      value: new Decimal(value),
      writtenDecimals: 0,
      digits: String(value),
      numeral: m[1]!,
      label: labelBefore(text, m.index),
      start: numberStart,
      end: numberEnd + m[2]!.length,
      numberStart,
      numberEnd,
    });
  }
  return found;
}
