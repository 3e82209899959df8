// Extraction of dates, years, the report year, the outline, tables and inline directives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/parse.js';

const model = (text: string) => extract(text, parse(text));

describe('dates and years', () => {
  it.each([
    ['截至 2024 年 12 月，在职4人', ['2024年', '12月']],
    ['所有支出均在 **2024** 年 **12** 月 **31** 日前完成', ['2024年', '12月', '31日']],
    ['完成时间\t2324年12月31日\t达成', ['2324年', '12月', '31日']],
    ['截止12月共发放', ['12月']],
    ['于2020月12月完成', ['2020月', '12月']],
    ['截至220211231日', ['220211231日']],
    ['填报日期：2025-01-15', ['2025年', '1月', '15日']],
    ['覆盖0-36月龄儿童，连续12个月', []],
  ])('%s', (text, fields) => {
    const m = model(text);
    expect(m.dates.flatMap((d) => d.fields.map((f) => `${f.value}${f.unit}`))).toEqual(fields);
  });
  it('records years with 年度 as fiscal', () => {
    const m = model('2023年度工作开展情况，2022年的第9名');
    expect(m.years.map((y) => [y.value, y.fiscal])).toEqual([[2023, true], [2022, false]]);
  });
  it('finds years after ASCII commas in OCR text', () => {
    expect(model('协肯定,2024年9月,2次在国家').years.map((y) => y.value)).toEqual([2024]);
  });
});

describe('report year', () => {
  it.each([
    ['鹿泉区计划生育协会\n2025年度整体支出绩效自评报告\n\n2024年省级行动结余0.24万元', 2025, 'title'],
    ['部门整体支出绩效自评报告\n\n2023年度基本支出，2023年度项目支出，2024年度征订任务', 2023, 'fiscal-year'],
    ['部门整体支出绩效自评表\n\n填报日期：2025年1月15日\n\n完成情况良好', 2024, 'fill-date'],
    ['部门整体支出绩效自评表\n\n2024年3月推进，2024年9月交流', 2024, 'year-mentions'],
  ])('%s', (text, year, from) => {
    expect(model(text).reportYear).toEqual({ year, from });
  });
  it('is null when the text names no year', () => {
    expect(model('部门整体支出绩效自评报告\n\n内容').reportYear).toBeNull();
  });
  it('takes a date alone on a line as the report’s own date', () => {
    const m = model('2025 年度整体支出绩效自评报告\n\n2026 年 6 月 22 日\n\n（此页为封面）');
    expect(m.reportDate && [m.reportDate.year, m.reportDate.month, m.reportDate.day]).toEqual([2026, 6, 22]);
  });
});

describe('outline', () => {
  const outline = (text: string) => model(text).headings.map((h) => [h.level, h.style, h.number, h.text]);
  it('levels markers by first appearance', () => {
    const text = '一、部门基本情况\n（一）部门职能\n1、宣传贯彻\n（1）总体目标\n①数量指标：完成\n二、支出情况\n  （一）收支';
    expect(outline(text)).toEqual([
      [1, 'cn-dun', 1, '部门基本情况'],
      [2, 'cn-paren', 1, '部门职能'],
      [3, 'arabic-dun', 1, '宣传贯彻'],
      [4, 'arabic-paren', 1, '总体目标'],
      [5, 'circled', 1, '数量指标：完成'],
      [1, 'cn-dun', 2, '支出情况'],
      [2, 'cn-paren', 1, '收支'],
    ]);
  });
  it('reads run-on headings, full-width spaces and half-width parentheses', () => {
    const m = model('\u3000\u3000(二)综合评价结论。反映自评得分及评价等级。');
    expect(m.headings.map((h) => [h.style, h.number, h.text, h.runOn])).toEqual([['cn-paren', 2, '综合评价结论', true]]);
  });
  it('skips inline numbered lists, decimals and table rows', () => {
    expect(outline('1.让群众得到保障。2.按时间节点做好帮扶。3.对困难家庭救助。')).toEqual([]);
    expect(outline('5.29会员日活动')).toEqual([]);
    expect(outline('序号\t项目\t得分\n1\t宣传\t100')).toEqual([]);
  });
  it('reads Markdown headings', () => {
    expect(outline('# 自评报告\n\n## 一、基本情况\n\n正文')).toEqual([
      [1, 'markdown', 1, '自评报告'],
      [2, 'cn-dun', 1, '基本情况'],
    ]);
  });
});

