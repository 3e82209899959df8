// Exact arithmetic for rules: rounding intervals from written decimals, unit conversion (decimal.js only).
import { Decimal } from 'decimal.js';
import type { Figure, MoneyUnit } from './model.js';

/** A closed interval [lo, hi]. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/** Half a unit in the last written place: a figure with d decimals stands for [v − h, v + h]. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-decimals - 1));
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
