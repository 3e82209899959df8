// Bordered tables of a PDF: ruling lines from pdf.js operator lists, grids of cells from the lines,
// text put in the cells, tables joined over page breaks (src/read/pdf-grid.ts), on synthetic input.
import { describe, expect, it } from 'vitest';
import { joinGrids, layoutPages, readGrids, rulingsOf, tableOfGrid, type GridTable, type PathOps, type Ruling } from '../src/read/pdf-grid.js';
import { joinLines, type TextPiece } from '../src/read/pdf-layout.js';

/** pdf.js's operator numbers (its OPS table) and path commands (DrawOPS). */
const OPS: PathOps = { save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
const ENDPATH = 28;
const [M, L, C, Z] = [0, 1, 2, 4];
const path = (paint: number, ...commands: number[]) => ({ fn: OPS.constructPath, args: [paint, [new Float32Array(commands)], null] });
const rect = (x: number, y: number, w: number, h: number) => [M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z];

function operators(...ops: Array<{ fn: number; args: unknown }>): [number[], unknown[]] {
  return [ops.map((o) => o.fn), ops.map((o) => o.args)];
}

const round = (lines: Ruling[]) => lines.map((l) => [l.x1, l.y1, l.x2, l.y2].map((v) => Math.round(v * 10) / 10));

describe('rulingsOf', () => {
  it('reads stroked segments and rectangles, thin filled rectangles, through the transforms in force', () => {
    const [fns, args] = operators(
      // The page clip: no painting.
      path(ENDPATH, ...rect(0, 0, 595, 842)),
      path(OPS.stroke, M, 50, 700, L, 250, 700),
      { fn: OPS.save, args: null },
      { fn: OPS.transform, args: [1, 0, 0, 1, 100, 10] },
      path(OPS.stroke, ...rect(0, 0, 40, 20)),
      { fn: OPS.restore, args: null },
      // A thin filled rectangle is a line; a large one is shading.
      path(OPS.fill, ...rect(50, 600, 200, 0.5)),
      path(OPS.fill, ...rect(50, 500, 200, 50)),
      // A curve is no ruling line; the straight segment after it is.
      path(OPS.stroke, M, 0, 0, C, 10, 10, 20, 10, 30, 0, L, 30, 40),
      // A form XObject's matrix scales what it draws.
      { fn: OPS.paintFormXObjectBegin, args: [[2, 0, 0, 2, 0, 0], null] },
      path(OPS.stroke, M, 10, 10, L, 10, 30),
      { fn: OPS.paintFormXObjectEnd, args: null },
      path(OPS.stroke, M, 300, 300, L, 310, 320),
    );
    expect(round(rulingsOf(fns, args, OPS))).toEqual([
      [50, 700, 250, 700],
      [100, 10, 140, 10],
      [140, 10, 140, 30],
      [100, 30, 140, 30],
      [100, 10, 100, 30],
      [50, 600.3, 250, 600.3],
      [30, 0, 30, 40],
      [20, 20, 20, 60],
    ]);
  });

  it('reads nothing from a page with no paths, or paths pdf.js left empty', () => {
    expect(rulingsOf([], [], OPS)).toEqual([]);
    const [fns, args] = operators({ fn: OPS.constructPath, args: [OPS.stroke, [null], null] });
    expect(rulingsOf(fns, args, OPS)).toEqual([]);
  });
});

/** Text set in a 10-point font, one point per Latin character and ten per Chinese one. */
const piece = (text: string, x: number, y: number): TextPiece => ({ text, x, y, width: [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 5 : 10), 0), height: 10 });
const h = (y: number, x1: number, x2: number): Ruling => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Ruling => ({ x1: x, y1, x2: x, y2 });

/** A grid's lines: horizontal lines at `ys` across, vertical lines at `xs` down, each cell's borders drawn. */
function grid(xs: number[], ys: number[]): Ruling[] {
  return [...ys.map((y) => h(y, xs[0]!, xs[xs.length - 1]!)), ...xs.map((x) => v(x, ys[ys.length - 1]!, ys[0]!))];
}

const cells = (table: GridTable) => tableOfGrid(table).rows.map((row) => row.map((c) => `${c.text}${(c.colSpan ?? 1) > 1 ? `<${c.colSpan}` : ''}${(c.rowSpan ?? 1) > 1 ? `^${c.rowSpan}` : ''}`));

