// implausible-year: a year no report could mean (`2324年`), or a completion date after the report's own date.
import { PLAN_YEARS } from '../src/lexicon/report.js';
import { defineRule } from '../src/rule.js';

/** Earliest year a budget report can speak of. */
const FIRST_YEAR = 1949;
/** How far ahead a plan's goal may look (碳中和 by 2060 from a report of the 2020s). */
const PLAN_HORIZON = 40;

/** National long-range visions (`2035年远景目标`) name years beyond the plan horizon. */
const VISION = /^[ \u3000]*(?:远景|愿景)/;
/** 完成 near a date marks it as when something was (to be) completed. */
const COMPLETION = /完成/;

function compareDates(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export default defineRule({
  meta: {
    id: 'implausible-year',
    severity: 'error',
    description: 'A year outside [1949, report year + 10] (in plan wording, 到2035年 or 2060年前, a goal up to 40 years ahead is plausible), a five-digit year, or a completion date after the report’s own date',
    rationale:
      'OCR and typing slips turn 2024 into 2324 or 2204; a reviewer reading quickly does not see it, and a published report then promises work for the 24th century.',
    messages: {
      outOfRange: '年份 {{year}} 不可能：报告年度为 {{reportYear}}，合理范围为 {{min}}–{{max}} 年',
      tooEarly: '年份 {{year}} 早于 {{min}} 年，不可能是本报告所指年份',
      fiveDigits: '年份 {{year}} 有五位数字，年份应为四位',
      afterReport: '完成日期 {{date}} 晚于报告日期 {{reportDate}}',
    },
    messagesEn: {
      outOfRange: 'Year {{year}} cannot be meant: the report year is {{reportYear}}, plausible years are {{min}}–{{max}}',
      tooEarly: 'Year {{year}} is before {{min}} and cannot be meant',
      fiveDigits: 'Year {{year}} has five digits; a year has four',
      afterReport: 'Completion date {{date}} is after the report date {{reportDate}}',
    },
    defaultOptions: { futureYears: 10 },
    schema: { futureYears: { type: 'integer', minimum: 0 } },
    examples: {
      valid: ['2024年度部门整体支出绩效自评报告\n\n所有支出均在2024年12月31日前完成，2035年远景目标稳步推进。'],
      invalid: ['2024年度部门整体支出绩效自评报告\n\n所有支出均在2324年12月31日前完成。'],
    },
  },
  *check(model, options: { futureYears: number }) {
    const reportYear = model.reportYear?.year;
    const max = reportYear === undefined ? undefined : reportYear + options.futureYears;
    const flagged = new Set<number>();
    for (const year of model.years) {
      if (year.fiveDigits) {
        flagged.add(year.span.start.offset);
        yield { messageId: 'fiveDigits', at: year.span, data: { year: String(year.value) } };
      } else if (year.plan && (PLAN_YEARS.includes(year.value) || (reportYear !== undefined && year.value > reportYear && year.value <= reportYear + PLAN_HORIZON))) {
        // 力争到2035年, 到2050年: the national goals' years, plausible in any report; and in plan wording any
        // year a long-range goal may name (2060年前实现碳中和, 总体规划（2016—2040年）).
        continue;
      } else if (year.value < FIRST_YEAR) {
        flagged.add(year.span.start.offset);
        yield { messageId: 'tooEarly', at: year.span, data: { year: year.value, min: FIRST_YEAR } };
      } else if (max !== undefined && year.value > max && !(VISION.test(year.after) && year.value <= max + 20)) {
        flagged.add(year.span.start.offset);
        yield {
          messageId: 'outOfRange',
          at: year.span,
          data: { year: year.value, reportYear: reportYear!, min: FIRST_YEAR, max },
        };
      }
    }
    const own = model.reportDate;
    if (!own) return;
    for (const date of model.dates) {
      const y = date.fields.find((f) => f.unit === '年');
      const m = date.fields.find((f) => f.unit === '月');
      const d = date.fields.find((f) => f.unit === '日');
      if (!y || !m || !d || flagged.has(y.span.start.offset)) continue;
      if (!COMPLETION.test(date.label) && !COMPLETION.test(date.after)) continue;
      if (date.span.start.offset === own.span.start.offset) continue;
      if (compareDates([y.value, m.value, d.value], [own.year, own.month, own.day]) > 0) {
        yield {
          messageId: 'afterReport',
          at: date.span,
          data: { date: `${y.value}年${m.value}月${d.value}日`, reportDate: `${own.year}年${own.month}月${own.day}日` },
        };
      }
    }
  },
});
