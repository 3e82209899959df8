// The sums a data table states by its row labels — a 合计 row over the rows it closes, 小计 rows over
// their groups, a category with its 其中 rows, a budget identity (三公经费 = 1、+ 2、+ 3、) — in every
// shape a table arrives in, each with its correct twin; and the layout details of copied forms.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { findStreamTables } from '../src/extract/tables/layouts.js';
import { splitLines } from '../src/extract/segments.js';
import { SHAPES, lineColumn, render, renderAt, type Shape } from './forms.js';

/** A list of amounts closed by its 合计 (序号 | 项目名称 | 金额: one money column). */
const LIST = [
  ['序号', '项目名称', '金额(万元)'],
  ['1', '西坪镇排洪排水工程', '20'],
  ['2', '桃舟乡水圳修复', '15'],
  ['3', '芦田镇河道治理', '20'],
  ['4', '蓬莱镇河堤修复', '10'],
  ['-', '合计', '65'],
];

/** Groups closed by 小计 rows, and a 合计 of the 小计 rows. */
const GROUPS = [
  ['项目名称', '预算数', '执行数'],
  ['道路养护经费', '30.00', '28.50'],
  ['桥梁检测经费', '8.00', '8.00'],
  ['小计', '38.00', '36.50'],
  ['水毁修复经费', '12.00', '11.00'],
  ['应急抢险经费', '5.00', '5.00'],
  ['小计', '17.00', '16.00'],
  ['合计', '55.00', '52.50'],
];

/** Categories with a 其中 list of two siblings (人员经费, 公用经费), closed by 合计: the 其中 rows are no parts of it. */
const CATEGORIES = [
  ['项目', '年初预算数', '全年预算数', '全年执行数'],
  ['基本支出', '606.44', '719.99', '719.99'],
  ['其中：人员经费', '500.00', '600.00', '600.00'],
  ['公用经费', '106.44', '119.99', '119.99'],
  ['项目支出', '80.00', '95.00', '90.00'],
  ['合计', '686.44', '814.99', '809.99'],
];

/** Year-named columns and 三公经费 over its numbered rows (also a budget identity: stated once). */
const THREE = [
  ['项目', '2022年决算数', '2023年预算数', '2023年决算数'],
  ['三公经费', '4.33', '9.00', '4.74'],
  ['1、公务用车购置和维护经费', '3.33', '7.00', '2.74'],
  ['2、出国经费', '0.00', '0.00', '0.00'],
  ['3、公务接待', '1.00', '2.00', '2.00'],
];

/** Space-separated text cannot tell a one-money-column header from prose: those shapes leave LIST unread. */
const ONE_COLUMN_SHAPES: Shape[] = SHAPES.filter((s) => s !== 'spaces' && s !== 'one-line');

function sums(text: string): Array<{ line: number; column: number; computed: unknown }> {
  return lint(text)
    .messages.filter((m) => m.ruleId === 'sum-mismatch')
    .map((m) => ({ line: m.line, column: m.column, computed: m.data?.computed }));
}

describe.each(SHAPES)('%s tables', (shape) => {
  const grids: Array<[string, string[][]]> = [
    ['groups closed by 小计', GROUPS],
    ['categories with 其中 rows', CATEGORIES],
    ['三公经费 over its numbered rows', THREE],
    ...(ONE_COLUMN_SHAPES.includes(shape) ? ([['a list closed by 合计', LIST]] as Array<[string, string[][]]>) : []),
  ];
  it.each(grids)('%s that check out are silent', (_name, grid) => {
    expect(lint(render(shape, grid)).messages).toEqual([]);
  });

  const cases: Array<[string, string[][], number, number, string, string[]]> = [
    ['a 合计 of the 小计 rows', GROUPS, 7, 1, '56.00', ['55.00']],
    ['a 合计 over categories, not their 其中 rows', CATEGORIES, 5, 3, '819.99', ['809.99']],
    ['三公经费 against its numbered rows, reported once', THREE, 1, 3, '5.74', ['4.74']],
    ...(ONE_COLUMN_SHAPES.includes(shape) ? ([['a 合计 under a list of amounts', LIST, 5, 2, '75', ['65']]] as Array<[string, string[][], number, number, string, string[]]>) : []),
  ];
  it.each(cases)('finds %s at the total', (_name, grid, row, column, value, computed) => {
    const { text, offset } = renderAt(shape, grid, row, column, value);
    expect(sums(text)).toEqual([{ ...lineColumn(text, offset), computed: computed[0] }]);
  });

  it('finds a 小计 that is not its group, and the 合计 that then disagrees with the 小计 rows', () => {
    const { text, offset } = renderAt(shape, GROUPS, 3, 2, '35.50');
    const total = renderAt(shape, GROUPS, 7, 2, '52.50').offset;
    expect(sums(text)).toEqual([
      { ...lineColumn(text, offset), computed: '36.50' },
      { ...lineColumn(text, total + ('35.50'.length - '36.50'.length)), computed: '51.50' },
    ]);
  });
});

