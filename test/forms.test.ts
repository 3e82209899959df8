// Forms in every shape (GFM, tab rows, one cell per line, broken pipe rows): each correct form is
// silent, and each broken variant is found at the right cell by the right rule.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { FUND, INDICATORS, SHAPES, edit, lineColumn, render, renderAt } from './forms.js';

const GRADE_LINE = '\n\n自评等级：良';

describe.each(SHAPES)('%s forms', (shape) => {
  it('a fund table that checks out is silent', () => {
    expect(lint(render(shape, FUND)).messages).toEqual([]);
  });
  it('an indicator table that checks out, with its grade, is silent', () => {
    expect(lint(render(shape, INDICATORS) + GRADE_LINE).messages).toEqual([]);
  });

  const cases: Array<[string, string[][], number, number, string, string, string]> = [
    ['a 执行率 that is not B/A', FUND, 1, 5, '92.00', 'rate-mismatch', ''],
    ['a total row that is not the sum', FUND, 1, 3, '137.00', 'sum-mismatch', ''],
    ['an execution score that is not 分值 × rate', FUND, 1, 6, '9.5', 'score-rate-mismatch', ''],
    ['a 得分 above its 分值', INDICATORS, 1, 6, '22', 'score-exceeds-weight', GRADE_LINE],
    ['a 总分 that is not Σ 得分', INDICATORS, 6, 6, '88', 'score-sum-mismatch', GRADE_LINE],
  ];
  it.each(cases)('finds %s at its cell', (_name, grid, row, column, value, ruleId, tail) => {
    const { text, offset } = renderAt(shape, grid, row, column, value);
    const want = lineColumn(text, offset);
    const found = lint(text + tail).messages.filter((m) => m.ruleId === ruleId);
    expect(found.map((m) => ({ line: m.line, column: m.column, endColumn: m.endColumn }))).toEqual([{ ...want, endColumn: want.column + value.length }]);
  });

  it('finds group weights that do not add up to their label, at the label’s weight', () => {
    const text = render(shape, edit(INDICATORS, 1, 5, '25'));
    const label = text.indexOf('50分');
    const found = lint(text).messages.filter((m) => m.ruleId === 'score-sum-mismatch' && m.messageId === 'group');
    expect(found.map((m) => [m.line, m.column, m.data?.computed])).toEqual([[lineColumn(text, label).line, lineColumn(text, label).column, '55']]);
  });
  it('finds a grade outside its band, at the grade', () => {
    const text = render(shape, INDICATORS) + '\n\n自评等级：优';
    const found = lint(text).messages.filter((m) => m.ruleId === 'grade-mismatch');
    expect(found.map((m) => [m.line, m.column, m.data?.expected])).toEqual([[lineColumn(text, text.lastIndexOf('优')).line, lineColumn(text, text.lastIndexOf('优')).column, '良']]);
  });
  it('finds an empty 总分 while a grade is given', () => {
    const text = render(shape, edit(edit(INDICATORS, 6, 6, '-'), 6, 5, '-')) + GRADE_LINE;
    const found = lint(text).messages.filter((m) => m.ruleId === 'missing-total-score');
    expect(found.map((m) => [m.line, m.column])).toEqual([[lineColumn(text, text.indexOf('总分')).line, lineColumn(text, text.indexOf('总分')).column]]);
  });
});

