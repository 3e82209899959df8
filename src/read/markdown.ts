// The Markdown every reader writes: headings as `#`, a paragraph per line (a blank line between
// paragraphs for readers whose source has paragraphs, so Markdown keeps them apart), tables as GFM tables
// whose merged cells span (the text in the first cell, the cells it covers empty, as a .docx is
// read), with the original place of each piece noted as it is written (see source.ts).
import type { PlaceSpan, ReadText, SourcePlace } from './source.js';

/** One cell of a table as a reader found it. */
export interface WriterCell {
  text: string;
  /** Columns the cell covers (default 1). */
  colSpan?: number;
  /** Rows the cell covers (default 1). */
  rowSpan?: number;
  place?: SourcePlace;
}

/** Cell text on one line, with GFM's cell separator escaped. */
export function cellText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** One line of paragraph text: line breaks inside it become spaces. */
function lineText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** How a writer lays out paragraphs. */
export interface WriterOptions {
  /**
   * A blank line between paragraphs: the source's paragraphs stay paragraphs in Markdown (lines
   * one under another are one Markdown paragraph), and a line broken inside a paragraph is written
   * with `line`, under it. Without it (a workbook's cells) paragraphs are lines one under another.
   */
  apart?: boolean;
}

/** Accumulates Markdown text line by line, and the places of its pieces. */
export class MarkdownWriter {
  private readonly lines: string[] = [];
  private readonly places: PlaceSpan[] = [];

  constructor(private readonly options: WriterOptions = {}) {}

  /** A heading of `level` (1–6). */
  heading(level: number, text: string, place?: SourcePlace): void {
    const body = lineText(text);
    if (body === '') return;
    this.separate();
    this.push(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${body}`, place);
    this.lines.push('');
  }

  /** A paragraph: one line of text. */
  paragraph(text: string, place?: SourcePlace): void {
    const body = lineText(text);
    if (body === '') return;
    if (this.options.apart) this.separate();
    this.push(body, place);
  }

  /**
   * A line of the paragraph above, after a line break inside it (an HTML <br>, Word's Shift+Enter):
   * written under it with no blank line between, so Markdown reads one paragraph. With nothing
   * above to continue, a paragraph.
   */
  line(text: string, place?: SourcePlace): void {
    const body = lineText(text);
    if (body === '') return;
    const last = this.lines[this.lines.length - 1];
    if (last === undefined || last === '' || last.startsWith('|') || last.startsWith('#')) this.paragraph(body, place);
    else this.push(body, place);
  }

  /**
   * A table: rows of cells with their spans laid on a grid, the first row as the header. A cell
   * merged over several columns or rows leaves the places it covers empty.
   */
  table(rows: readonly (readonly WriterCell[])[]): void {
    const grid: Array<Array<WriterCell | undefined>> = [];
    const covered: boolean[][] = [];
    rows.forEach((row, r) => {
      grid[r] ??= [];
      covered[r] ??= [];
      let c = 0;
      for (const cell of row) {
        while (covered[r]![c]) c++;
        const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, 1000));
        const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r));
        grid[r]![c] = cell;
        for (let dr = 0; dr < rowSpan; dr++) {
          covered[r + dr] ??= [];
          grid[r + dr] ??= [];
          for (let dc = 0; dc < colSpan; dc++) covered[r + dr]![c + dc] = true;
        }
        c += colSpan;
      }
    });
    const width = Math.max(0, ...covered.map((row) => row.length));
    if (width === 0) return;
    this.separate();
    grid.forEach((row, r) => {
      let line = '|';
      const spans: Array<[number, number, SourcePlace]> = [];
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        const text = cell ? cellText(cell.text) : '';
        line += ' ';
        if (cell?.place && text !== '') spans.push([line.length + 1, line.length + 1 + text.length, cell.place]);
        line += `${text} |`;
      }
      const lineNo = this.lines.length + 1;
      this.lines.push(line);
      for (const [column, endColumn, place] of spans) this.places.push({ line: lineNo, column, endColumn, place });
      if (r === 0) this.lines.push(`|${' --- |'.repeat(width)}`);
    });
    this.lines.push('');
  }

  /** The text written so far, ending in one newline, and its places. */
  result(): ReadText {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    const text = this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
    return this.places.length > 0 ? { text, places: this.places } : { text };
  }

  private push(line: string, place?: SourcePlace): void {
    this.lines.push(line);
    if (place) this.places.push({ line: this.lines.length, column: 1, endColumn: Infinity, place });
  }

  /** A blank line before a block that needs one (a table, a heading). */
  private separate(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}
