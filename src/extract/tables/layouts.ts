// The shapes a table arrives in as text, each read into rows of cell ranges: tab-separated rows,
// tab-indented cells one per line, `|` rows (broken across lines, or without a leading `|` and a
// delimiter row), and three shapes that a copy from a web page or a PDF leaves, read as streams of
// cells whose rows are found from the header: one cell per line ending in ` |` with `|||` lines
// between rows, bare cells one per line between blank lines, and space-separated words.
import type { TableSource } from '../../model.js';
import type { Range } from '../plain.js';
import { AMONG } from '../../lexicon/lists.js';
import { anyOf } from '../../lexicon/words.js';
import { SOURCE_ROW_WORDS, CLASS_ROW_WORDS, TOTAL_ROW_WORDS, TOTAL_SCORE_ROW_WORDS, SUBTOTAL_WORD, NAME_TAIL_WORDS } from '../../lexicon/forms.js';
import { classifyCell, columnRole, isGradeWord } from './cells.js';
import { rowQuality, streamRows, type StreamCell } from './streams.js';

/** A line of the text, without its terminator. */
export interface Line {
  start: number;
  end: number;
}

/** Rows of cells read from lines [first, next). */
export interface Block {
  rows: Range[][];
  next: number;
}

/** A table found before segmenting, covering source offsets [start, end) (it may start or end inside a line). */
export interface StreamTable {
  source: TableSource;
  start: number;
  end: number;
  rows: Range[][];
}

const SPACE = /[ \u3000]/;

function trimmed(plain: string, start: number, end: number, space = SPACE): Range {
  let s = start;
  let e = end;
  while (s < e && space.test(plain[s]!)) s++;
  while (e > s && space.test(plain[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Tab-separated cells of a line: [start, end) of each cell, trimmed of spaces. */
export function tabCells(plain: string, line: Line): Range[] {
  const cells: Range[] = [];
  let at = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || plain[i] === '\t') {
      cells.push(trimmed(plain, at, i));
      at = i + 1;
    }
  }
  return cells;
}

/** A line is a table row when tabs separate at least two non-empty cells. */
export function isTabRow(plain: string, line: Line): boolean {
  // Look for a tab within the line only: a search past its end would make long tab-free texts quadratic.
  if (!plain.slice(line.start, line.end).includes('\t')) return false;
  return tabCells(plain, line).filter((c) => c.end > c.start).length >= 2;
}

/** A line that holds one tab-indented cell (`\t100分`): a form exported one cell per line. */
export function isCellLine(plain: string, line: Line): boolean {
  const text = plain.slice(line.start, line.end);
  // Not /^\t[^\t]*\S[^\t]*$/: its two runs can split a long cell every way before failing.
  return text[0] === '\t' && !text.includes('\t', 1) && /\S/.test(text);
}

/** Rows of a block of tab-indented cells one per line, rows between blank lines; null if it is not a table. */
export function cellBlock(plain: string, lines: Line[], from: number): Block | null {
  const rows: Range[][] = [];
  let row: Range[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (plain.slice(line.start, line.end).trim() === '') {
      if (row.length) rows.push(row);
      row = [];
      continue;
    }
    if (!isCellLine(plain, line)) break;
    row.push({ start: line.start + 1, end: line.start + 1 + plain.slice(line.start + 1, line.end).trimEnd().length });
  }
  if (row.length) rows.push(row);
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || rows.filter((r) => r.length === width).length < 2) return null;
  return { rows, next: i };
}

/** Cells of `|`-separated text on one line (edge pipes dropped), trimmed. */
export function pipeCells(plain: string, line: Line): Range[] {
  const cells: Range[] = [];
  let at = line.start;
  const text = plain.slice(line.start, line.end);
  const leading = text.search(/\S/);
  if (leading >= 0 && text[leading] === '|') at = line.start + leading + 1;
  for (let i = at; i <= line.end; i++) {
    if (i === line.end || plain[i] === '|') {
      const cell = trimmed(plain, at, i, /\s/);
      if (!(i === line.end && cell.start === cell.end)) cells.push(cell);
      at = i + 1;
    }
  }
  return cells;
}

function pipeCount(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '|') n++;
  return n;
}

/**
 * Rows of `|` cells: a row ends on a line that ends with `|` (rows broken across lines, as web and
 * Word exports do), and every line of the block holds two or more `|`, or starts with one. A block
 * whose lines do not start with `|` (no delimiter row either, so not a GFM table) needs two such lines.
 */