describe('readGrids', () => {
  it('puts each piece in its cell, joins a wrapped cell whatever its height, and leaves the text outside', () => {
    const rulings = grid([100, 200, 300, 400], [700, 680, 640, 620]);
    const pieces = [
      piece('表1', 100, 710),
      piece('项目', 105, 685),
      piece('预算数', 205, 685),
      piece('执行数', 305, 685),
      // Vertically centred: a one-line cell beside a cell wrapped onto two lines.
      piece('特定目标类', 105, 656),
      piece('项目支出', 105, 646),
      piece('35.00', 205, 651),
      piece('25.00', 305, 651),
      piece('合计', 105, 625),
      piece('35.00', 205, 625),
      piece('25.00', 305, 625),
      piece('说明', 100, 600),
    ];
    const { tables, rest } = readGrids(pieces, rulings, 3);
    expect(rest.map((p) => p.text)).toEqual(['表1', '说明']);
    expect(tables).toHaveLength(1);
    expect(cells(tables[0]!)).toEqual([
      ['项目', '预算数', '执行数'],
      ['特定目标类项目支出', '35.00', '25.00'],
      ['合计', '35.00', '25.00'],
    ]);
    expect(tableOfGrid(tables[0]!).pages).toEqual([3, 3, 3]);
    expect(tableOfGrid(tables[0]!).rows[1]![0]).toEqual({ text: '特定目标类项目支出', colSpan: 1, rowSpan: 1, place: { page: 3 } });
  });

  it('reads borders drawn cell by cell, as thin filled rectangles overlapping at the corners (as Word exports them)', () => {
    // Each cell's four sides a 0.5-point filled rectangle, shared sides drawn twice, a little long.
    const ops = [100, 200, 300].flatMap((x) =>
      [700, 680].flatMap((y) => [
        path(OPS.fill, ...rect(x - 0.25, y - 0.25, 100.5, 0.5)),
        path(OPS.fill, ...rect(x - 0.25, y - 20.25, 100.5, 0.5)),
        path(OPS.fill, ...rect(x - 0.25, y - 20.25, 0.5, 20.5)),
        path(OPS.fill, ...rect(x + 99.75, y - 20.25, 0.5, 20.5)),
      ]),
    );
    const [fns, args] = operators(...ops);
    const pieces = [piece('项目', 105, 685), piece('预算数', 205, 685), piece('执行数', 305, 685), piece('合计', 105, 665), piece('150.00', 205, 665), piece('135.00', 305, 665)];
    const { tables, rest } = readGrids(pieces, rulingsOf(fns, args, OPS), 1);
    expect(rest).toEqual([]);
    expect(cells(tables[0]!)).toEqual([['项目', '预算数', '执行数'], ['合计', '150.00', '135.00']]);
  });

  it('merges cells whose border is not drawn into one spanning cell', () => {
    // 项目资金 spans two rows (no line under it in the first column); 说明 spans two columns.
    const rulings = [
      h(700, 100, 400),
      h(680, 200, 400),
      h(660, 100, 400),
      h(640, 100, 400),
      v(100, 640, 700),
      v(200, 640, 700),
      v(300, 660, 700),
      v(400, 640, 700),
    ];
    const pieces = [piece('项目资金', 105, 685), piece('预算数', 205, 690), piece('执行数', 305, 690), piece('150.00', 205, 665), piece('135.00', 305, 665), piece('合计', 105, 645), piece('说明文字', 205, 645)];
    const { tables } = readGrids(pieces, rulings, 1);
    expect(cells(tables[0]!)).toEqual([['项目资金^2', '预算数', '执行数'], ['150.00', '135.00'], ['合计', '说明文字<2']]);
  });

  it('parts a piece pdf.js ran over a cell border (`100.00 10` for 执行率 and 得分)', () => {
    const rulings = grid([100, 150, 200, 250], [700, 680, 660]);
    const pieces = [piece('分值', 105, 685), piece('执行率', 155, 685), piece('得分', 205, 685), piece('10', 105, 665), { text: '100.00 10', x: 155, y: 665, width: 50 + 2 + 10, height: 10 }];
    const { tables } = readGrids(pieces, rulings, 1);
    expect(cells(tables[0]!)).toEqual([['分值', '执行率', '得分'], ['10', '100.00', '10']]);
  });

  it('takes no table from a frame, a lone rule, a page with no lines, or stray lines inside a cell', () => {
    const text = [piece('一、基本情况', 100, 700), piece('正文', 100, 680)];
    // A frame round the page and an underline under the title: one cell is no table.
    expect(readGrids(text, [...grid([50, 550], [800, 40]), h(695, 100, 160)], 1)).toEqual({ tables: [], rest: text });
    expect(readGrids(text, [], 1)).toEqual({ tables: [], rest: text });
    // Graph paper (a chart's grid) is a drawing, not a form.
    const paper = grid(Array.from({ length: 81 }, (_, k) => 50 + 5 * k), Array.from({ length: 81 }, (_, k) => 750 - 5 * k));
    expect(readGrids(text, paper, 1)).toEqual({ tables: [], rest: text });
    // An underline inside a cell and a tick mark are no borders: the table is the 2 × 2 grid.
    const rulings = [...grid([100, 200, 300], [700, 680, 660]), h(683, 210, 240), v(250, 661, 663)];
    const { tables } = readGrids([piece('甲', 105, 685), piece('乙', 205, 685), piece('丙', 105, 665), piece('丁', 205, 665)], rulings, 1);
    expect(cells(tables[0]!)).toEqual([['甲', '乙'], ['丙', '丁']]);
  });

  it('keeps a table drawn right under another with other columns as a band of its own columns', () => {
    const rulings = [...grid([100, 150, 300], [700, 680, 660]), ...grid([100, 250, 280, 300], [660, 640, 620])];
    const pieces = [piece('甲', 105, 685), piece('乙', 155, 685), piece('丙', 105, 665), piece('丁', 155, 665), piece('一', 105, 645), piece('二', 255, 645), piece('三', 285, 645), piece('四', 105, 625)];
    const { tables } = readGrids(pieces, rulings, 1);
    expect(tables).toHaveLength(1);
    expect(cells(tables[0]!)).toEqual([['甲', '乙'], ['丙', '丁'], ['一', '二', '三'], ['四', '', '']]);
  });
});

