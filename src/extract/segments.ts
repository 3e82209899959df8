// Split the plain view into segments: prose lines (grouped in paragraphs) and table cells
// (GFM pipe tables from the tree, tab-separated rows from the text).
import type { Range, PlainView } from './plain.js';

/** A segment before positions are attached. */
export interface RawSegment {
  kind: 'line' | 'cell';
  start: number;
  end: number;
  paragraph: number;
  table?: number;
  row?: number;
  column?: number;
}

/** A table before cells are read. */
export interface RawTable {
  source: 'gfm' | 'tsv';
  start: number;
  end: number;
  /** Segment indices by row and column. */
  rows: number[][];
}

/** Segments and tables of a document. */
export interface Segmentation {
  segments: RawSegment[];
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
  if (plain.indexOf('\t', line.start) === -1 || plain.indexOf('\t', line.start) >= line.end) return false;
  return tabCells(plain, line).filter((c) => c.end > c.start).length >= 2;
}

/** Segment the plain view. */
export function segment(view: PlainView): Segmentation {
  const { plain } = view;
  const segments: RawSegment[] = [];
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

  for (const line of lines) {
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
    if (isTabRow(plain, line)) {
      if (!tsv) {
        tsv = { source: 'tsv', start: line.start, end: line.end, rows: [] };
      }
      const tableIndex = tables.length;
      const rowIndex = tsv.rows.length;
      const row: number[] = [];
      tabCells(plain, line).forEach((cell, column) => {
        row.push(segments.length);
        segments.push({ kind: 'cell', start: cell.start, end: cell.end, paragraph, table: tableIndex, row: rowIndex, column });
      });
      tsv.rows.push(row);
      tsv.end = line.end;
      if (inParagraph) paragraph++;
      inParagraph = false;
      continue;
    }
    closeTsv();
    segments.push({ kind: 'line', start: line.start, end: line.end, paragraph });
    inParagraph = true;
  }
  closeTsv();
  return { segments, tables };
}

function gfmTable(view: PlainView, index: number, segments: RawSegment[], tableIndex: number): RawTable {
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
      segments.push({ kind: 'cell', start: cs, end: ce, paragraph: -1, table: tableIndex, row: rowIndex, column });
    });
    table.rows.push(row);
  });
  return table;
}
