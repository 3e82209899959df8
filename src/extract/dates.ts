// Years and dates as written, including impossible ones (`2324年`, `2月30日`, `2020月12月`, `220211231日`).
import { labelBefore } from './figures.js';
import { anyOf } from '../lexicon/words.js';
import { PLAN_AFTER_WORDS, PLAN_BEFORE_WORDS } from '../lexicon/report.js';
import { matchesOf, SPACES as S } from './shared.js';

/** A date field before positions are attached. */
export interface RawDateField {
  unit: '年' | '月' | '日';
  value: number;
  start: number;
  end: number;
}

/** A date before positions are attached. */
export interface RawDate {
  fields: RawDateField[];
  start: number;
  end: number;
  label: string;
  after: string;
}

/** A year before positions are attached. */
export interface RawYear {
  value: number;
  start: number;
  end: number;
  fiscal: boolean;
  after: string;
  /** Written in a plan's wording (`力争到2035年`, `2035年远景目标`, `2035年前`). */
  plan: boolean;
  /** Written with five digits (`20244年12月`): a slip, no year. */
  fiveDigits?: boolean;
}

const DIGIT = /\d/;
/** `2024年12月31日`, `2024 年 12 月`, and a year written with 月 by mistake (`2020月12月`). */
const FULL_DATE = new RegExp(
  String.raw`(?<![\d.])(?<!\d,)(?<y>\d{4})${S}(?<yu>年|月)${S}(?<m>\d{1,4})${S}月(?:${S}(?<d>\d{1,4})${S}[日号])?`,
  'g',
);
/** `12月31日` without a year. */
const MONTH_DAY = new RegExp(String.raw`(?<![\d.年])(?<!\d,)(?<m>\d{1,4})${S}月${S}(?<d>\d{1,4})${S}[日号]`, 'g');
/** A month on its own (`13月`); not `18月龄`, not `12个月`. */
const MONTH = new RegExp(String.raw`(?<![\d.\-~～至])(?<!\d,)(?<m>\d{1,4})${S}月(?!龄|${S}\d)`, 'g');
/** A run of six or more digits before 日: a date written without separators (`220211231日`). */
const DIGIT_RUN_DAY = /(?<![\d.])(?<!\d,)(?<d>\d{6,})[ \u3000]*日/g;
/** `2024-12-31`, `2024.12.31`, `2024/12/31`. */
const NUMERIC_DATE = /(?<![\d.])(?<!\d,)(?<y>\d{4})(?<sep>[-./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d.])/g;
const YEAR = new RegExp(String.raw`(?<![\d.])(?<!\d,)(?<y>\d{4})${S}年(?<fiscal>度)?`, 'g');
/** A year typed with a digit too many (`20244年12月`, `20244年度`): 年 then 度 or a month. */
const FIVE_DIGIT_YEAR = new RegExp(String.raw`(?<![\d.])(?<!\d,)(?<y>[12]\d{4})${S}年(?=度|${S}\d{1,2}${S}月)`, 'g');
/** How far back the clause before a year is searched for plan wording. */
const PLAN_CLAUSE = 12;
const PLAN_BEFORE = new RegExp(anyOf(PLAN_BEFORE_WORDS));
const PLAN_AFTER = new RegExp(`^(?:${anyOf(PLAN_AFTER_WORDS)})`);

/** Whether the year at [index, end) of `text` is written in a plan's wording: a plan word in its clause before it, or right after its 年. */
function inPlanWording(text: string, index: number, end: number): boolean {
  const clause = text.slice(Math.max(0, index - PLAN_CLAUSE), index).split(/[，。；：,;:！？!?\n]/).pop()!;
  return PLAN_BEFORE.test(clause) || PLAN_AFTER.test(text.slice(end).replace(/^度/, ''));
}

/** A field from its digits at `index` in `text`; its span runs through the unit character after them. */
function field(unit: RawDateField['unit'], text: string, index: number, digits: string, offset: number): RawDateField {
  let end = index + digits.length;
  while (end < text.length && /[ \u3000]/.test(text[end]!)) end++;
  if (end < text.length && /[年月日号]/.test(text[end]!)) end++;
  else end = index + digits.length;
  return { unit, value: Number(digits), start: offset + index, end: offset + end };
}

