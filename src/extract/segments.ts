// Split the plain view into segments: prose lines (grouped in paragraphs) and table cells, from
// GFM tables in the tree and from the shapes of tables read in text (tables/layouts.ts).
import type { Segment, TableSource } from '../model.js';
import type { Range, PlainView } from './plain.js';
import { cellBlock, findStreamTables, isCellLine, isTabRow, pipeBlock, tabCells, type Line, type StreamTable } from './tables/layouts.js';

export { EMPTY_CELL } from './tables/cells.js';

/** A table before cells are read. */
export interface RawTable {
  source: TableSource;
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
  const owned = (i: number) => inside(lines[i]!.start, gfmRanges) !== undefined || inside(lines[i]!.start, view.skipped) !== undefined;
  const streams = findStreamTables(plain, lines, (i) => !owned(i));
  let nextStream = 0;

  let paragraph = 0;
  let inParagraph = false;
  // Blank lines inside a run of tab rows do not end the table (seed 004 has them).
  let tsv: RawTable | null = null;

  const closeTsv = () => {
    if (tsv) tables.push(tsv);
    tsv = null;
  };

  const pushRows = (source: TableSource, rows: Range[][]) => {
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

  const pushLine = (start: number, end: number) => {
    segments.push({ kind: 'line', start, end, text: plain.slice(start, end), paragraph });
    inParagraph = true;
  };

  /** Emit line `index` from `from` on: prose around the stream tables that start in it; the line the last table ends on. */
  const streamLine = (index: number, from: number): number => {
    let at = from;
    let lineIndex = index;
    while (nextStream < streams.length && streams[nextStream]!.start < lines[lineIndex]!.end + 1 && streams[nextStream]!.start >= lines[lineIndex]!.start) {
      const table: StreamTable = streams[nextStream++]!;
      if (plain.slice(at, table.start).trim() !== '') {
        closeTsv();
        pushLine(at, table.start);
      }
      pushRows(table.source, table.rows);
      at = table.end;
      while (lineIndex + 1 < lines.length && lines[lineIndex]!.end < at) lineIndex++;
    }
    if (plain.slice(at, lines[lineIndex]!.end).trim() !== '') pushLine(at, lines[lineIndex]!.end);
    return lineIndex;
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
    const stream = streams[nextStream];
    if (stream && stream.start >= line.start && stream.start <= line.end) {
      closeTsv();
      lineIndex = streamLine(lineIndex, line.start);
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
        pushRows('cells', block.rows);
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
    pushLine(line.start, line.end);
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
