// report-year-mismatch: the title's year against the year the body reports on, and a report date
// that falls before the end of the period it reports on.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'report-year-mismatch',
    severity: 'warn',
    description: 'The title year against the year the body reports on, and a signing/publication date before the period ends',
    rationale: 'Reports are rolled over from last year’s file; a title year the body does not use, or a report dated before its year ended, is a leftover.',
    messages: {
      body: '标题为 {{title}} 年度，正文却主要报告 {{body}} 年度（{{count}} 处）',
      date: '报告日期 {{date}} 早于所报告的 {{year}} 年度结束',
    },
    messagesEn: {
      body: 'The title says {{title}}, but the body reports mainly on {{body}} ({{count}} mentions)',
      date: 'The report is dated {{date}}, before the end of the year {{year}} it reports on',
    },
    defaultOptions: {},
    examples: {
      valid: ['2024年度部门整体支出绩效自评报告\n\n2024年度基本支出74.63万元，2024年度项目支出12.25万元。\n\n2025年1月15日'],
      invalid: ['2024年度部门整体支出绩效自评报告\n\n2023年度基本支出74.63万元，2023年度项目支出12.25万元，2023年度结余0万元。'],
    },
  },
  *check(model) {
    const reportYear = model.reportYear;
    if (!reportYear || reportYear.from !== 'title') return;
    const titleYear = model.years.find((y) => y.value === reportYear.year);
    const fiscal = model.years.filter((y) => y.fiscal && y !== titleYear);
    const counts = new Map<number, number>();
    for (const y of fiscal) counts.set(y.value, (counts.get(y.value) ?? 0) + 1);
    const own = counts.get(reportYear.year) ?? 0;
    const [topYear, topCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
    if (titleYear && topYear !== undefined && topYear !== reportYear.year && own === 0 && topCount >= 2) {
      yield { messageId: 'body', at: titleYear.span, data: { title: reportYear.year, body: topYear, count: topCount } };
    }
    const date = model.reportDate;
    if (date && date.year <= reportYear.year && !(date.year === reportYear.year && date.month === 12 && date.day === 31)) {
      yield { messageId: 'date', at: date.span, data: { date: `${date.year}年${date.month}月${date.day}日`, year: reportYear.year } };
    }
  },
});