describe('tables whose sums are unclear stay silent', () => {
  /** A fund table whose 财政拨款 row has budgets but `exec` under 全年执行数 (seed 004 as a web page: the row's cells shifted). */
  const fund = (exec: string) =>
    `| 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) |\n| --- | --- | --- | --- |\n| 资金总额 | 100.00 | 120.00 | 118.00 |\n| 财政拨款 | 80.00 | 100.00 | ${exec} |\n| 其他资金 | 20.00 | 20.00 | 20.00 |`;
  it('a fund column where a source row with budgets has nothing, while its figure may stand elsewhere', () => {
    expect(lint(fund('')).messages).toEqual([]);
    expect(lint(fund('-')).messages).toEqual([]);
  });
  /** A fund table copied one cell per line, then the form's next block (033): 实际完成情况's figures are no 其中 part. */
  const fundThenGoals = (part: string) =>
    ['项目资金', '(万元)', ' ', '年初', '预算数', '全年', '预算数', '全年', '执行数', '分值', '执行率', '得分', '年度资金总额', '43.2', '43.2', '37.24', '10', '86%', '9', '其中:当年财政拨款', part, '43.2', '37.24', ' ', '      上年结转资金', ' ', ' ', ' ', ' ', '  其他资金', ' ', ' ', ' ', ' ', '年度总体目标', '预期目标', '实际完成情况', '43.2', '37.24'].join('\n\n');
  it('a 其中 list does not run on into the rows of the next block, whose figures stand in other columns', () => {
    expect(lint(fundThenGoals('43.2')).messages.filter((m) => m.ruleId === 'sum-mismatch')).toEqual([]);
  });
  it('…and its part above the total is still found', () => {
    const text = fundThenGoals('48.2');
    expect(lint(text).messages.filter((m) => m.ruleId === 'sum-mismatch').map((m) => [m.line, m.data?.computed])).toEqual([[lineColumn(text, text.indexOf('43.2')).line, '48.2']]);
  });
  it('…but a written 0 there is a part, and the column is checked', () => {
    const text = fund('0');
    expect(sums(text)).toEqual([{ ...lineColumn(text, text.indexOf('118.00')), computed: '20.00' }]);
  });
  it('a 合计 between rows with figures', () => {
    const text = '| 项目名称 | 预算数 | 执行数 |\n| --- | --- | --- |\n| 道路养护经费 | 30.00 | 28.50 |\n| 合计 | 99.00 | 99.00 |\n| 水毁修复经费 | 12.00 | 11.00 |';
    expect(lint(text).messages).toEqual([]);
  });
  it('a 其中 list that runs into the 合计 (which rows it lists is unclear)', () => {
    const text = '| 项目名称 | 预算数 | 执行数 |\n| --- | --- | --- |\n| 专项经费 | 30.00 | 28.50 |\n| 其中：培训 | 10.00 | 9.00 |\n| 印刷 | 5.00 | 5.00 |\n| 合计 | 45.00 | 42.50 |';
    expect(lint(text).messages).toEqual([]);
  });
  it('小计 rows that do not each close rows above them', () => {
    const text = '| 项目名称 | 预算数 | 执行数 |\n| --- | --- | --- |\n| 小计 | 99.00 | 99.00 |\n| 道路养护经费 | 30.00 | 28.50 |\n| 桥梁检测经费 | 8.00 | 8.00 |';
    expect(lint(text).messages).toEqual([]);
  });
});

