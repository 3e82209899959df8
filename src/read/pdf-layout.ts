// The layout of a PDF's text: positioned pieces of text (pdf.js text items) joined into lines by
// their baselines, lines whose cells line up in columns into table rows, and the rest into
// paragraphs, with page headers and footers dropped. Pure functions over numbers, tested on
// synthetic items (see pdf.ts for reading the file).
import { MarkdownWriter, type WriterCell } from './markdown.js';
import type { PlaceSpan } from './source.js';

/** A piece of text where a PDF draws it: x, y of its baseline's start (y grows upwards), its advance width and height (about the font size). */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pieces on one baseline, left to right, and the cells they form (pieces parted by a wide gap). */
export interface PdfLine {
  page: number;
  y: number;
  x: number;
  right: number;
  height: number;
  text: string;
  cells: PdfCell[];
}

/** Text between wide gaps of a line: a table cell when lines line up. */
export interface PdfCell {
  text: string;
  x: number;
  right: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const isLatinEnd = (text: string) => /[A-Za-z0-9.,%)\]]$/.test(text) && !CJK.test(text.slice(-1));
const isLatinStart = (text: string) => /^[A-Za-z0-9(\[]/.test(text);

/**
 * Two stretches of text side by side: nothing between, a space only for a real gap between Latin
 * words or numbers (`gap` in PDF units; a wrap onto the next line counts as a gap of one font height).
 */
export function joinText(left: string, right: string, gap: number, height: number): string {
  if (left === '' || right === '') return left + right;
  if (/\s$/.test(left) || /^\s/.test(right)) return left + right;
  if (isLatinEnd(left) && isLatinStart(right)) return gap > 0.15 * height ? `${left} ${right}` : left + right;
  // Between a Chinese character and a Latin word or number, a gap may be a typed space or the
  // spacing a word processor adds there by itself (LibreOffice's autospace): nothing is written.
  return left + right;
}

/** A gap this wide (in font heights) between pieces on a line parts two cells. */
const CELL_GAP = 0.9;

/**
 * Pieces into lines: same baseline within a third of the font height, top to bottom, each sorted
 * by x. Pieces of white space (pdf.js reports a space between two runs of text as one) are no
 * text of their own; between two Chinese characters such a space is kept (`绩 优`, `总 分`: the
 * text layer has it), elsewhere joinText decides.
 */
export function joinLines(pieces: readonly TextPiece[], page = 1): PdfLine[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const spaces = pieces.filter((p) => p.text !== '' && p.text.trim() === '');
  const spaceBetween = (left: TextPiece, right: TextPiece) =>
    spaces.some((s) => Math.abs(s.y - right.y) <= 0.35 * right.height && s.x >= left.x + left.width - 0.5 && s.x + s.width <= right.x + 0.5);
  const groups: TextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups[groups.length - 1];
    const tolerance = Math.max(1, 0.35 * Math.max(piece.height, group?.[0]!.height ?? 0));
    if (group && Math.abs(group[0]!.y - piece.y) <= tolerance) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const height = Math.max(...group.map((p) => p.height));
    const cells: PdfCell[] = [];
    let text = '';
    let right = -Infinity;
    let previous: TextPiece | undefined;
    for (const piece of group) {
      const gap = piece.x - right;
      const cell = cells[cells.length - 1];
      const spaced = !!previous && spaces.length > 0 && CJK.test(previous.text.trimEnd().slice(-1)) && CJK.test(piece.text.trimStart().charAt(0)) && spaceBetween(previous, piece);
      const next = spaced ? ` ${piece.text.trimStart()}` : piece.text;
      if (!cell || gap > CELL_GAP * height) cells.push({ text: piece.text.trim(), x: piece.x, right: piece.x + piece.width });
      else {
        cell.text = joinText(cell.text, next, gap, height).trim();
        cell.right = Math.max(cell.right, piece.x + piece.width);
      }
      text = text === '' ? piece.text : joinText(text, next, gap, height);
      right = Math.max(right, piece.x + piece.width);
      previous = piece;
    }
    return { page, y: group[0]!.y, x: group[0]!.x, right, height, text: text.replace(/\s+/g, ' ').trim(), cells };
  });
}

