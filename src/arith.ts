// Exact arithmetic for rules: rounding intervals from written decimals, unit conversion (decimal.js only).
import { Decimal } from 'decimal.js';
import type { Figure, MoneyUnit } from './model.js';

/** A closed interval [lo, hi]. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const halfUnits = new Map<number, Decimal>();

/** Half a unit in the last written place: a figure with d decimals stands for [v − h, v + h]. */
export function halfUnit(decimals: number): Decimal {
  // Decimals are immutable, and a run asks for the same few places over and over.
  let h = halfUnits.get(decimals);
  if (h === undefined) halfUnits.set(decimals, (h = new Decimal(`5e${-decimals - 1}`)));
  return h;
}

/** The interval a figure written with `decimals` places stands for. */
export function roundingInterval(value: Decimal, decimals: number): Interval {
  const h = halfUnit(decimals);
  return { lo: value.minus(h), hi: value.plus(h) };
}

/** Whether two closed intervals share a point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** How many 元 one of each money unit is. */
export const YUAN_PER_UNIT: Record<MoneyUnit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** Whether a unit string is a money unit. */
export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return unit in YUAN_PER_UNIT;
}

/** A money figure's value in 元 (exact). */
export function toYuan(figure: Figure): Decimal {
  if (!isMoneyUnit(figure.unit)) throw new Error(`not a money figure: ${figure.unit}`);
  return figure.value.times(YUAN_PER_UNIT[figure.unit]);
}

/** A value rounded to `decimals` places, half-up, written with exactly that many decimals. */
export function formatFixed(value: Decimal, decimals: number): string {
  return value.toFixed(decimals, Decimal.ROUND_HALF_UP);
}

export { Decimal };

/** How a relation fares under the rounding model. */
export type Verdict = 'holds' | 'holds-written' | 'fails';

/**
 * Decimals to read a figure at: written decimals, or for a money amount written without any
 * (`8万元` for 8.00) the document's usual decimals for its unit. Percentages are read as written:
 * `86%` is a deliberate rounding.
 */
export function effectiveDecimals(figure: Figure, usual: Record<string, number>): number {
  if (figure.writtenDecimals > 0 || figure.kind !== 'amount') return figure.writtenDecimals;
  return Math.max(0, usual[figure.unit] ?? 0);
}

/** A figure's value in its base unit (元 for money, the measure itself otherwise). */
export function baseValue(figure: Figure): Decimal {
  const v = isMoneyUnit(figure.unit) ? toYuan(figure) : figure.value;
  return figure.multiplier ? v.times(figure.multiplier) : v;
}

/** Half a unit of the last place, in the base unit, at `decimals`. Counts are exact: zero. */
export function baseHalfUnit(figure: Figure, decimals: number): Decimal {
  if (figure.kind === 'count' && !figure.multiplier) return new Decimal(0);
  const h = halfUnit(decimals);
  const scaled = isMoneyUnit(figure.unit) ? h.times(YUAN_PER_UNIT[figure.unit]) : h;
  return figure.multiplier ? scaled.times(figure.multiplier) : scaled;
}

/** Σ parts − T, and the tolerance h_T + Σ hᵢ (XBRL Calculations 1.1), in base units. */
function sumGap(total: Figure, parts: Figure[], decimalsOf: (f: Figure) => number): { excess: Decimal; tolerance: Decimal } {
  const sum = parts.reduce((acc, p) => acc.plus(baseValue(p)), new Decimal(0));
  const tolerance = [total, ...parts].reduce((acc, f) => acc.plus(baseHalfUnit(f, decimalsOf(f))), new Decimal(0));
  return { excess: sum.minus(baseValue(total)), tolerance };
}

/** Σ parts against a total: |T − Σ| ≤ h_T + Σ hᵢ. */
export function sumHolds(total: Figure, parts: Figure[], decimalsOf: (f: Figure) => number): boolean {
  const { excess, tolerance } = sumGap(total, parts, decimalsOf);
  return excess.abs().lte(tolerance);
}