export function pipeBlock(plain: string, lines: Line[], from: number): Block | null {
  const first = plain.slice(lines[from]!.start, lines[from]!.end).trim();
  if (pipeCount(first) < 2) return null;
  const leading = first.startsWith('|');
  const rows: Range[][] = [];
  const lineStarts: boolean[] = [];
  let row: Range[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const text = plain.slice(lines[i]!.start, lines[i]!.end).trim();
    if (text === '' || !text.includes('|')) break;
    // Without leading pipes, lines with one cell (`产 出 指 标 (50分) |`, `二级 指标 |`) are merged or
    // wrapped cells of the block when a row of cells follows within three lines.
    if (!leading && pipeCount(text) < 2 && !(text.endsWith('|') && rowFollows(plain, lines, i + 1))) break;
    for (const cell of pipeCells(plain, lines[i]!)) {
      lineStarts.push(row.length === 0);
      row.push(cell);
    }
    if (text.endsWith('|')) {
      // A line of pipes alone adds no cell: it is no row of its own.
      if (row.length) rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  if (rows.length < 2 || rows.every((r) => r.every((c) => c.end === c.start))) return null;
  return { rows: streamFallback(plain, rows), next: i };
}

/** Whether a line of two or more `|` comes within three lines of `from`, through one-cell lines only. */
function rowFollows(plain: string, lines: Line[], from: number): boolean {
  for (let k = from; k < Math.min(lines.length, from + 3); k++) {
    const text = plain.slice(lines[k]!.start, lines[k]!.end).trim();
    const pipes = pipeCount(text);
    if (pipes >= 2) return true;
    if (pipes !== 1 || !text.endsWith('|')) return false;
  }
  return false;
}

/**
 * The rows of a `|` block as its lines give them, unless they read badly under their header (a PDF
 * copy whose lines do not end where rows do: `| 得分 | 年度资金总额 |`, `| 387664.62 | … | 其中:财政拨款 |`)
 * and the same cells read as a stream read better.
 */
function streamFallback(plain: string, rows: Range[][]): Range[][] {
  const texts = rows.map((r) => r.map((c) => plain.slice(c.start, c.end)));
  const byLines = rowQuality(texts);
  if (byLines >= 0.95) return rows;
  const cells = rows.flat();
  const lineStarts = new Set(rows.map((r) => r[0]));
  const stream = streamRows(cells.map((c) => ({ text: plain.slice(c.start, c.end), breakBefore: false, lineStart: lineStarts.has(c) })));
  if (!stream) return rows;
  const streamed = stream.rows.map((r) => r.map((k) => cells[k]!));
  return rowQuality(streamed.map((r) => r.map((c) => plain.slice(c.start, c.end)))) > byLines ? streamed : rows;
}

/** A cell copied one per line with its ` |` (`年度资金总额 |`), or a lone `|` (an empty cell). */
const PIPE_CELL_LINE = /^[^|]*\|[ \t]*$/;
/** A line of pipes alone (`|||||`): the end of a row. */
const PIPE_BREAK_LINE = /^[ \t]*\|{2,}[ \t]*$/;

/**
 * One cell per line ending in ` |`, rows ended by lines of pipes alone (a form copied from a web
 * page): a stream whose rows are found from its header. Null unless at least four lines hold text.
 */
function pipeCellBlock(plain: string, lines: Line[], from: number): { table: StreamTable; next: number } | null {
  const cells: StreamCell[] = [];
  const ranges: Range[] = [];
  let breakBefore = true;
  let i = from;
  for (; i < lines.length; i++) {
    const text = plain.slice(lines[i]!.start, lines[i]!.end);
    if (PIPE_BREAK_LINE.test(text)) {
      breakBefore = true;
      continue;
    }
    if (!PIPE_CELL_LINE.test(text)) break;
    const bar = text.lastIndexOf('|');
    const range = trimmed(plain, lines[i]!.start, lines[i]!.start + bar, /\s/);
    cells.push({ text: plain.slice(range.start, range.end), breakBefore });
    ranges.push(range);
    breakBefore = false;
  }
  if (cells.filter((c) => c.text.trim() !== '').length < 4) return null;
  const found = streamRows(cells);
  // Without a header the lines are still a table's cells: one row per stretch between pipe lines.
  const rows: number[][] = found?.rows ?? [];
  if (!found) {
    let row: number[] = [];
    cells.forEach((c, k) => {
      if (c.breakBefore && row.length) {
        rows.push(row);
        row = [];
      }
      row.push(k);
    });
    if (row.length) rows.push(row);
  }
  const table = { source: 'pipe-cells' as const, start: lines[from]!.start, end: lines[i - 1]!.end, rows: rows.map((r) => r.map((k) => ranges[k]!)) };
  return { table, next: i };
}

/** A line holding one `|` and nothing else: in a copy whose cells stand on lines of their own, the end of a cell. */
const LONE_PIPE_LINE = /^[ \t]*\|[ \t]*$/;

/**
 * Cells on lines of their own, each closed by a line holding one `|`, rows ended by lines of pipes
 * alone (a web page copied so: `项目名称` / `|` / `春节走访慰问经费` / `|` / `||||`). A cell may run over
 * several lines (`预算执行情况(万元)` / `(20分)` / `|`); a `|` with no text before it is an empty cell.
 * The block ends before a line with text and a `|`, or before text no `|` closes.
 */
function separatorCellBlock(plain: string, lines: Line[], from: number): { table: StreamTable; next: number } | null {
  const cells: StreamCell[] = [];
  const ranges: Range[] = [];
  let pending: Range | undefined;
  let breakBefore = true;
  let next = from;
  for (let i = from; i < lines.length; i++) {
    const text = plain.slice(lines[i]!.start, lines[i]!.end);
    if (PIPE_BREAK_LINE.test(text) || LONE_PIPE_LINE.test(text)) {
      const range = pending ?? { start: lines[i]!.start, end: lines[i]!.start };
      const lone = LONE_PIPE_LINE.test(text);
      // A row break after a cell closes that cell; a lone `|` closes it or stands for an empty one.
      if (pending || lone) {
        cells.push({ text: plain.slice(range.start, range.end), breakBefore });
        ranges.push(range);
        breakBefore = false;
      }
      if (!lone) breakBefore = true;
      pending = undefined;
      next = i + 1;
      continue;
    }
    if (text.includes('|') || text.trim() === '') break;
    const range = trimmed(plain, lines[i]!.start, lines[i]!.end, /\s/);
    pending = pending ? { start: pending.start, end: range.end } : range;
  }
  if (cells.filter((c) => c.text.trim() !== '').length < 4) return null;
  const found = streamRows(cells);
  if (!found) return null;
  const table = { source: 'pipe-cells' as const, start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end, rows: found.rows.map((r) => r.map((k) => ranges[k]!)) };
  return { table, next };
}

/** A row a form lists whether or not it is filled: a source or class of funds, a total, 总分, 小计. */
const FORM_ROW = new RegExp(`^(?:${AMONG}[:：]?)?(?:${anyOf([...SOURCE_ROW_WORDS, ...CLASS_ROW_WORDS, ...TOTAL_ROW_WORDS, ...TOTAL_SCORE_ROW_WORDS, SUBTOTAL_WORD])})`);

/** Longest line a bare cell may be (longer lines are prose). */
const BARE_CELL_MAX = 40;
const NAME_TAIL = new RegExp(`^(?:${anyOf(NAME_TAIL_WORDS)})$`);

/** Whether the row holds a figure or a value word. */
function hasData(texts: string[]): boolean {
  return texts.some((t) => {
    const cls = classifyCell(t);
    return cls === 'number' || cls === 'value';
  });
}

/**
 * Rows of a stream, from its first header to its last cell that is a figure, a value word or an
 * empty cell (a title before the table and prose after it stay prose); null without a header.
 */
function tableOfStream(cells: StreamCell[], ranges: Range[], source: TableSource): StreamTable | null {
  const found = streamRows(cells);
  if (!found) return null;
  const first = found.headers[0]!;
  const headerEnd = found.rows[first]!.at(-1)!;
  let lastCell = -1;
  for (let k = cells.length - 1; k > headerEnd; k--) {
    // Figures, empty cells and the rows a form always lists (其他资金, 上年结转, 总分) are the table's.
    if (classifyCell(cells[k]!.text) !== 'text' || FORM_ROW.test(cells[k]!.text.replace(/[\s\u3000]/g, ''))) {
      lastCell = k;
      break;
    }
  }
  if (lastCell < 0 || !found.rows.slice(first + 1).some((r) => hasData(r.filter((k) => k <= lastCell).map((k) => cells[k]!.text)))) return null;
  // The row the last figure stands in keeps its grade (`8 | 妇幼健康项目 | 91分 | 优` ends the stream with a word).
  const lastRow = found.rows.findIndex((r) => r.includes(lastCell));
  const itsHeader = found.headers.filter((h) => h < lastRow).at(-1);
  if (lastRow >= 0 && itsHeader !== undefined && found.rows[itsHeader]!.some((h) => columnRole(cells[h]!.text) === 'grade')) {
    for (const k of found.rows[lastRow]!) if (k > lastCell && isGradeWord(cells[k]!.text)) lastCell = k;
  }
  const rows = found.rows
    .slice(first)
    .map((r) => r.filter((k) => k <= lastCell || k <= headerEnd))
    .filter((r) => r.some((k) => cells[k]!.text.trim() !== ''))
    .map((r) => r.map((k) => ranges[k]!));
  return { source, start: rows[0]![0]!.start, end: rows[rows.length - 1]!.at(-1)!.end, rows };
}

/**
 * Bare cells one per line between blank lines (a form copied from a PDF): lines of at most
 * BARE_CELL_MAX characters, each alone in its paragraph. A line of spaces only is an empty cell.
 */
function bareCellBlock(plain: string, lines: Line[], from: number, free: (i: number) => boolean): { table: StreamTable | null; next: number } {
  const cells: StreamCell[] = [];
  const ranges: Range[] = [];
  let i = from;
  let previousBlank = true;
  for (; i < lines.length && free(i); i++) {
    const raw = plain.slice(lines[i]!.start, lines[i]!.end);
    if (raw === '') {
      previousBlank = true;
      continue;
    }
    const text = raw.trim();
    if (text.length > BARE_CELL_MAX || /[\t|]/.test(raw)) break;
    const range = trimmed(plain, lines[i]!.start, lines[i]!.end, /\s/);
    // `经济效益` / `指标`: the head noun alone ends the name before it.
    const last = cells[cells.length - 1];
    if (previousBlank && last && NAME_TAIL.test(text) && classifyCell(last.text) === 'text' && last.text.length <= 8 && !NAME_TAIL_WORDS.some((w) => last.text.endsWith(w))) {
      last.text = `${last.text}${text}`;
      ranges[ranges.length - 1] = { start: ranges[ranges.length - 1]!.start, end: range.end };
      previousBlank = false;
      continue;
    }
    if (!previousBlank) {
      // A short cell wrapped onto a second line (`项目资金` / `(万元)`) is one cell; a paragraph of longer lines is prose.
      const last = cells[cells.length - 1];
      if (!last || text === '' || last.text.length + text.length > BARE_CELL_MAX || last.text.includes('\n')) break;
      last.text = `${last.text}\n${text}`;
      ranges[ranges.length - 1] = { start: ranges[ranges.length - 1]!.start, end: range.end };
      continue;
    }
    cells.push({ text, breakBefore: false });
    ranges.push(text === '' ? { start: lines[i]!.start, end: lines[i]!.start } : range);
    previousBlank = false;
  }
  if (cells.length < 6) return { table: null, next: Math.max(i, from + 1) };
  return { table: tableOfStream(cells, ranges, 'bare-cells'), next: Math.max(i, from + 1) };
}

/** Words of a line separated by spaces: [start, end) of each. */
function words(plain: string, line: Line): Range[] {
  const found: Range[] = [];
  let at = -1;
  for (let i = line.start; i <= line.end; i++) {
    const space = i === line.end || SPACE.test(plain[i]!);
    if (space && at >= 0) {
      found.push({ start: at, end: i });
      at = -1;
    } else if (!space && at < 0) at = i;
  }
  return found;
}

/** Whether one of the `count` lines from `from` holds two or more words with a figure among them. */
function rowOfFiguresWithin(plain: string, lines: Line[], from: number, count: number): boolean {
  for (let k = from; k < Math.min(lines.length, from + count); k++) {
    const ws = words(plain, lines[k]!);
    if (ws.length >= 2 && hasData(ws.map((w) => plain.slice(w.start, w.end)))) return true;
  }
  return false;
}

/** Where the last header of a stream so far ends (0 without one). */
function lastHeaderEnd(cells: StreamCell[]): number {
  let end = 0;
  for (let k = 0; k < cells.length; k++) if (columnRole(cells[k]!.text) !== undefined) end = k + 1;
  return end;
}

/** A word that is prose, not a cell: it holds a sentence end or is long. */
function isProseWord(text: string): boolean {
  return /[。；;！？]/.test(text) || text.length > 40;
}

/** A line of two or more value-column words standing alone between spaces: the header of a space-separated table. */
function namesColumns(plain: string, ws: Range[]): boolean {
  let named = 0;
  for (const w of ws) {
    const text = plain.slice(w.start, w.end);
    const role = text.length <= 24 ? columnRole(text) : undefined;
    if (role && role !== 'label' && role !== 'note' && role !== 'unit' && role !== 'nature' && role !== 'other') named++;
    if (named >= 2) return true;
  }
  return false;
}

/**
 * Space-separated tables from the line `from` on: a header of column words between spaces, then the
 * words of that line and the lines after it as a stream (each line break ends a row) up to a
 * blank line not followed by more rows, a prose word, or a long line. A whole form flattened into
 * one line is read the same way; the prose between its tables stays prose.
 */
function spaceTables(plain: string, lines: Line[], from: number, free: (i: number) => boolean): { tables: StreamTable[]; next: number } {
  const tables: StreamTable[] = [];
  const cells: StreamCell[] = [];
  const ranges: Range[] = [];
  const flush = () => {
    const table = cells.length ? tableOfStream(cells, ranges, 'spaces') : null;
    if (table) tables.push(table);
    cells.length = 0;
    ranges.length = 0;
  };
  let i = from;
  for (; i < lines.length && free(i); i++) {
    const ws = words(plain, lines[i]!);
    if (ws.length === 0) {
      // A blank line ends the table unless the next line with text holds a row of figures, or the
      // table has no row yet (blank lines between a header and its rows).
      let k = i + 1;
      while (k < lines.length && plain.slice(lines[k]!.start, lines[k]!.end).trim() === '' && k - i < 6) k++;
      const next = k < lines.length && free(k) ? words(plain, lines[k]!) : [];
      if (next.length >= 2 && hasData(next.map((w) => plain.slice(w.start, w.end)))) continue;
      if (next.length >= 1 && k - i < 6 && !hasData(cells.slice(lastHeaderEnd(cells)).map((c) => c.text))) continue;
      // A short line (a group's weight, `(30分)`) before more rows of figures continues it too.
      if (next.length === 1 && next[0]!.end - next[0]!.start <= 12 && rowOfFiguresWithin(plain, lines, k + 1, 3)) continue;
      break;
    }
    if (i > from && ws.length === 1 && ws[0]!.end - ws[0]!.start > 20) break;
    let lineBreak = true;
    for (const w of ws) {
      const text = plain.slice(w.start, w.end);
      if (isProseWord(text)) {
        flush();
        lineBreak = true;
        continue;
      }
      cells.push({ text, breakBefore: lineBreak });
      ranges.push(w);
      lineBreak = false;
    }
    if (i > from && ws.every((w) => isProseWord(plain.slice(w.start, w.end)))) break;
  }
  flush();
  return { tables, next: Math.max(i, from + 1) };
}

/**
 * Tables that web pages and PDFs leave as streams of cells, found before segmenting: ` |` cells,
 * bare cells and space-separated words. `free(i)` is false for lines another reader owns (GFM
 * tables, fenced code). Tables are in source order and do not overlap.
 */
export function findStreamTables(plain: string, lines: Line[], free: (i: number) => boolean): StreamTable[] {
  const tables: StreamTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!free(i)) {
      i++;
      continue;
    }
    const text = plain.slice(lines[i]!.start, lines[i]!.end);
    // A line of text closed by a lone `|` on the next line: cells one per line between `|` lines.
    if (text.trim() !== '' && !text.includes('|') && i + 1 < lines.length && LONE_PIPE_LINE.test(plain.slice(lines[i + 1]!.start, lines[i + 1]!.end))) {
      const block = separatorCellBlock(plain, lines, i);
      if (block) {
        tables.push(block.table);
        i = block.next;
        continue;
      }
    }
    if (PIPE_CELL_LINE.test(text) || PIPE_BREAK_LINE.test(text)) {
      const block = pipeCellBlock(plain, lines, i);
      if (block) {
        tables.push(block.table);
        i = block.next;
        continue;
      }
    }
    if (/[\t|]/.test(text)) {
      i++;
      continue;
    }
    const ws = words(plain, lines[i]!);
    if (ws.length >= 2 && namesColumns(plain, ws)) {
      const found = spaceTables(plain, lines, i, free);
      for (const t of found.tables) tables.push(t);
      i = found.next;
      continue;
    }
    if (text.trim() !== '' && text.trim().length <= BARE_CELL_MAX && (i === 0 || plain.slice(lines[i - 1]!.start, lines[i - 1]!.end).trim() === '')) {
      const found = bareCellBlock(plain, lines, i, free);
      if (found.table) tables.push(found.table);
      // Short lines that made no table may hold the header of a space-separated one (a title, a
      // blank line, then `一级指标 二级指标 … 得分`): read on from there.
      let next = found.next;
      if (!found.table) {
        for (let k = i + 1; k < found.next; k++) {
          const kw = words(plain, lines[k]!);
          if (kw.length >= 2 && namesColumns(plain, kw)) {
            next = k;
            break;
          }
        }
      }
      i = next;
      continue;
    }
    i++;
  }
  return tables;
}
