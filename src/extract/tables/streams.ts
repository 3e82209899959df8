// A table flattened into a stream of cells (one cell per line, as web pages and PDFs are copied;
// or the words of a space-separated row) back into rows. Headers are found by their column words;
// the cells after a header are cut into rows where each row fits the header best (a row starts at
// a text or empty cell, and puts its label under a label column), by dynamic programming over the
// stream, so merged cells that the copy dropped do not shift every row after them.
import { VALUE_ROLES } from '../../lexicon/forms.js';
import { alignRow, type AlignCell } from './align.js';
import { columnRole, INNER_COMPARATOR, readCell } from './cells.js';
import { dataSlots, readHeader, type Header } from './header.js';

/** A cell of a stream. */
export interface StreamCell {
  text: string;
  /** A row cannot continue across this cell's start (a `|||` line, a line break in a space-separated table). */
  breakBefore: boolean;
  /** The cell opens a line that may or may not open a row (a PDF's `|` lines): a row is cut there unless its cells say otherwise. */
  lineStart?: boolean;
}

/** Rows of a stream, as cell indices, and which of them are header rows. */
export interface StreamRows {
  rows: number[][];
  headers: number[];
}

/** Longest stream read cell by cell for rows; past it, rows are cut at the header's width. */
const MAX_DP_CELLS = 2000;
/** Each row costs this much: fewer, fuller rows are preferred. */
const ROW_COST = 2.5;
/** A cell that fits no row (a caption, a stray note) costs this much. */
const STRAY_COST = 2.5;
/** Each line start a row runs across costs this much. */
const LINE_CROSSING_COST = 0.75;
/** Each empty cell a row starts with costs this much. */
const LEADING_EMPTY_COST = 0.1;

interface Classified extends AlignCell {
  breakBefore: boolean;
  lineStart?: boolean;
  role: ReturnType<typeof columnRole>;
}

/** Where the header that the value word at `at` belongs to starts and ends: [start, end). */
function headerRange(cells: Classified[], at: number): { start: number; end: number } {
  const isHeaderish = (c: Classified) => c.cls === 'text' || c.cls === 'empty';
  let start = at;
  let emptyRun = 0;
  while (start > 0 && isHeaderish(cells[start - 1]!) && !cells[start]!.breakBefore) {
    const prev = cells[start - 1]!;
    // A run of empty cells ends the row before the header (`单位 | | | |` then `序号 | 一级指标…`).
    emptyRun = prev.cls === 'empty' ? emptyRun + 1 : 0;
    if (emptyRun >= 2) break;
    // Before the first named column, at most one caption (`预算执行情况(10分)`) and empty cells.
    if (prev.role === undefined && prev.cls === 'text') {
      if (cells.slice(start, at).some((c) => c.role === undefined && c.cls === 'text' && c.text.length > 4)) break;
      if (prev.text.length > 24) break;
    }
    start--;
  }
  // Leading empty cells are not the header's; nor is a title before a named label column
  // (`附件：项目支出绩效自评表` before 一级指标), only a caption that is the label column itself.
  while (start < at && cells[start]!.cls === 'empty') start++;
  const firstNamed = cells.slice(start, at + 1).findIndex((c) => c.role !== undefined);
  if (firstNamed > 0 && cells[start + firstNamed]!.role === 'label') start += firstNamed;
  let end = at + 1;
  let lastNamed = at;
  while (end < cells.length && isHeaderish(cells[end]!) && !cells[end]!.breakBefore) {
    const c = cells[end]!;
    if (c.role !== undefined) lastNamed = end;
    else if (c.cls === 'text' && !(c.text.length <= 4 && cells[end + 1]?.role !== undefined) && !/^[（(]/.test(c.text)) break;
    end++;
  }
  return { start, end: lastNamed + 1 };
}

/** Find the headers of a stream: runs of header cells naming two or more value columns. */
function findHeaders(cells: Classified[]): Array<{ start: number; end: number; header: Header }> {
  const found: Array<{ start: number; end: number; header: Header }> = [];
  for (let i = 0; i < cells.length; i++) {
    const role = cells[i]!.role;
    if (role === undefined || !VALUE_ROLES.includes(role)) continue;
    const { start, end } = headerRange(cells, i);
    const header = readHeader(cells.slice(start, end).map((c) => c.text), false);
    // Column words in a data row (`预算执行率 | 预算执行率 | 100%`, a target `执行数≤预算数`) make
    // no header: no header cell holds a comparison, and after a header comes a row's label, not a
    // figure (unless the rows open with their 序号).
    const next = cells[end];
    const target = cells.slice(start, end).some((c) => INNER_COMPARATOR.test(c.text));
    const figureNext = found.length > 0 && next !== undefined && (next.cls === 'number' || next.cls === 'value') && header?.slots[0]?.serial !== true;
    if (target || figureNext) {
      i = end - 1;
      continue;
    }
    if (header && (found.length === 0 || start >= found[found.length - 1]!.end)) {
      found.push({ start, end, header });
      i = end - 1;
    }
  }
  return found;
}

/** Cut cells [from, to) into rows that fit the header's slots best. */
function cutRows(cells: Classified[], from: number, to: number, header: Header): number[][] {
  const slots = dataSlots(header);
  const n = to - from;
  if (n <= 0) return [];
  if (n > MAX_DP_CELLS) {
    const rows: number[][] = [];
    for (let i = from; i < to; i += slots.length) rows.push(Array.from({ length: Math.min(slots.length, to - i) }, (_, k) => i + k));
    return rows;
  }
  const maxLength = slots.length + 2;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  // A row of two or more cells starts at a text or empty cell, or at its number under a 序号 column;
  // any cell may stand alone as a stray (so every stream is cut somehow).
  const serial = slots[0]?.serial === true;
  const canStart = (k: number) => {
    const cell = cells[from + k]!;
    return cell.cls === 'text' || cell.cls === 'empty' || cell.breakBefore || (serial && cell.cls === 'number' && /^\d{1,3}$/.test(cell.text));
  };
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    const startsRow = canStart(i);
    for (let length = 1; length <= maxLength && i + length <= n; length++) {
      const j = i + length;
      // A row never runs across a break.
      if (length > 1 && cells[from + j - 1]!.breakBefore) break;
      if (length > 1 && !startsRow) break;
      const row = cells.slice(from + i, from + j);
      const alignment = alignRow(row, slots);
      let score: number;
      // Empty cells at a row's start more likely end the row before (its 得分 and 原因 left blank).
      let leadingEmpty = 0;
      while (leadingEmpty < row.length && row[leadingEmpty]!.cls === 'empty' && !(leadingEmpty === 0 && row[0]!.breakBefore)) leadingEmpty++;
      // A row of text alone (a label, a note) earns nothing for its fit: cutting a form's row into
      // its texts must not pay.
      const textOnly = row.every((c) => c.cls === 'text' || c.cls === 'empty');
      // A row that runs across the start of a line pays: lines mostly start rows, and a line that
      // opens with what could open a row (a label, a 序号) almost always does.
      const crossings = row.reduce((sum, c, k) => sum + (k > 0 && c.lineStart ? (canStart(i + k) ? ROW_COST : LINE_CROSSING_COST) : 0), 0);
      if (alignment) score = (textOnly ? 0 : alignment.score) - ROW_COST - LEADING_EMPTY_COST * leadingEmpty - crossings;
      else if (length === 1) score = row[0]!.cls === 'empty' ? 0 : -STRAY_COST;
      else continue;
      if (best[i]! + score > best[j]!) {
        best[j] = best[i]! + score;
        back[j] = i;
      }
    }
  }
  if (best[n] === -Infinity) return [Array.from({ length: n }, (_, k) => from + k)];
  const rows: number[][] = [];
  for (let j = n; j > 0; j = back[j]!) {
    const i = back[j]!;
    rows.push(Array.from({ length: j - i }, (_, k) => from + i + k));
  }
  return rows.reverse();
}