/** Σ parts of a partial list may not exceed the total: Σ − T ≤ tolerance. */
export function partialSumHolds(total: Figure, parts: Figure[], decimalsOf: (f: Figure) => number): boolean {
  const { excess, tolerance } = sumGap(total, parts, decimalsOf);
  return excess.lte(tolerance);
}

/**
 * How one reading of a list of parts fares against its total (a partial list, or a list of one
 * part, need not reach it, unless `complete`: a form's source rows with the others left blank).
 */
export function readingVerdict(total: Figure, parts: Figure[], partial: boolean, usual: Record<string, number>, complete = false): Verdict {
  const atMost = partial || (parts.length === 1 && !complete);
  return judge(usual, (d) => (atMost ? partialSumHolds(total, parts, d) : sumHolds(total, parts, d)));
}

/** Judge a relation at effective precision, then at written precision. */
export function judge(usual: Record<string, number>, check: (decimalsOf: (f: Figure) => number) => boolean): Verdict {
  if (check((f) => effectiveDecimals(f, usual))) return 'holds';
  if (check((f) => f.writtenDecimals)) return 'holds-written';
  return 'fails';
}

/** The interval of a/b × 100 from the rounding intervals of a and b (statcheck's method). */
export function ratioInterval(a: Figure, b: Figure, decimalsOf: (f: Figure) => number): Interval | null {
  const ha = baseHalfUnit(a, decimalsOf(a));
  const hb = baseHalfUnit(b, decimalsOf(b));
  const av = baseValue(a);
  const bv = baseValue(b);
  if (bv.minus(hb).lte(0) || av.lt(0)) return null;
  return { lo: Decimal.max(0, av.minus(ha)).div(bv.plus(hb)).times(100), hi: av.plus(ha).div(bv.minus(hb)).times(100) };
}

/**
 * D ÷ (B − D) × 100 for a rise (D ÷ (B + D) for a fall): the change in percent that a difference D
 * ending at B makes when the earlier value is not written. Both rise with D and fall with B, so the
 * ends of the interval come from the ends of theirs. Null when the earlier value need not be positive.
 */
export function changeRatioInterval(current: Figure, difference: Figure, up: boolean, decimalsOf: (f: Figure) => number): Interval | null {
  const hb = baseHalfUnit(current, decimalsOf(current));
  const hd = baseHalfUnit(difference, decimalsOf(difference));
  const b = baseValue(current);
  const d = baseValue(difference).abs();
  const earlier = (bv: Decimal, dv: Decimal) => (up ? bv.minus(dv) : bv.plus(dv));
  const smallest = Decimal.max(0, d.minus(hd));
  const largestEarlier = earlier(b.plus(hb), smallest);
  const smallestEarlier = earlier(b.minus(hb), d.plus(hd));
  if (smallestEarlier.lte(0)) return null;
  return { lo: smallest.div(largestEarlier).times(100), hi: d.plus(hd).div(smallestEarlier).times(100) };
}

/** Whether a stated percentage fits a/b. */
export function percentHolds(p: Figure, a: Figure, b: Figure, decimalsOf: (f: Figure) => number): boolean {
  const computed = ratioInterval(a, b, decimalsOf);
  if (!computed) return true;
  return overlaps(roundingInterval(p.value, decimalsOf(p)), computed);
}

/** N × P = T with N an exact count: [N(P − h), N(P + h)] overlaps [T − h, T + h]. */
export function productHolds(quantity: Figure, price: Figure, total: Figure, decimalsOf: (f: Figure) => number): boolean {
  const n = baseValue(quantity);
  const hp = baseHalfUnit(price, decimalsOf(price));
  const p = baseValue(price);
  const t = baseValue(total);
  const ht = baseHalfUnit(total, decimalsOf(total));
  return overlaps({ lo: n.times(p.minus(hp)), hi: n.times(p.plus(hp)) }, { lo: t.minus(ht), hi: t.plus(ht) });
}

/** Two statements of one figure agree when their rounding intervals overlap. */
export function sameFigure(a: Figure, b: Figure, decimalsOf: (f: Figure) => number): boolean {
  const ha = baseHalfUnit(a, decimalsOf(a));
  const hb = baseHalfUnit(b, decimalsOf(b));
  return baseValue(a).minus(baseValue(b)).abs().lte(ha.plus(hb));
}