describe('the unit of a table’s money', () => {
  const grid = THREE.map((r, i) => (i === 1 ? [r[0]!, r[1]!, r[2]!, '5.74'] : r));
  it('is 万元 when a line just above the table says so', () => {
    const found = lint(`单位：万元\n\n${render('gfm', grid)}`).messages.filter((m) => m.ruleId === 'sum-mismatch');
    expect(found.map((m) => m.data?.unit)).toEqual(['万元']);
  });
  it('is 元 when nothing says otherwise', () => {
    const found = lint(render('gfm', grid)).messages.filter((m) => m.ruleId === 'sum-mismatch');
    expect(found.map((m) => m.data?.unit)).toEqual(['元']);
  });
});

describe('copied forms', () => {
  // A title and a blank line before a space-separated header; a group's weight alone on its line (`(50分)`).
  const form = (time: string) =>
    [
      '项目支出绩效自评表',
      '',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      '',
      '(50分)',
      '数量指标 培训人数 500人 520人 20 20',
      '质量指标 合格率 95% 98% 20 20',
      `时效指标 完成及时率 100% 100% ${time} 9`,
      '',
      '(30分)',
      '社会效益 群众知晓率 90% 92% 30 28',
    ].join('\n');
  it('a group weight alone on its line opens the group (and a title above the header does not hide the table)', () => {
    expect(lint(form('10')).messages).toEqual([]);
    const text = form('15');
    const found = lint(text).messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.data?.computed, m.data?.written]);
    expect(found).toEqual([['score-sum-mismatch', 'group', 5, 2, '55', '50']]);
    expect(lineColumn(text, text.indexOf('50分'))).toEqual({ line: 5, column: 2 });
  });
  it('a group closed only by the end of a copied table is not checked (the copy may be cut)', () => {
    const cut = form('10').replace('社会效益 群众知晓率 90% 92% 30 28', '社会效益 群众知晓率 90% 92% 20 18');
    expect(lint(cut).messages).toEqual([]);
  });
  it('an indicator name whose head noun 指标 a PDF copy put in a cell of its own is one cell', () => {
    const cells = ['一级指标', '二级指标', '三级指标', '分值', '得分', '效益指标', '经济效益', '指标', '安全率', '10', '10'];
    const text = cells.join('\n\n');
    const tables = findStreamTables(text, splitLines(text), () => true);
    const rows = tables.map((t) => t.rows.map((r) => r.map((c) => text.slice(c.start, c.end).replace(/\s+/g, ''))));
    expect(rows).toEqual([[['一级指标', '二级指标', '三级指标', '分值', '得分'], ['效益指标', '经济效益指标', '安全率', '10', '10']]]);
  });
});