/** Cells [from, to) before any header: one row per stretch between breaks. */
function plainRows(cells: Classified[], from: number, to: number): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  for (let i = from; i < to; i++) {
    if (cells[i]!.breakBefore && row.length) {
      rows.push(row);
      row = [];
    }
    row.push(i);
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Rows of a stream of cells; null when the stream holds no header (it is not a table). */
export function streamRows(stream: readonly StreamCell[]): StreamRows | null {
  const cells: Classified[] = stream.map((c) => {
    const reading = readCell(c.text);
    return { ...reading, breakBefore: c.breakBefore, ...(c.lineStart ? { lineStart: true } : {}), role: reading.cls === 'text' ? columnRole(c.text) : undefined };
  });
  const headers = findHeaders(cells);
  if (headers.length === 0) return null;
  const rows: number[][] = [];
  const headerRows: number[] = [];
  let at = 0;
  headers.forEach((h, k) => {
    for (const row of plainRows(cells, at, h.start)) rows.push(row);
    headerRows.push(rows.length);
    rows.push(Array.from({ length: h.end - h.start }, (_, i) => h.start + i));
    const until = headers[k + 1]?.start ?? cells.length;
    for (const row of cutRows(cells, h.end, until, h.header)) rows.push(row);
    at = until;
  });
  return { rows, headers: headerRows };
}

/**
 * How well rows read under the headers among them: of the number cells after the first header, the
 * share in rows that align to their header unambiguously (a header row holding numbers, as a PDF
 * copy's lines make, reads badly); -1 when no row is a header.
 */
export function rowQuality(rows: readonly string[][]): number {
  let header: Header | undefined;
  let numbers = 0;
  let aligned = 0;
  for (const texts of rows) {
    const cells = texts.map(readCell);
    const count = cells.filter((c) => c.cls === 'number').length;
    const found = readHeader(texts, true);
    if (found) {
      if (header) numbers += count;
      header = found;
      continue;
    }
    if (!header || count === 0) continue;
    numbers += count;
    const alignment = alignRow(cells, dataSlots(header));
    if (alignment && !alignment.ambiguous) aligned += count;
  }
  if (!header) return -1;
  return numbers === 0 ? 0 : aligned / numbers;
}