/** A money value in 元 shown in a unit with `decimals` places. */
export function showIn(yuan: Decimal, unit: string, decimals: number): string {
  const factor = isMoneyUnit(unit) ? YUAN_PER_UNIT[unit] : new Decimal(1);
  return formatFixed(yuan.div(factor), decimals);
}

/** The unit a count is written in, with its 万 (`3.86万人次` counts in 万人次). */
export function countUnit(figure: Figure): string {
  return `${figure.multiplier === 10000 ? '万' : ''}${figure.unit}`;
}

/** Digits with thousands separators in their whole part (`1256.38` → `1,256.38`). */
export function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = groupDigits(whole!);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A run of digits (after any sign or padding) with a comma before each group of three from the right; one pass, no lookahead. */
export function groupDigits(text: string): string {
  const start = text.search(/\d/);
  if (start < 0) return text;
  let end = start;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const run = text.slice(start, end);
  let out = '';
  for (let i = 0; i < run.length; i++) {
    if (i > 0 && (run.length - i) % 3 === 0) out += ',';
    out += run[i];
  }
  return text.slice(0, start) + out + text.slice(end);
}

/** A figure's number as the document writes it (`1,256.38` stays grouped), so a search finds it. */
export function writtenNumber(figure: Figure): string {
  const digits = figure.digits.replace(/^-/, '');
  return (figure.value.isNeg() ? '-' : '') + (figure.grouped ? groupThousands(digits) : digits);
}

/** A computed number, grouped in thousands when a figure it is shown beside is (`1,266.38` beside `1,256.38`). */
export function groupedLike(plain: string, beside: readonly Figure[]): string {
  if (!beside.some((f) => f.grouped)) return plain;
  return (plain.startsWith('-') ? '-' : '') + groupThousands(plain.replace(/^-/, ''));
}

/** A computed value with `decimals` places, in the style of the figures it is shown beside (see groupedLike). */
export function formatLike(value: Decimal, decimals: number, beside: readonly Figure[]): string {
  return groupedLike(formatFixed(value, decimals), beside);
}

/** A figure as written, for messages: `74.63 万元`, `1,256.38 万元`, `85.90%`, `560人`. */
export function showFigure(figure: Figure): string {
  const number = writtenNumber(figure);
  if (figure.kind === 'percentage') return `${number}%`;
  if (figure.kind === 'amount') return `${number} ${figure.unit}${figure.per ? `/${figure.per}` : ''}`;
  return `${number}${countUnit(figure)}`;
}

/** Σ of scores (or 分值) as written. */
export function scoreSum(figures: Figure[]): Decimal {
  return figures.reduce((acc, f) => acc.plus(f.value), new Decimal(0));
}

/** How far a sum of scores may miss: half a unit of each one written with decimals; whole scores are exact. */
export function scoreTolerance(figures: Figure[]): Decimal {
  return figures.reduce((acc, f) => acc.plus(f.writtenDecimals > 0 ? halfUnit(f.writtenDecimals) : 0), new Decimal(0));
}

/** Σ of figures in the unit of `like` (money converted exactly). */
export function sumIn(figures: Figure[], like: Figure): Decimal {
  const yuan = figures.reduce((acc, f) => acc.plus(baseValue(f)), new Decimal(0));
  if (!isMoneyUnit(like.unit)) return like.multiplier ? yuan.div(like.multiplier) : yuan;
  return yuan.div(YUAN_PER_UNIT[like.unit]);
}

/** `55.35 + 12.36 + 6.92`, with units where the parts' unit differs from the total's. */
export function sumExpression(parts: Figure[], total: Figure): string {
  return parts.map((p) => (p.unit === total.unit ? writtenNumber(p) : showFigure(p).replace(' ', ''))).join(' + ');
}

/** a ÷ b × 100 from the values as written (the point estimate shown in messages). */
export function ratioPercent(a: Figure, b: Figure): Decimal {
  return baseValue(a).div(baseValue(b)).times(100);
}