/** A run of lines read as a table: rows of cells, the page of each row. */
export interface PdfTable {
  rows: WriterCell[][];
  pages: number[];
}

/** A text line or a table, in reading order. */
export type PdfBlock = { line: PdfLine } | { table: PdfTable };

/**
 * Find tables among one page's lines: a run of at least 3 lines of 2 or more cells whose cells line
 * up in columns. Columns are the x-ranges the fullest lines' cells cover; a cell over several
 * columns spans them; a line in the run that sits closer under the previous than rows sit apart
 * is a cell's text wrapped onto a second line and is joined into the row above.
 */
export function findTables(lines: readonly PdfLine[]): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && (lines[end]!.cells.length >= 2 || (end > i && isWrapped(lines, i, end)))) end++;
    const run = lines.slice(i, end);
    const table = run.filter((l) => l.cells.length >= 2).length >= 3 ? tableOf(run) : undefined;
    if (table) {
      blocks.push({ table });
      i = end;
    } else {
      blocks.push({ line: lines[i]! });
      i++;
    }
  }
  return blocks;
}

/** Whether line `end` continues a cell of the line above: closer than the run's row pitch. */
function isWrapped(lines: readonly PdfLine[], start: number, end: number): boolean {
  const line = lines[end]!;
  const above = lines[end - 1]!;
  const pitch = above.y - line.y;
  if (line.cells.length !== 1 || pitch > 1.6 * line.height) return false;
  // The single cell lies under a cell of the line above.
  return lines.slice(start, end).some((l) => l.cells.some((c) => Math.abs(c.x - line.cells[0]!.x) < 2));
}

/** Column boundaries from the x-ranges covered by the fullest lines' cells. */
function columnsOf(run: readonly PdfLine[]): Array<[number, number]> | undefined {
  const counts = run.map((l) => l.cells.length).sort((a, b) => b - a);
  const full = counts[Math.min(2, counts.length - 1)]!;
  const ranges = run
    .filter((l) => l.cells.length >= full)
    .flatMap((l) => l.cells.map((c): [number, number] => [c.x, c.right]))
    .sort((a, b) => a[0] - b[0]);
  const columns: Array<[number, number]> = [];
  for (const [x, right] of ranges) {
    const last = columns[columns.length - 1];
    if (last && x < last[1] - 0.5) last[1] = Math.max(last[1], right);
    else columns.push([x, right]);
  }
  return columns.length >= 2 ? columns : undefined;
}