/** Read the years and dates of a segment. `offset` is the segment's source offset. */
export function scanDates(text: string, offset: number): { dates: RawDate[]; years: RawYear[] } {
  const dates: RawDate[] = [];
  if (!DIGIT.test(text)) return { dates, years: [] };
  // Characters already read as part of a date (earlier patterns win): a mask, so a long line stays linear.
  const occupied = new Uint8Array(text.length);
  const free = (s: number, e: number) => {
    for (let i = s - offset; i < e - offset; i++) if (occupied[i]) return false;
    return true;
  };
  const take = (s: number, e: number) => occupied.fill(1, s - offset, e - offset);

  const push = (m: RegExpExecArray, fields: RawDateField[]) => {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) return;
    take(start, end);
    dates.push({
      fields,
      start,
      end,
      label: labelBefore(text, m.index),
      after: text.slice(m.index + m[0].length, m.index + m[0].length + 6),
    });
  };

  const indexOfGroup = (m: RegExpExecArray, value: string, from: number) => m[0].indexOf(value, from);

  for (const m of matchesOf(FULL_DATE, text)) {
    const g = m.groups!;
    const fields: RawDateField[] = [];
    const yAt = indexOfGroup(m, g.y!, 0);
    fields.push(field(g.yu === '年' ? '年' : '月', text, m.index + yAt, g.y!, offset));
    const mAt = indexOfGroup(m, g.m!, yAt + g.y!.length + 1);
    fields.push(field('月', text, m.index + mAt, g.m!, offset));
    if (g.d) fields.push(field('日', text, m.index + indexOfGroup(m, g.d, mAt + g.m!.length + 1), g.d, offset));
    push(m as RegExpExecArray, fields);
  }
  for (const m of matchesOf(NUMERIC_DATE, text)) {
    const g = m.groups!;
    const start = offset + m.index;
    const fields: RawDateField[] = [
      { unit: '年', value: Number(g.y), start, end: start + 4 },
      { unit: '月', value: Number(g.m), start: start + 5, end: start + 5 + g.m!.length },
      { unit: '日', value: Number(g.d), start: start + 6 + g.m!.length, end: start + 6 + g.m!.length + g.d!.length },
    ];
    const s = start;
    const e = start + m[0].length;
    if (!free(s, e)) continue;
    take(s, e);
    dates.push({ fields, start: s, end: e, label: labelBefore(text, m.index), after: text.slice(m.index + m[0].length, m.index + m[0].length + 6) });
  }
  for (const m of matchesOf(MONTH_DAY, text)) {
    const g = m.groups!;
    const mAt = indexOfGroup(m, g.m!, 0);
    const fields = [field('月', text, m.index + mAt, g.m!, offset)];
    fields.push(field('日', text, m.index + indexOfGroup(m, g.d!, mAt + g.m!.length + 1), g.d!, offset));
    push(m as RegExpExecArray, fields);
  }
  for (const m of matchesOf(MONTH, text)) {
    const g = m.groups!;
    push(m as RegExpExecArray, [field('月', text, m.index + indexOfGroup(m, g.m!, 0), g.m!, offset)]);
  }
  for (const m of matchesOf(DIGIT_RUN_DAY, text)) {
    const g = m.groups!;
    push(m as RegExpExecArray, [field('日', text, m.index, g.d!, offset)]);
  }

  const years: RawYear[] = [];
  for (const m of matchesOf(YEAR, text)) {
    const start = offset + m.index;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    years.push({ value: Number(m.groups!.y), start, end: start + m[0].length, fiscal: m.groups!.fiscal !== undefined, after, plan: inPlanWording(text, m.index, m.index + m[0].length) });
  }
  for (const m of matchesOf(FIVE_DIGIT_YEAR, text)) {
    const start = offset + m.index;
    years.push({ value: Number(m.groups!.y), start, end: start + m[0].length, fiscal: false, after: '', plan: false, fiveDigits: true });
  }
  years.sort((a, b) => a.start - b.start);
  dates.sort((a, b) => a.start - b.start);
  return { dates, years };
}