describe('tables over a page break', () => {
  const page = (n: number, rows: Array<[string, string, string]>, top: number): { table: GridTable; bottom: number } => {
    const ys = rows.map((_, k) => top - 20 * k).concat(top - 20 * rows.length);
    const pieces = rows.flatMap(([a, b, c], k) => [piece(a, 105, ys[k]! - 15), piece(b, 205, ys[k]! - 15), piece(c, 305, ys[k]! - 15)].filter((p) => p.text !== ''));
    const { tables } = readGrids(pieces, grid([100, 200, 300, 400], ys), n);
    return { table: tables[0]!, bottom: ys[ys.length - 1]! };
  };

  it('joins the table on the next page, its repeated header dropped', () => {
    const first = page(1, [['指标', '分值', '得分'], ['数量', '20', '18']], 100);
    const second = page(2, [['指标', '分值', '得分'], ['质量', '10', '10'], ['总分', '30', '28']], 800);
    const blocks = layoutPages([
      { lines: joinLines([piece('表：自评表', 100, 120)], 1), tables: [first.table] },
      { lines: joinLines([piece('联系人：王某', 100, 700)], 2), tables: [second.table] },
    ]);
    expect(blocks.map((b) => ('line' in b ? b.line.text : b.table.rows.map((r) => r.map((c) => c.text).join('|'))))).toEqual([
      '表：自评表',
      ['指标|分值|得分', '数量|20|18', '质量|10|10', '总分|30|28'],
      '联系人：王某',
    ]);
    expect('table' in blocks[1]! && blocks[1].table.pages).toEqual([1, 1, 2, 2]);
  });

  it('joins a row broken over the page break to its first part when the page is full, not a row of its own figures', () => {
    const first = page(1, [['指标', '分值', '得分'], ['组织召开业务', '20', '18']], 100).table;
    const rest = page(2, [['工作会', '', ''], ['质量', '10', '10']], 800).table;
    expect(cells(joinGrids(first, rest, true))).toEqual([['指标', '分值', '得分'], ['组织召开业务工作会', '20', '18'], ['质量', '10', '10']]);
    // On a page not full the row was not broken: a row of its own.
    expect(cells(joinGrids(first, rest, false))).toEqual([['指标', '分值', '得分'], ['组织召开业务', '20', '18'], ['工作会', '', ''], ['质量', '10', '10']]);
    // A figure under a figure is the next row, not the rest of this one.
    const next = page(2, [['', '10', '10']], 800).table;
    expect(cells(joinGrids(first, next, true))).toEqual([['指标', '分值', '得分'], ['组织召开业务', '20', '18'], ['', '10', '10']]);
  });

  it('does not join tables of other columns, nor a table that does not open the next page', () => {
    const first = page(1, [['指标', '分值', '得分'], ['数量', '20', '18']], 100).table;
    const other = readGrids([piece('甲', 105, 785), piece('乙', 305, 785), piece('丙', 105, 765)], grid([100, 300, 500], [800, 780, 760]), 2).tables[0]!;
    const joined = layoutPages([
      { lines: [], tables: [first] },
      { lines: [], tables: [other] },
    ]);
    expect(joined.filter((b) => 'table' in b)).toHaveLength(2);
    const later = layoutPages([
      { lines: [], tables: [first] },
      { lines: joinLines([piece('续表', 100, 820)], 2), tables: [page(2, [['质量', '10', '10'], ['总分', '30', '28']], 800).table] },
    ]);
    expect(later.filter((b) => 'table' in b)).toHaveLength(2);
  });

  it('keeps a last row run onto the next page, and reads a row of boxes alone as a line', () => {
    const first = page(1, [['指标', '分值', '得分'], ['数量', '20', '18']], 100).table;
    const total = page(2, [['总分', '20', '18']], 800).table;
    const boxes = readGrids([piece('单位：万元', 105, 585), piece('填报日期：2025年1月', 305, 585)], grid([100, 300, 500], [600, 580]), 2).tables[0]!;
    const blocks = layoutPages([
      { lines: [], tables: [first] },
      { lines: joinLines([piece('说明', 100, 650)], 2), tables: [total, boxes] },
    ]);
    expect(blocks.map((b) => ('line' in b ? b.line.text : b.table.rows.map((r) => r.map((c) => c.text).join('|'))))).toEqual([
      ['指标|分值|得分', '数量|20|18', '总分|20|18'],
      '说明',
      '单位：万元填报日期：2025年1月',
    ]);
  });
});