function tableOf(run: readonly PdfLine[]): PdfTable | undefined {
  const columns = columnsOf(run);
  if (!columns) return undefined;
  const columnAt = (x: number) => {
    let index = 0;
    columns.forEach(([start], c) => {
      if (start <= x + 1) index = c;
    });
    return index;
  };
  // Columns must be used: at least two of them by three lines each (so ragged prose is no table).
  const uses = columns.map(() => 0);
  for (const line of run) for (const c of new Set(line.cells.map((cell) => columnAt(cell.x)))) uses[c]!++;
  if (uses.filter((n) => n >= 3).length < 2) return undefined;
  const pitches = run.slice(1).map((l, k) => run[k]!.y - l.y);
  const rowPitch = Math.max(...pitches);
  const lineHeight = Math.max(...run.map((l) => l.height));
  const rows: Array<{ cells: Array<{ text: string; span: number } | undefined>; page: number }> = [];
  run.forEach((line, k) => {
    const texts: Array<{ text: string; span: number } | undefined> = columns.map(() => undefined);
    for (const cell of line.cells) {
      const c = columnAt(cell.x);
      let span = 1;
      while (c + span < columns.length && columns[c + span]![0] < cell.right - 1) span++;
      const previous = texts[c];
      texts[c] = { text: previous ? joinText(previous.text, cell.text, line.height, line.height) : cell.text, span: Math.max(span, previous?.span ?? 1) };
    }
    // A line closer under the previous than rows are apart (when they differ) continues its cells.
    const pitch = k > 0 ? pitches[k - 1]! : Infinity;
    const wrapped = k > 0 && pitch < rowPitch - 0.15 * lineHeight && pitch <= 1.6 * lineHeight;
    if (wrapped) {
      const row = rows[rows.length - 1]!;
      texts.forEach((t, c) => {
        if (!t) return;
        const into = row.cells[c];
        row.cells[c] = into ? { text: joinText(into.text, t.text, line.height, line.height), span: into.span } : t;
      });
    } else rows.push({ cells: texts, page: line.page });
  });
  const writerRows = rows.map(({ cells, page }) => {
    const out: WriterCell[] = [];
    for (let c = 0; c < columns.length; ) {
      const cell = cells[c];
      if (cell) {
        out.push({ text: cell.text, colSpan: cell.span, place: { page } });
        c += cell.span;
      } else {
        out.push({ text: '' });
        c++;
      }
    }
    return out;
  });
  return { rows: writerRows, pages: rows.map((r) => r.page) };
}

