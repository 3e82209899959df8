// Render one form grid in every shape a 自评表 arrives in: GFM pipes, tab-separated rows,
// one cell per line, pipe rows broken across lines, and the shapes a copy from a web page or a
// PDF leaves: pipe rows without a leading pipe or a delimiter row, one cell per line ending in ` |`
// with `|||` between rows, bare cells between blank lines, space-separated rows, and the whole
// form on one line. In the copied shapes a first-column cell merged with the one above (`-`) is
// dropped, as the copy drops it.
export type Shape = 'gfm' | 'tsv' | 'cells' | 'pipes' | 'pipe-rows' | 'pipe-cells' | 'bare-cells' | 'spaces' | 'one-line';

/** All shapes. */
export const SHAPES: Shape[] = ['gfm', 'tsv', 'cells', 'pipes', 'pipe-rows', 'pipe-cells', 'bare-cells', 'spaces', 'one-line'];

/** A row as a copy leaves it: a merged first cell (`-`) is not there. */
function copied(row: string[]): string[] {
  return row[0] === '-' ? row.slice(1) : row;
}

/** The grid as text in a shape. */
export function render(shape: Shape, grid: string[][]): string {
  switch (shape) {
    case 'gfm':
      return [grid[0]!, grid[0]!.map(() => '---'), ...grid.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
    case 'tsv':
      return grid.map((r) => r.join('\t')).join('\n');
    case 'cells':
      return grid.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
    case 'pipes':
      // Each data row is broken after its second cell, as web and Word exports do.
      return grid
        .map((r, i) => (i === 0 ? `| ${r.join(' | ')} |` : `| ${r.slice(0, 2).join(' | ')}\n| ${r.slice(2).join(' | ')} |`))
        .join('\n');
    case 'pipe-rows':
      return grid.map((r) => `${copied(r).join(' | ')} |`).join('\n');
    case 'pipe-cells':
      return ['|', ...grid.map((r) => copied(r).map((c) => (c === '-' ? '|' : `${c} |`)).join('\n'))].join('\n|||\n|\n') + '\n|||';
    case 'bare-cells':
      return grid.map((r) => copied(r).map((c) => (c === '-' ? ' ' : c)).join('\n\n')).join('\n\n');
    case 'spaces':
      return grid.map((r) => copied(r).join(' ')).join('\n');
    case 'one-line':
      return `附件：项目支出绩效自评表 ${grid.map((r) => copied(r).join(' ')).join(' ')}`;
  }
}

/** The fund table of a 自评表 that checks out. */
export const FUND: string[][] = [
  ['资金来源', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率', '得分'],
  ['资金总额', '120.00', '150.00', '135.00', '10', '90.00', '9'],
  ['人员类项目', '80.00', '90.00', '88.00', '0', '-', '-'],
  ['运转类项目', '20.00', '25.00', '22.00', '0', '-', '-'],
  ['特定目标类项目', '20.00', '35.00', '25.00', '0', '-', '-'],
];

/** The indicator table of a 自评表 that checks out (Σ 得分 = 87 of 100: 良). */
export const INDICATORS: string[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标(50分)', '数量指标', '开展宣传活动', '=5场次', '5场次', '20', '20'],
  ['-', '质量指标', '培训合格率', '≥95%', '98%', '15', '15'],
  ['-', '时效指标', '按时完成率', '100%', '100%', '15', '14'],
  ['效益指标(40分)', '社会效益', '群众知晓率', '≥90%', '92%', '40', '28'],
  ['满意度指标(10分)', '满意度', '服务对象满意度', '≥95%', '96%', '10', '10'],
  ['总分', '-', '-', '-', '-', '100', '87'],
];

/** A copy of a grid with one cell changed. */
export function edit(grid: string[][], row: number, column: number, value: string): string[][] {
  return grid.map((r, i) => r.map((c, j) => (i === row && j === column ? value : c)));
}

/** Render a grid with cell (row, column) set to `value`, and the offset where that value starts. */
export function renderAt(shape: Shape, grid: string[][], row: number, column: number, value: string): { text: string; offset: number } {
  const marked = render(shape, edit(grid, row, column, `\u0000${value}`));
  const offset = marked.indexOf('\u0000');
  return { text: marked.replace('\u0000', ''), offset };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Change the first number written in `written` by `step` of its value (at least four units of its
 * last place), up or down, keeping its decimals and its thousands separators' absence.
 */
export function mutateNumber(written: string, direction: 1 | -1 = 1, step = 0.1): string {
  const m = /^(.*?)([\d,]+(?:\.\d+)?)(.*)$/s.exec(written)!;
  const plain = m[2]!.replace(/,/g, '');
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  const value = Number(plain);
  const change = Math.max(Math.abs(value) * step, 4 * 10 ** -decimals);
  return `${m[1]}${Math.max(0, value + direction * change).toFixed(decimals)}${m[3]}`;
}
