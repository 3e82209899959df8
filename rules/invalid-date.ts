// invalid-date: calendar dates that cannot exist (`2月30日`, `13月`, `2020月12月`, `220211231日`).
import { defineRule } from '../src/rule.js';

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown. */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export default defineRule({
  meta: {
    id: 'invalid-date',
    severity: 'error',
    description: 'Impossible calendar dates: 2月30日, 13月, 2020月12月, 220211231日',
    rationale: 'A date that cannot exist is a typing or conversion slip; it makes the deadline or the period it states unknowable.',
    messages: {
      month: '月份 {{month}} 不存在（应为 1–12）',
      day: '{{month}}月没有 {{day}} 日（该月只有 {{days}} 天）',
      dayRun: '“{{day}}日”不是有效日期，可能是年月日的数字连写或录入错误',
    },
    messagesEn: {
      month: 'Month {{month}} does not exist (1–12)',
      day: 'Month {{month}} has no day {{day}} (it has {{days}} days)',
      dayRun: '"{{day}}日" is not a valid date; the digits of a date may have run together',
    },
    defaultOptions: {},
    examples: {
      valid: ['项目于2024年2月29日启动，12月31日前全部完成，覆盖0-36月龄儿童。'],
      invalid: ['项目于2023年2月30日启动。'],
    },
  },
  *check(model) {
    for (const date of model.dates) {
      const year = date.fields.find((f) => f.unit === '年')?.value;
      let month: number | undefined;
      for (const field of date.fields) {
        if (field.unit === '月') {
          if (field.value < 1 || field.value > 12) {
            yield { messageId: 'month', at: field.span, data: { month: field.value } };
            month = undefined;
            break;
          }
          month = field.value;
        } else if (field.unit === '日') {
          if (month !== undefined) {
            const days = daysIn(month, year);
            if (field.value < 1 || field.value > days) yield { messageId: 'day', at: field.span, data: { month, day: field.value, days } };
          } else if (field.value > 31) {
            // Only digit runs reach here without a month (`220211231日`); durations like `45日` are not dates.
            yield { messageId: 'dayRun', at: field.span, data: { day: field.value } };
          }
        }
      }
    }
  },
});