/** Normalised text of a running header or footer: digits stand for a page number. */
const runningKey = (line: PdfLine) => `${Math.round(line.y / 3)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
const PAGE_NUMBER = /^(?:[-–—]?\s*\d+\s*[-–—]?|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/**
 * Drop running headers, footers and page numbers: the first or last line of a page whose text
 * (any number standing for any number) sits at the same height on most pages, or a bare page number.
 */
export function dropRunning(pages: readonly PdfLine[][]): PdfLine[][] {
  if (pages.length < 2) return pages.map((p) => [...p]);
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]].filter((l): l is PdfLine => !!l).map(runningKey));
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const most = Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((lines) =>
    lines.filter((line, k) => {
      const atEdge = k < 2 || k >= lines.length - 2;
      if (!atEdge) return true;
      if ((seen.get(runningKey(line)) ?? 0) >= most) return false;
      return !((k === 0 || k === lines.length - 1) && PAGE_NUMBER.test(line.text) && (seen.get(runningKey(line)) ?? 0) >= 2);
    }),
  );
}

/** A line that opens a heading or a list item: 一、 （一） 1、 1. (1) ① 第一 附件. */
const OPENS_ITEM = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[章节部分条]|附件|附表)/;

/** A paragraph being joined from lines: its text and the page where each stretch starts. */
interface Paragraph {
  text: string;
  height: number;
  stretches: Array<{ offset: number; page: number }>;
}

/**
 * The document's blocks as Markdown: tables as GFM tables; lines joined into paragraphs (a line
 * that reaches the right margin continues into the next, across a page break too, unless the
 * next opens a heading or list item or is indented); a short line in a font well above the body's
 * as a heading. Places: each line's page; a paragraph continued on the next page notes that page
 * from where it continues.
 */
export function writeBlocks(blocks: readonly PdfBlock[]): { text: string; places?: PlaceSpan[] } {
  const lines = blocks.flatMap((b) => ('line' in b ? [b.line] : []));
  const body = bodyHeight(lines);
  const left = Math.min(...lines.map((l) => l.x));
  const margin = rightMargin(lines, left);
  const writer = new MarkdownWriter();
  const continued: Paragraph[] = [];
  let open: Paragraph | undefined;
  let openLine: PdfLine | undefined;
  const close = () => {
    if (!open) return;
    if (open.height >= 1.25 * body && open.text.length <= 60) writer.heading(open.height >= 1.6 * body ? 1 : 2, open.text, { page: open.stretches[0]!.page });
    else {
      writer.paragraph(open.text, { page: open.stretches[0]!.page });
      if (open.stretches.length > 1) continued.push(open);
    }
    open = undefined;
    openLine = undefined;
  };
  for (const block of blocks) {
    if ('table' in block) {
      close();
      writer.table(block.table.rows);
      continue;
    }
    const line = block.line;
    const continues =
      open && openLine &&
      (openLine.right >= margin - 1.5 * openLine.height || pushedOver(openLine, line, margin)) &&
      !OPENS_ITEM.test(line.text) &&
      line.x <= left + 1.2 * line.height &&
      Math.abs(line.height - open.height) < 0.2 * body;
    if (continues && open) {
      const joined = joinText(open.text, line.text, line.height, line.height);
      if (line.page !== openLine!.page) open.stretches.push({ offset: joined.length - line.text.length, page: line.page });
      open.text = joined;
      openLine = line;
    } else {
      close();
      open = { text: line.text, height: line.height, stretches: [{ offset: 0, page: line.page }] };
      openLine = line;
    }
  }
  close();
  const result = apart(writer.result());
  if (continued.length === 0 || !result.places) return result;
  // Where a paragraph runs onto the next page, the stretch from there is noted on its own.
  const textLines = result.text.split('\n');
  const places = [...result.places];
  let cursor = 0;
  for (const paragraph of continued) {
    while (cursor < textLines.length && textLines[cursor] !== paragraph.text) cursor++;
    if (cursor === textLines.length) break;
    for (const { offset, page } of paragraph.stretches.slice(1)) places.push({ line: cursor + 1, column: offset + 1, endColumn: paragraph.text.length + 1, place: { page } });
    cursor++;
  }
  places.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: result.text, places };
}

/**
 * Whether `next` begins with a number or Latin word too wide for the room left on `line`: the
 * line was wrapped early, not ended (digits and Latin letters are about half a font height wide).
 */
function pushedOver(line: PdfLine, next: PdfLine, margin: number): boolean {
  const word = /^[A-Za-z0-9.,%/\-]+/.exec(next.text)?.[0];
  return !!word && margin - line.right < 0.6 * next.height * word.length + 0.5 * next.height;
}

/**
 * A blank line between paragraphs, as a report's text has them (the writer puts one line after
 * another, which Markdown reads as one paragraph); places move down with their lines.
 */
function apart(result: { text: string; places?: PlaceSpan[] }): { text: string; places?: PlaceSpan[] } {
  const lines = result.text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  const moved: number[] = [];
  lines.forEach((line, k) => {
    const previous = lines[k - 1];
    if (previous !== undefined && previous !== '' && line !== '' && !(previous.startsWith('|') && line.startsWith('|'))) out.push('');
    out.push(line);
    moved.push(out.length);
  });
  const text = lines.length === 1 && lines[0] === '' ? '' : `${out.join('\n')}\n`;
  return result.places ? { text, places: result.places.map((p) => ({ ...p, line: moved[p.line - 1]! })) } : { text };
}

/**
 * The right margin: the median right edge of the long lines (a line may end past it on a hanging
 * punctuation mark or a word that did not fit).
 */
function rightMargin(lines: readonly PdfLine[], left: number): number {
  const widest = Math.max(...lines.map((l) => l.right));
  const rights = lines.map((l) => l.right).filter((r) => r > left + 0.6 * (widest - left)).sort((a, b) => a - b);
  return rights[Math.floor(rights.length / 2)] ?? widest;
}

/** The body text's font height: the height most characters are set in. */
function bodyHeight(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(Math.round(line.height * 2) / 2, (chars.get(Math.round(line.height * 2) / 2) ?? 0) + line.text.length);
  let best = 0;
  let bestCount = -1;
  for (const [height, count] of chars) if (count > bestCount) [best, bestCount] = [height, count];
  return best || 10;
}
