// Which year the report is about, and the report's own date.
import type { DateMention, ReportModel, ReportYear, Segment, YearMention } from '../model.js';
import { FILL_DATE_LABELS, TITLE_WORDS } from '../lexicon/report.js';
import { anyOf } from '../lexicon/words.js';
import { mostFrequent } from './shared.js';

const TITLE_WORD = new RegExp(anyOf(TITLE_WORDS));
const TITLE_YEAR = /(?<![\d.])(\d{4})[ \u3000]*年度?/;
const FILL_DATE_LABEL = new RegExp(anyOf(FILL_DATE_LABELS));

/** Whether a date is introduced as the 填报日期 (`填报日期：2025年1月15日`, or a cell after a 填报日期 cell). */
function isFillDate(d: DateMention, segments: Segment[]): boolean {
  const seg = segments[d.segment]!;
  const before = seg.text.slice(Math.max(0, d.span.start.offset - seg.start - 12), d.span.start.offset - seg.start);
  return FILL_DATE_LABEL.test(before) || FILL_DATE_LABEL.test(d.label);
}

function fullDate(d: DateMention): { year: number; month: number; day: number } | undefined {
  const y = d.fields.find((f) => f.unit === '年');
  const m = d.fields.find((f) => f.unit === '月');
  const day = d.fields.find((f) => f.unit === '日');
  if (!y || !m || !day) return undefined;
  return { year: y.value, month: m.value, day: day.value };
}

/** The report's own date: a date standing alone on a line (cover, signature), or after 填报日期. */
export function findReportDate(segments: Segment[], dates: DateMention[]): ReportModel['reportDate'] {
  let found: ReportModel['reportDate'] = null;
  // Where each segment's text starts and ends, spaces aside: worked out once per segment, not
  // once per date (a line with thousands of dates would be read thousands of times).
  const inked = new Map<number, { first: number; last: number }>();
  const inkOf = (index: number) => {
    let ink = inked.get(index);
    if (!ink) {
      const text = segments[index]!.text;
      const first = text.search(/[^ \t\u3000]/);
      let last = text.length - 1;
      while (last >= 0 && BLANK.has(text[last]!)) last--;
      inked.set(index, (ink = { first: first === -1 ? text.length : first, last }));
    }
    return ink;
  };
  for (const d of dates) {
    const full = fullDate(d);
    if (!full) continue;
    const seg = segments[d.segment]!;
    if (seg.kind !== 'line' && !isFillDate(d, segments)) continue;
    // Alone on its line: nothing but spaces before or after it.
    const { first, last } = inkOf(d.segment);
    const alone = first >= d.span.start.offset - seg.start && last < d.span.end.offset - seg.start;
    if (alone || isFillDate(d, segments)) found = { ...full, span: d.span };
  }
  return found;
}

const BLANK = new Set([' ', '\t', '\u3000']);

/**
 * The report year: from the title (`2024年度…自评报告`), else the most frequent `YYYY年度`,
 * else the 填报日期 minus one, else the most frequent written year.
 */
export function findReportYear(
  segments: Segment[],
  years: YearMention[],
  dates: DateMention[],
  titleLines: string[],
): ReportYear | null {
  for (const line of titleLines) {
    if (!TITLE_WORD.test(line)) continue;
    const m = TITLE_YEAR.exec(line);
    if (m) return { year: Number(m[1]), from: 'title' };
  }
  const fiscal = mostFrequent(years.filter((y) => y.fiscal).map((y) => y.value));
  if (fiscal !== undefined) return { year: fiscal, from: 'fiscal-year' };
  for (const d of dates) {
    const full = fullDate(d);
    if (full && isFillDate(d, segments)) return { year: full.year - 1, from: 'fill-date' };
  }
  const any = mostFrequent(years.map((y) => y.value).filter((y) => y >= 1949 && y <= 2200));
  if (any !== undefined) return { year: any, from: 'year-mentions' };
  return null;
}
