import rule from '../../rules/report-year-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const body = '2024年度部门整体支出绩效自评报告\n\n2023年度基本支出74.63万元，2023年度项目支出12.25万元，2023年度结余0万元。';
const early = '2025 年度岳阳市计划生育协会整体支出绩效自评报告\n\n2025 年 6 月 22 日\n\n2025 年度基本支出 218.47 万元。';

testRule(rule, {
  valid: [
    '2025 年度岳阳市计划生育协会整体支出绩效自评报告\n\n2026 年 6 月 22 日\n\n2025 年度基本支出 218.47 万元，与2024年度相比有所增长。',
    // The body mentions last year for comparison only.
    '2024年度部门整体支出绩效自评报告\n\n2024年度基本支出74.63万元，2023年度为70万元。',
    // No title year: nothing to compare.
    '部门整体支出绩效自评报告\n\n2023年度基本支出，2023年度项目支出。',
  ],
  invalid: [
    { name: 'title year not used in the body', text: body, errors: [{ messageId: 'body', ...at(body, '2024年度'), data: { title: 2024, body: 2023, count: 3 } }] },
    { name: 'a report dated within its own year', text: early, errors: [{ messageId: 'date', ...at(early, '2025 年 6 月 22 日'), data: { year: 2025 } }] },
  ],
});