// Forms as people lay them out, that drew false alarms: each correct form silent, its broken twin found.
describe('forms beyond the standard grid', () => {
  const msgs = (text: string) => lint(text).messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);

  it('reads a second 其中 as the parts of the row before it (其他资金 / 其中：自筹资金 / 社会资金)', () => {
    const form = [
      '| 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) |',
      '| --- | --- | --- | --- |',
      '| 年度资金总额 | 100.00 | 120.00 | 111.60 |',
      '| 其中：财政拨款 | 80.00 | 95.00 | 90.25 |',
      '| 其他资金 | 20.00 | 25.00 | 21.35 |',
      '| 其中：自筹资金 | 12.00 | 15.00 | 13.35 |',
      '| 社会资金 | 8.00 | 10.00 | 8.00 |',
    ].join('\n');
    expect(msgs(form)).toEqual([]);
    // The nested block may end before the last row (上年结转 a source of the total again).
    const nested = [
      '| 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) |',
      '| --- | --- | --- | --- |',
      '| 年度资金总额 | 420.00 | 500.00 | 487.30 |',
      '| 其中：当年财政拨款 | 420.00 | 460.00 | 447.30 |',
      '| 其中：中央资金 | 300.00 | 300.00 | 300.00 |',
      '| 省级资金 | 80.00 | 100.00 | 95.30 |',
      '| 县级资金 | 40.00 | 60.00 | 52.00 |',
      '| 上年结转资金 | 0.00 | 40.00 | 40.00 |',
    ].join('\n');
    expect(msgs(nested)).toEqual([]);
    expect(msgs(form.replace('| 年度资金总额 | 100.00 | 120.00 | 111.60 |', '| 年度资金总额 | 100.00 | 120.00 | 115.60 |'))).toEqual(['3:30 sum-mismatch 分项之和 119.60 元（90.25 + 21.35 + 8.00），所写合计 115.60 元']);
  });

  it('counts the fund table’s weight in its caption (预算执行情况（万元）（10分）) among the weights the 总分 row states', () => {
    const form = [
      '| 预算执行情况（万元）（10分） |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 执行率(B/A) | 得分(10分*执行率) |',
      '| 年度资金总额 | 80.00 | 82.00 | 76.45 | 93.23% | 9.32 |',
      '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '| 产出指标(50分) | 完成任务数 | =10项 | 10项 | 50 | 50 |',
      '| 效益指标(30分) | 服务水平 | 有效提升 | 有效提升 | 30 | 28 |',
      '| 满意度指标(10分) | 服务对象满意度 | ≥90% | 92% | 10 | 9 |',
      '| 总分 |  |  |  | 100 | 96.32 |',
    ].join('\n');
    expect(msgs(form)).toEqual([]);
    expect(msgs(form.replace('| 总分 |  |  |  | 100 | 96.32 |', '| 总分 |  |  |  | 90 | 96.32 |'))).toEqual(['9:17 score-sum-mismatch 各部分权重之和为 100（10 + 50 + 30 + 10），应为 90 分']);
  });

  it('reads a form in a table wider than it (an empty column after the last named one) by its own columns', () => {
    const form = [
      '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |  |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 产出指标(50分) | 完成任务数 | =10项 | 10项 | 50 | 50 |  |',
      '| 效益指标(50分) | 服务水平 | 有效提升 | 有效提升 | 50 | 46 |  |',
      '| 总分 |  |  |  | 100 | 96 |  |',
    ].join('\n');
    expect(msgs(form)).toEqual([]);
    expect(msgs(form.replace('| 100 | 96 |', '| 100 | 97 |'))).toEqual(['5:23 score-sum-mismatch 各项得分之和为 96，所写总分为 97']);
  });

  it('reads the grade the 总分 row writes in its last cells (偏差原因 | 优, 自评等级：优), as the standard form does', () => {
    const form = (total: string, grade: string) =>
      [
        '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 产出指标(50分) | 完成任务数 | =10项 | 10项 | 50 | 48 |  |',
        '| 效益指标(50分) | 服务水平 | 有效提升 | 有效提升 | 50 | 44 |  |',
        `| 总分 |  |  |  | 100 | ${total} | ${grade} |`,
      ].join('\n');
    expect(msgs(form('92', '优'))).toEqual([]);
    expect(msgs(form('92', '自评等级：优'))).toEqual([]);
    expect(msgs(form('92', '良'))).toEqual(['5:28 grade-mismatch 得分 92 分对应等级“优”，所写为“良”']);
    expect(msgs(form('92', '自评等级：良'))).toEqual(['5:33 grade-mismatch 得分 92 分对应等级“优”，所写为“良”']);
  });

  it('leaves a bare fraction under 执行率 (0.951 in a sheet’s General format) unread', () => {
    const form = ['| 项目 | 全年预算数(A) | 全年执行数(B) | 执行率 |', '| --- | --- | --- | --- |', '| 年度资金总额 | 320.00 | 304.32 | 0.951 |'].join('\n');
    expect(msgs(form)).toEqual([]);
    expect(msgs(form.replace('0.951', '96.10%'))).toEqual(['3:30 rate-mismatch 执行率应为 304.32 元 ÷ 320.00 元 = 95.10%，所写为 96.10%']);
  });
});
