// Mutation test for forms: every relation of realistic 自评表 grids, in every shape, with one cell
// changed by a clear margin; the right rule must fire at the right cell.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { FUND, INDICATORS, SHAPES, edit, lineColumn, mutateNumber, render, renderAt, type Shape } from './forms.js';

/** A cell: [row, column], optionally a substring of it that the finding points at (`50分`). */
type Cell = [number, number] | [number, number, string];

interface Relation {
  rule: string;
  anchor: Cell;
  figures: Cell[];
  /** Change figures downward (grades), and by how much. */
  direction?: 1 | -1;
  step?: number;
}

const SOURCES: string[][] = [
  ['项目', '年初预算数（万元）', '全年预算数(A)（万元）', '全年执行数(B)（万元）', '分值', '执行率', '得分'],
  ['年度资金总额', '256.80', '301.45', '289.10', '10', '95.90', '9.59'],
  ['其中：财政拨款', '240.00', '280.45', '270.32', '-', '-', '-'],
  ['其他资金', '16.80', '21.00', '18.78', '-', '-', '-'],
];
const FUND_YUAN: string[][] = [
  ['资金来源', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率', '得分'],
  ['资金总额', '1,286,450.00', '1,310,000.00', '1,262,780.00', '10', '96.40', '9.64'],
  ['人员类项目', '712,380.00', '712,380.00', '712,380.00', '0', '-', '-'],
  ['运转类项目', '134,140.00', '150,000.00', '134,140.00', '0', '-', '-'],
  ['特定目标类项目', '439,930.00', '447,620.00', '416,260.00', '0', '-', '-'],
];
const INDICATORS_2: string[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标(40分)', '数量指标', '培训人次', '≥400人次', '392人次', '20', '19'],
  ['-', '质量指标', '培训合格率', '≥95%', '97%', '10', '10'],
  ['-', '成本指标', '人均培训成本', '≤300元', '280元', '10', '10'],
  ['效益指标(40分)', '社会效益', '政策知晓率', '≥85%', '88%', '40', '38'],
  ['满意度指标(10分)', '满意度', '参训人员满意度', '≥90%', '93%', '10', '9'],
  ['总分', '-', '-', '-', '-', '90', '86'],
];
const GRADES: string[][] = [
  ['序号', '项目名称', '自评得分', '评价等级'],
  ['1', '计生宣传服务活动', '100分', '优'],
  ['2', '计生系列保险经费', '97分', '优'],
  ['3', '退役人员安置经费', '88分', '良'],
  ['4', '暖心家园建设', '72分', '中'],
  ['5', '省级关爱行动', '93分', '优'],
  ['6', '基层能力建设', '81分', '良'],
  ['7', '青春健康活动', '59分', '差'],
  ['8', '妇幼健康项目', '91分', '优'],
];

function fundRelations(classRows: number[]): Relation[] {
  const sums = [1, 2, 3].map((column): Relation => ({ rule: 'sum-mismatch', anchor: [1, column], figures: [[1, column], ...classRows.map((r): Cell => [r, column])] }));
  return [
    ...sums,
    { rule: 'rate-mismatch', anchor: [1, 5], figures: [[1, 5], [1, 3]] },
    { rule: 'score-rate-mismatch', anchor: [1, 6], figures: [[1, 6]] },
  ];
}
function indicatorRelations(groups: Array<[number, number[]]>, rows: number[], totalRow: number): Relation[] {
  return [
    ...rows.map((r): Relation => ({ rule: 'score-exceeds-weight', anchor: [r, 6], figures: [[r, 6]] })),
    ...groups.map(([labelRow, members]): Relation => ({ rule: 'score-sum-mismatch', anchor: [labelRow, 0, '分'], figures: members.map((r): Cell => [r, 5]) })),
    { rule: 'score-sum-mismatch', anchor: [totalRow, 6], figures: [[totalRow, 6], [1, 6]] },
  ];
}

const FORMS: Array<{ name: string; grid: string[][]; tail?: string; relations: Relation[] }> = [
  { name: 'fund table (元, class rows)', grid: FUND, relations: fundRelations([2, 3, 4]) },
  { name: 'fund table (万元, source rows)', grid: SOURCES, relations: fundRelations([2, 3]) },
  { name: 'fund table (元 with separators)', grid: FUND_YUAN, relations: fundRelations([2, 3, 4]) },
  // (Row 4 scores 28 of 40: no ±10% change of its score can exceed the weight, so it is not a relation to break.)
  { name: 'indicators', grid: INDICATORS, relations: indicatorRelations([[1, [1, 2, 3]], [4, [4]], [5, [5]]], [1, 2, 3, 5], 6) },
  { name: 'indicators 2', grid: INDICATORS_2, relations: indicatorRelations([[1, [1, 2, 3]], [4, [4]], [5, [5]]], [1, 2, 3, 4, 5], 6) },
  // A grade breaks when its score leaves the band: scores go down, 差 goes up.
  { name: 'grades', grid: GRADES, relations: [1, 2, 3, 4, 5, 6, 7, 8].map((r): Relation => ({ rule: 'grade-mismatch', anchor: [r, 3], figures: [[r, 2]], direction: r === 7 ? 1 : -1, step: 0.2 })) },
];

function anchorOffset(shape: Shape, grid: string[][], cell: Cell): number {
  const [row, column, part] = cell;
  const { text, offset } = renderAt(shape, grid, row, column, grid[row]![column]!);
  return part ? offset + text.slice(offset).indexOf(grid[row]![column]!.match(new RegExp(`\\d+${part}`))![0]) : offset;
}

describe('form mutation test', () => {
  const relationCount = FORMS.reduce((n, f) => n + f.relations.length, 0);
  it('covers at least 40 table relations', () => {
    expect(relationCount).toBeGreaterThanOrEqual(40);
  });
  it.each(SHAPES)('every form is silent unmutated (%s)', (shape) => {
    for (const form of FORMS) expect(lint(render(shape, form.grid)).messages.map((m) => `${form.name}: ${m.ruleId} ${m.message}`)).toEqual([]);
  });
  it('detects every mutation at the right cell, in every shape', () => {
    let total = 0;
    let detected = 0;
    const missed: string[] = [];
    for (const shape of SHAPES) {
      for (const form of FORMS) {
        for (const relation of form.relations) {
          for (const [row, column] of relation.figures) {
            const value = mutateNumber(form.grid[row]![column]!, relation.direction ?? 1, relation.step ?? 0.1);
            const grid = edit(form.grid, row, column, value);
            const text = render(shape, grid);
            const want = lineColumn(text, anchorOffset(shape, grid, relation.anchor));
            const messages = lint(text).messages;
            const hit = messages.some((m) => m.ruleId === relation.rule && m.line === want.line && m.column === want.column);
            total++;
            if (hit) detected++;
            else missed.push(`${shape} ${form.name}: ${relation.rule} @ ${relation.anchor.join(',')} mutating ${row},${column} → ${messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).join(', ') || 'nothing'} (wanted ${want.line}:${want.column})`);
          }
        }
      }
    }
    console.log(`form mutation detection: ${detected}/${total} = ${((detected / total) * 100).toFixed(1)}% over ${relationCount} relations × ${SHAPES.length} shapes`);
    expect(missed).toEqual([]);
  });
});
