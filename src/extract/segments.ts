// Split the plain view into segments: prose lines (grouped in paragraphs) and table cells
// (GFM pipe tables from the tree, tab-separated rows from the text).
import type { Segment } from '../model.js';
import type { Range, PlainView } from './plain.js';

/** A cell holding nothing, or a dash for nothing (`-`, `—`, `_`, OCR's `一`). */
export const EMPTY_CELL = /^[-—–_－一]*$/;

/** A table before cells are read. */
export interface RawTable {
  source: 'gfm' | 'tsv' | 'cells' | 'pipes';
  start: number;
  end: number;
  /** Segment indices by row and column. */
  rows: number[][];
}

/** Segments and tables of a document. */
export interface Segmentation {
  segments: Segment[];
  tables: RawTable[];
}

interface Line {
  start: number;
  end: number;
}

/** Lines of a text (without their terminators); CRLF, LF and CR all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  lines.push({ start: at, end: text.length });
  return lines;
}

function inside(offset: number, ranges: Range[]): Range | undefined {
  return ranges.find((r) => offset >= r.start && offset < r.end);
}

/** Tab-separated cells of a line: [start, end) of each cell, trimmed of spaces. */
function tabCells(plain: string, line: Line): Range[] {
  const cells: Range[] = [];
  let at = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || plain[i] === '\t') {
      let s = at;
      let e = i;
      while (s < e && /[ \u3000]/.test(plain[s]!)) s++;
      while (e > s && /[ \u3000]/.test(plain[e - 1]!)) e--;
      cells.push({ start: s, end: e });
      at = i + 1;
    }
  }
  return cells;
}

/** A line is a table row when tabs separate at least two non-empty cells. */
function isTabRow(plain: string, line: Line): boolean {
  // Look for a tab within the line only: a search past its end would make long tab-free texts quadratic.
  if (!plain.slice(line.start, line.end).includes('\t')) return false;
  return tabCells(plain, line).filter((c) => c.end > c.start).length >= 2;
}

/** A line that holds one tab-indented cell (`\t100分`): a form exported one cell per line. */
function isCellLine(plain: string, line: Line): boolean {
  const text = plain.slice(line.start, line.end);
  // Not /^\t[^\t]*\S[^\t]*$/: its two runs can split a long cell every way before failing.
  return text[0] === '\t' && !text.includes('\t', 1) && /\S/.test(text);
}

/** Rows of a one-cell-per-line block starting at line `from`, or null if it is not a table. */
function cellBlock(plain: string, lines: Line[], from: number): { rows: Line[][]; next: number } | null {
  const rows: Line[][] = [];
  let row: Line[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = plain.slice(line.start, line.end).trim() === '';
    if (blank) {
      if (row.length) rows.push(row);
      row = [];
      continue;
    }
    if (!isCellLine(plain, line)) break;
    row.push(line);
  }
  if (row.length) rows.push(row);
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || rows.filter((r) => r.length === width).length < 2) return null;
  return { rows, next: i };
}

/** Cells of `|`-separated text on one line (edge pipes dropped), trimmed. */
function pipeCells(plain: string, line: Line): Range[] {
  const cells: Range[] = [];
  let at = line.start;
  const text = plain.slice(line.start, line.end);
  const leading = text.search(/\S/);
  if (leading >= 0 && text[leading] === '|') at = line.start + leading + 1;
  for (let i = at; i <= line.end; i++) {
    if (i === line.end || plain[i] === '|') {
      let s = at;
      let e = i;
      while (s < e && /\s/.test(plain[s]!)) s++;
      while (e > s && /\s/.test(plain[e - 1]!)) e--;
      if (!(i === line.end && s === e)) cells.push({ start: s, end: e });
      at = i + 1;
    }
  }
  return cells;
}