describe('a form copied with each cell closed by a `|` line and rows by `||||` (no 分值 column)', () => {
  const GRID = [
    ['项目名称', '春节走访慰问经费'],
    ['预算执行情况(万元)\n(20分)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'],
    ['年度财政资金总额', '34.64', '34.64', '100%', '20'],
    ['年度绩效目标\n(80分)'],
    ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    ['产出指标(60分)', '数量指标', '慰问对象人数', '350人', '350人', '20'],
    ['质量指标', '补助经费足额拨付率', '100%', '100%', '20'],
    ['时效指标', '春节前完成走访慰问', '按时限完成', '100%', '20'],
    ['效益指标(10分)', '社会效益指标', '群体性事件', '小于5次', '无', '10'],
    ['满意度指标(10分)', '服务对象满意度指标', '满意率', '≥95%', '100%', '10'],
    ['总分(100分)', '100', '自评等级', '优'],
  ];
  /** The grid with cell (row, column) set to `value` marked by NUL, as the copy gives it. */
  const copy = (row = -1, column = -1, value = '') => {
    const marked = GRID.map((r, i) => r.map((c, j) => (i === row && j === column ? `\u0000${value}` : c)))
      .map((r) => r.map((c) => (c === '' ? '|' : `${c}\n|`)).join('\n'))
      .join('\n||||\n');
    const offset = marked.indexOf('\u0000');
    return { text: marked.replace('\u0000', ''), offset };
  };
  const found = (text: string) => lint(text).messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.data?.computed ?? m.data?.sum ?? m.data?.expected]);

  it('that checks out is silent', () => {
    expect(lint(copy().text).messages).toEqual([]);
  });
  it('checks the execution score against the weight in the fund table’s caption', () => {
    const { text, offset } = copy(2, 4, '18');
    const at = lineColumn(text, offset);
    const total = lineColumn(text, text.indexOf('100\n|\n自评等级'));
    expect(found(text)).toEqual([
      ['score-rate-mismatch', 'mismatch', at.line, at.column, '20.00'],
      ['score-sum-mismatch', 'total', total.line, total.column, '98'],
    ]);
  });
  it('caps a group’s scores by the weight in its label', () => {
    const { text } = copy(5, 5, '25');
    const label = lineColumn(text, text.indexOf('60分'));
    const total = lineColumn(text, text.indexOf('100\n|\n自评等级'));
    expect(found(text)).toEqual([
      ['score-exceeds-weight', 'group', label.line, label.column, '65'],
      ['score-sum-mismatch', 'total', total.line, total.column, '105'],
    ]);
  });
  it('checks the indicators’ caption against its groups’ weights', () => {
    const { text, offset } = copy(3, 0, '年度绩效目标\n(70分)');
    const at = lineColumn(text, offset + '年度绩效目标\n('.length);
    expect(found(text)).toEqual([['score-sum-mismatch', 'group', at.line, at.column, '80']]);
  });
  it('reads the 总分 in the first column, its score and its grade after it', () => {
    const total = copy(10, 1, '96');
    expect(found(total.text)).toEqual([['score-sum-mismatch', 'total', lineColumn(total.text, total.offset).line, lineColumn(total.text, total.offset).column, '100']]);
    const grade = copy(10, 3, '良');
    expect(found(grade.text)).toEqual([['grade-mismatch', 'mismatch', lineColumn(grade.text, grade.offset).line, lineColumn(grade.text, grade.offset).column, '优']]);
  });
});

describe('a header row a copy broke over lines', () => {
  const form = (score: string) =>
    [
      '一级指标 | 二级指标 | 三级指标 | 年度 指标值 |',
      '实际 完成值 |',
      '分值 | 得分 | 偏差原因分析及改进措施 |',
      `产出指标 | 数量指标 | 指标1:开展示范村建设数量 | ≤4 | 4 | 10 | ${score} | |`,
      '指标2:建设美丽宜居自然村庄数量 | ≥200 | 202 | 10 | 10 | |',
      '质量指标 | 指标1:验收通过率 | ≥95% | 100% | 5 | 5 | |',
    ].join('\n');
  it('is read as one header', () => {
    expect(lint(form('10')).messages).toEqual([]);
    const text = form('12');
    const found = lint(text).messages.map((m) => [m.ruleId, m.line, m.column, m.data?.score, m.data?.weight]);
    expect(found).toEqual([['score-exceeds-weight', 4, text.split('\n')[3]!.lastIndexOf('12') + 1, '12', '10']]);
  });
  it('but a caption row above a header is no part of it', () => {
    // `预算资金(万元)` names no column: the fund header below stands alone.
    const text = '预算资金(万元) |\n资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | 100.00 | 100.00 | 95.00 | 10 | 95.00% | 9.5 |';
    expect(lint(text).messages).toEqual([]);
    expect(lint(text.replace('| 9.5 |', '| 8 |')).messages.map((m) => m.ruleId)).toEqual(['score-rate-mismatch']);
  });
});
