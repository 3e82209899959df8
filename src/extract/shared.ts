// Small pieces several extractors use.

/** Optional spaces, half- or full-width, for building regular expression sources. */
export const SPACES = '[ \\u3000]*';

/** Where the run of spaces (half- or full-width) that ends at `at` starts, not reaching back past `floor`. */
export function spacesStart(text: string, at: number, floor = 0): number {
  let i = at;
  while (i > floor && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  return i;
}

/** One Han character. */
export const HAN = /\p{Script=Han}/u;

/**
 * Binary search in an ascending sequence of `count` values (`valueAt(i)`): the index of the last
 * value at or below `target`, or 0 when even the first is above it.
 */
export function lastAtOrBelow(count: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valueAt(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Whether a range [start, end) overlaps any of `ranges` (each [start, end)): a binary search over
 * them sorted by start, with the furthest end so far, so that a line with thousands of figures,
 * dates or marks does not compare each against all the others.
 */
export function rangeSet(ranges: ReadonlyArray<readonly [number, number]>): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  let end = -Infinity;
  for (const range of sorted) furthest.push((end = Math.max(end, range[1])));
  return (start, stop) => {
    if (sorted.length === 0 || sorted[0]![0] >= stop) return false;
    return furthest[lastAtOrBelow(sorted.length, (i) => sorted[i]![0], stop - 1)]! > start;
  };
}

/**
 * All matches of `re` (which must have the g flag) in `text`, in order. Unlike String#matchAll it
 * does not copy the expression on each call: most segments are short, and that copy cost more
 * than the search itself.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    found.push(m);
    // An empty match would find itself again: step past it (a whole code point with the u flag).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return found;
}

/** The most frequent value; on a tie the one seen first, or with `onTie: 'largest'` the largest. */
export function mostFrequent(values: readonly number[], onTie: 'first' | 'largest' = 'first'): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && onTie === 'largest' && v > best!)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