/** Rows of `|` cells broken across lines: a row ends on a line that ends with `|`. */
function pipeBlock(plain: string, lines: Line[], from: number): { rows: Range[][]; next: number } | null {
  const first = plain.slice(lines[from]!.start, lines[from]!.end).trim();
  if (!first.startsWith('|') || (first.match(/\|/g)?.length ?? 0) < 2) return null;
  const rows: Range[][] = [];
  let row: Range[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const text = plain.slice(lines[i]!.start, lines[i]!.end).trim();
    if (text === '' || !text.includes('|')) break;
    for (const cell of pipeCells(plain, lines[i]!)) row.push(cell);
    if (text.endsWith('|')) {
      // A line of a lone `|` ends a row that has no cells: drop it (a table needs two rows of cells).
      if (row.length) rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  if (rows.length < 2) return null;
  return { rows, next: i };
}

/** A table cell's segment, with its text. */
function cellSegment(plain: string, start: number, end: number, paragraph: number, table: number, row: number, column: number): Segment {
  return { kind: 'cell', start, end, text: plain.slice(start, end), paragraph, table, row, column };
}

/** Segment the plain view. */
export function segment(view: PlainView): Segmentation {
  const { plain } = view;
  const segments: Segment[] = [];
  const tables: RawTable[] = [];
  const lines = splitLines(plain);
  const gfmRanges = view.gfmTables.map((t) => t.range);
  const emittedGfm = new Set<number>();

  let paragraph = 0;
  let inParagraph = false;
  // Blank lines inside a run of tab rows do not end the table (seed 004 has them).
  let tsv: RawTable | null = null;

  const closeTsv = () => {
    if (tsv) tables.push(tsv);
    tsv = null;
  };

  const pushRows = (source: RawTable['source'], rows: Range[][]) => {
    closeTsv();
    const tableIndex = tables.length;
    const table: RawTable = { source, start: rows[0]![0]!.start, end: rows[rows.length - 1]!.at(-1)!.end, rows: [] };
    rows.forEach((cells, rowIndex) => {
      table.rows.push(
        cells.map((cell, column) => {
          segments.push(cellSegment(plain, cell.start, cell.end, paragraph, tableIndex, rowIndex, column));
          return segments.length - 1;
        }),
      );
    });
    tables.push(table);
    if (inParagraph) paragraph++;
    inParagraph = false;
  };

  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!;
    const gfm = inside(line.start, gfmRanges);
    if (gfm) {
      const index = gfmRanges.indexOf(gfm);
      if (!emittedGfm.has(index)) {
        closeTsv();
        emittedGfm.add(index);
        tables.push(gfmTable(view, index, segments, tables.length));
      }
      inParagraph = false;
      continue;
    }
    if (inside(line.start, view.skipped)) {
      inParagraph = false;
      continue;
    }
    const blank = plain.slice(line.start, line.end).trim() === '';
    if (blank) {
      if (inParagraph) paragraph++;
      inParagraph = false;
      continue;
    }
    if (!tsv && isCellLine(plain, line)) {
      const block = cellBlock(plain, lines, lineIndex);
      if (block) {
        pushRows('cells', block.rows.map((row) => row.map((l) => ({ start: l.start + 1, end: l.start + 1 + plain.slice(l.start + 1, l.end).trimEnd().length }))));
        lineIndex = block.next - 1;
        continue;
      }
    }
    if (!tsv && plain[line.start] !== '\t') {
      const block = pipeBlock(plain, lines, lineIndex);
      if (block) {
        pushRows('pipes', block.rows);
        lineIndex = block.next - 1;
        continue;
      }
    }
    // Inside a run of tab rows, a row with one filled cell (`\t\t总 分\t\t\t`) still belongs to it.
    const continuesTable = tsv !== null && (plain.slice(line.start, line.end).match(/\t/g)?.length ?? 0) >= 3;
    if (isTabRow(plain, line) || continuesTable) {
      if (!tsv) {
        tsv = { source: 'tsv', start: line.start, end: line.end, rows: [] };
      }
      const tableIndex = tables.length;
      const rowIndex = tsv.rows.length;
      const row: number[] = [];
      tabCells(plain, line).forEach((cell, column) => {
        row.push(segments.length);
        segments.push(cellSegment(plain, cell.start, cell.end, paragraph, tableIndex, rowIndex, column));
      });
      tsv.rows.push(row);
      tsv.end = line.end;
      if (inParagraph) paragraph++;
      inParagraph = false;
      continue;
    }
    closeTsv();
    segments.push({ kind: 'line', start: line.start, end: line.end, text: plain.slice(line.start, line.end), paragraph });
    inParagraph = true;
  }
  closeTsv();
  return { segments, tables };
}

function gfmTable(view: PlainView, index: number, segments: Segment[], tableIndex: number): RawTable {
  const { node, range } = view.gfmTables[index]!;
  const table: RawTable = { source: 'gfm', start: range.start, end: range.end, rows: [] };
  node.children.forEach((rowNode, rowIndex) => {
    const row: number[] = [];
    rowNode.children.forEach((cellNode, column) => {
      const s = cellNode.position?.start.offset;
      const e = cellNode.position?.end.offset;
      if (s === undefined || e === undefined) return;
      // The cell's range includes its pipes and padding: trim them.
      let cs = s;
      let ce = e;
      while (cs < ce && /[|\s]/.test(view.plain[cs]!)) cs++;
      while (ce > cs && /[|\s]/.test(view.plain[ce - 1]!)) ce--;
      row.push(segments.length);
      segments.push(cellSegment(view.plain, cs, ce, -1, tableIndex, rowIndex, column));
    });
    table.rows.push(row);
  });
  return table;
}
