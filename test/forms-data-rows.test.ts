// A form row that names column words in its cells (`预算执行率 | 预算执行率`, a target
// `预算执行率≥95%`, `执行数≤预算数`) is a data row, not a new header: the form is not split at it,
// the correct form stays silent, and the 总分 and grade below it are still checked.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { edit, lineColumn, render, type Shape } from './forms.js';

/** An indicator table whose middle row is `row` (Σ 得分 = 92.64 of 100: 优). */
function form(row: string[]): string[][] {
  return [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标(50分)', '数量指标', '开展宣传活动', '=5场次', '5场次', '20', '20'],
    ['-', '质量指标', '培训合格率', '≥95%', '98%', '15', '15'],
    ['-', '时效指标', '按时完成率', '100%', '100%', '15', '14'],
    row,
    ['效益指标(30分)', '社会效益', '群众知晓率', '≥90%', '92%', '30', '24'],
    ['满意度指标(10分)', '满意度', '服务对象满意度', '≥95%', '96%', '10', '10'],
    ['总分', '-', '-', '-', '-', '100', '92.64'],
  ];
}

const ROWS: Array<[string, string[]]> = [
  ['a rate named twice', ['预算执行(10分)', '预算执行率', '预算执行率', '100%', '96.40%', '10', '9.64']],
  ['a target naming the rate', ['过程指标(10分)', '资金管理', '预算执行率', '预算执行率≥95%', '96.40%', '10', '9.64']],
  ['a target comparing 执行数 and 预算数', ['成本指标(10分)', '经济成本', '项目预算数控制', '执行数≤预算数', '达成', '10', '9.64']],
];

const SHAPES: Shape[] = ['gfm', 'tsv', 'cells', 'pipes', 'pipe-rows', 'pipe-cells', 'bare-cells', 'spaces', 'one-line'];
const GRADE = '\n\n自评等级：优';

describe.each(SHAPES)('%s forms with a row naming column words', (shape) => {
  it.each(ROWS)('%s: the correct form is silent', (_name, row) => {
    expect(lint(render(shape, form(row)) + GRADE).messages).toEqual([]);
  });
  it.each(ROWS)('%s: a 总分 that is not Σ 得分 is found at the 总分', (_name, row) => {
    const text = render(shape, edit(form(row), 7, 6, '93.64'));
    const at = lineColumn(text, text.indexOf('93.64'));
    const found = lint(text + GRADE).messages.map((m) => [m.ruleId, m.line, m.column, m.data?.computed]);
    expect(found).toEqual([['score-sum-mismatch', at.line, at.column, '92.64']]);
  });
  it.each(ROWS)('%s: a grade outside the band of the 总分 is found', (_name, row) => {
    const text = render(shape, form(row)) + '\n\n自评等级：良';
    const at = lineColumn(text, text.lastIndexOf('良'));
    const found = lint(text).messages.map((m) => [m.ruleId, m.line, m.column, m.data?.expected]);
    expect(found).toEqual([['grade-mismatch', at.line, at.column, '优']]);
  });
});
