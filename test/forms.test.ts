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