describe('tables', () => {
  it('reads tab-separated rows with spanning empty cells and repaired numbers', () => {
    const text = '\t资金来源\t年初预算数\t执行率\n\t资金总额\t3, 104, 531. 58\t100.00\n\t人员类\t0\t-';
    const m = model(text);
    expect(m.tables).toHaveLength(1);
    const rows = m.tables[0]!.rows.map((r) => r.map((c) => c.text));
    expect(rows).toEqual([
      ['', '资金来源', '年初预算数', '执行率'],
      ['', '资金总额', '3, 104, 531. 58', '100.00'],
      ['', '人员类', '0', '-'],
    ]);
    const cell = m.tables[0]!.rows[1]![2]!;
    const figure = m.figures[cell.figure!]!;
    expect([figure.value.toString(), figure.writtenDecimals, figure.repaired, figure.label]).toEqual(['3104531.58', 2, true, '资金总额']);
    expect(m.tables[0]!.rows[2]![3]!.empty).toBe(true);
  });
  it('reads GFM tables with cell positions', () => {
    const text = '| 项目 | 金额(元) |\n| --- | --- |\n| 保险 | =22950 |\n';
    const m = model(text);
    const cell = m.tables[0]!.rows[1]![1]!;
    expect([cell.text, cell.span.start.line, cell.span.start.column]).toEqual(['=22950', 3, 8]);
    const figure = m.figures[cell.figure!]!;
    expect([figure.value.toString(), figure.comparator]).toEqual(['22950', '=']);
  });
  it('keeps blank lines and one-cell rows inside a run of tab rows in one table (seed 004)', () => {
    const m = model(readFileSync(new URL('../../fixtures/seed-004-qiannan-2024-form.md', import.meta.url), 'utf8'));
    expect(m.tables).toHaveLength(1);
    const labels = m.tables[0]!.rows.map((r) => r.map((c) => c.text).join('|'));
    expect(labels[0]).toMatch(/^単位/);
    expect(labels.at(-1)).toMatch(/总 分/);
  });
  it('reads a one-cell-per-line table (seed 002)', () => {
    const m = model(readFileSync(new URL('../../fixtures/seed-002-luquan-2025.md', import.meta.url), 'utf8'));
    expect(m.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([
      [
        ['序号', '项目名称', '自评得分', '评价等级'],
        ['1', '计生宣传服务、流动人员宣传教育、青春健康活动', '100分', '优'],
        ['2', '计生系列保险、亲情关爱、生育关怀、暖心家园、健康鹿泉等经费', '97分', '优'],
        ['3', '军人劳务派遣人员工资保险等', '100分', '优'],
        ['4', '省级计划生育关爱行动', '100分', '优'],
      ],
    ]);
  });
  it('reads pipe rows broken across lines', () => {
    const m = model('| 资金来源 | 全年预算数(A) | 全年执行数(B) |\n| 资金总额 | 100.00\n| 90.00 |\n| 人员类 | 60.00 | 55.00 |');
    expect(m.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['资金来源', '全年预算数(A)', '全年执行数(B)'],
      ['资金总额', '100.00', '90.00'],
      ['人员类', '60.00', '55.00'],
    ]);
  });
  it.each([
    // Issue #14: the `|` lines made rows with no cells, and reading the end of the last one crashed.
    ['a lone | before and after', '|\n|||||\n|\n', []],
    ['a lone | between two rows', '| 项目 | 金额 |\n|\n| 保险 | 22950 |\n', [['项目', '金额'], ['保险', '22950']]],
    ['only lone | lines', '| |\n|\n|\n', []],
  ])('drops pipe rows with no cells: %s', (_name, text, rows) => {
    expect(model(text).tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual(rows.length ? [rows] : []);
  });
});

describe('directives', () => {
  it('reads disable comments with and without rule ids', () => {
    const m = model('<!-- crossfoot-disable missing-figure -->\n\n正文\n\n<!-- crossfoot-enable -->\n\n<!-- crossfoot-disable-next-line invalid-date, implausible-year -->\n正文');
    expect(m.directives.map(({ span: _span, ...directive }) => directive)).toEqual([
      { kind: 'disable', ruleIds: ['missing-figure'], line: 1 },
      { kind: 'enable', ruleIds: [], line: 5 },
      { kind: 'disable-next-line', ruleIds: ['invalid-date', 'implausible-year'], line: 7 },
    ]);
    // The comment's own place, where an unknown rule id in it is reported.
    expect(m.directives[2]!.span).toEqual({ start: { line: 7, column: 1, offset: 74 }, end: { line: 7, column: 68, offset: 141 } });
  });
});
