// Excel workbooks (.xlsx): each visible sheet with content becomes a `#` heading and one GFM table
// of its cells as the user sees them (number formats applied, formulas by their cached result,
// merged ranges spanning), each cell's text noted with its address so findings name `Sheet!F12`.
// The package is checked first (xlsx-guard.ts), then read with exceljs.
import type ExcelJS from 'exceljs';
import { importPackage } from '../lazy.js';
import { INPUT, SHEET_LIMITS } from '../messages.js';
import { InputError } from './decode.js';
import { MarkdownWriter, type WriterCell } from './markdown.js';
import { dateToSerial, formatGeneral, formatValue } from './numfmt.js';
import type { ReadText } from './source.js';
import { checkXlsxPackage, XLSX_LIMITS } from './xlsx-guard.js';

/** Merge cells' type in exceljs (ValueType.Merge). */
let MERGE_TYPE: number;

/**
 * exceljs, loaded at run time outside the CLI bundle (see importPackage). Built-in formats that it
 * knows only per locale (ids 27–36 and 50–58: 年月日 dates, 时分 times) get their zh-CN code, as
 * Chinese Excel shows them; without one, a date under them reads as its serial. (Its table of
 * built-in formats is CommonJS, shared with its reader, and has no types.)
 */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const { default: excel } = await importPackage<{ default: typeof ExcelJS }>('exceljs');
  const { default: builtinNumFormats } = await importPackage<{ default: Record<string, { f?: string; 'zh-cn'?: string }> }>('exceljs/lib/xlsx/defaultnumformats.js');
  for (const entry of Object.values(builtinNumFormats)) {
    if (!entry.f && entry['zh-cn']) entry.f = entry['zh-cn'];
  }
  MERGE_TYPE = excel.ValueType.Merge;
  return excel;
}

/** Built-in format 14, the system's short date, which exceljs spells in its US form: as zh-CN Excel shows it. */
const SHORT_DATE = 'mm-dd-yy';

/** The reader of the formats table: an .xlsx workbook as Markdown text with each cell's place. */
export async function readXlsxText(bytes: Uint8Array, name: string): Promise<ReadText> {
  await checkXlsxPackage(bytes, name);
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(INPUT.xlsxUnreadable(name, (error as Error).message.split('\n')[0]!));
  }
  const writer = new MarkdownWriter();
  for (const sheet of workbook.worksheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const filled = filledCells(sheet, name);
    if (filled.length === 0) continue;
    writer.heading(1, sheet.name, { sheet: sheet.name });
    // A lone cell set apart by empty rows (a note under the form, its conclusion) is a line of
    // text, as it is in a report; the other rows, empty ones left out, make one table.
    let table: FilledCell[] = [];
    for (const block of blocks(filled)) {
      if (block.length > 1) {
        table.push(...block);
        continue;
      }
      if (table.length > 0) writer.table(tableRows(table, sheet.name));
      table = [];
      writer.paragraph(block[0]!.text, { sheet: sheet.name, cell: block[0]!.address });
    }
    if (table.length > 0) writer.table(tableRows(table, sheet.name));
  }
  return writer.result();
}

/** One filled cell found in a sheet. */
interface FilledCell {
  row: number;
  column: number;
  text: string;
  address: string;
  /** The merged range this cell is the master of. */
  merge?: { bottom: number; right: number };
}

/**
 * The cells of a sheet that show something, in row order: only cells that exist are visited, and a
 * sheet whose content would make too large a table is refused.
 */
function filledCells(sheet: ExcelJS.Worksheet, name: string): FilledCell[] {
  const merges = (sheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  const filled: FilledCell[] = [];
  // Hidden rows and columns are read: a part hidden from view still counts in the totals shown.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A cell covered by a merged range shows nothing: its master holds the text.
      if (cell.type === MERGE_TYPE) return;
      const text = displayedText(cell);
      if (text.trim() === '') return;
      const range = merges[cell.address];
      filled.push({ row: rowNumber, column: columnNumber, text, address: cell.address, ...(range ? { merge: { bottom: range.bottom, right: range.right } } : {}) });
    });
  });
  if (filled.length === 0) return filled;
  let firstColumn = Infinity;
  let lastColumn = 0;
  for (const cell of filled) {
    firstColumn = Math.min(firstColumn, cell.column);
    lastColumn = Math.max(lastColumn, cell.merge?.right ?? cell.column);
  }
  const rows = new Set(filled.map((c) => c.row)).size;
  const width = lastColumn - firstColumn + 1;
  if (width > XLSX_LIMITS.columns) throw new InputError(INPUT.sheetTooLarge(name, sheet.name, SHEET_LIMITS.columns(width, XLSX_LIMITS.columns)));
  if (width * rows > XLSX_LIMITS.gridCells) {
    throw new InputError(INPUT.sheetTooLarge(name, sheet.name, SHEET_LIMITS.grid(rows, width, XLSX_LIMITS.gridCells)));
  }
  return filled;
}

/**
 * Filled cells grouped into blocks: an empty row between two rows ends a block, as a blank line
 * ends one in text, unless a merged range from the rows above spans it.
 */
function blocks(filled: readonly FilledCell[]): FilledCell[][] {
  const out: FilledCell[][] = [];
  let current: FilledCell[] = [];
  let lastRow = 0;
  let spannedThrough = 0;
  for (const cell of filled) {
    if (current.length > 0 && cell.row > lastRow + 1 && cell.row > spannedThrough + 1) {
      out.push(current);
      current = [];
    }
    current.push(cell);
    lastRow = cell.row;
    spannedThrough = Math.max(spannedThrough, cell.merge?.bottom ?? cell.row);
  }
  out.push(current);
  return out;
}

/**
 * A block's rows as table rows: empty rows and empty leading and trailing columns left out, a
 * merged range spanning the rows and columns kept within it.
 */
function tableRows(filled: readonly FilledCell[], sheetName: string): WriterCell[][] {
  let firstColumn = Infinity;
  let lastColumn = 0;
  const keptRows = [...new Set(filled.map((c) => c.row))].sort((a, b) => a - b);
  for (const cell of filled) {
    firstColumn = Math.min(firstColumn, cell.column);
    lastColumn = Math.max(lastColumn, cell.merge?.right ?? cell.column);
  }
  const rowIndex = new Map(keptRows.map((row, i) => [row, i]));
  /** Kept rows up to and including `row`. */
  const keptThrough = (row: number): number => {
    let lo = 0;
    let hi = keptRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keptRows[mid]! <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const byRow = new Map<number, FilledCell[]>();
  // Columns of each kept row covered by a merged range whose master is in an earlier row: the
  // writer lays those out itself, so no cell is written there.
  const coveredFromAbove = new Map<number, Set<number>>();
  for (const cell of filled) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
    if (!cell.merge || cell.merge.bottom <= cell.row) continue;
    for (let i = rowIndex.get(cell.row)! + 1; i < keptRows.length && keptRows[i]! <= cell.merge.bottom; i++) {
      const covered = coveredFromAbove.get(keptRows[i]!) ?? new Set<number>();
      for (let column = cell.column; column <= Math.min(cell.merge.right, lastColumn); column++) covered.add(column);
      coveredFromAbove.set(keptRows[i]!, covered);
    }
  }
  return keptRows.map((rowNumber) => {
    const cells = byRow.get(rowNumber)!.sort((a, b) => a.column - b.column);
    const covered = coveredFromAbove.get(rowNumber);
    const out: WriterCell[] = [];
    const emptyUpTo = (end: number) => {
      for (; column < end; column++) if (!covered?.has(column)) out.push({ text: '' });
    };
    let column = firstColumn;
    for (const cell of cells) {
      // A filled cell under a merged range from above is hidden by it in Excel too.
      if (covered?.has(cell.column)) continue;
      emptyUpTo(cell.column);
      const colSpan = cell.merge ? Math.min(cell.merge.right, lastColumn) - cell.column + 1 : 1;
      const rowSpan = cell.merge ? keptThrough(cell.merge.bottom) - rowIndex.get(rowNumber)! : 1;
      out.push({ text: cell.text, colSpan, rowSpan, place: { sheet: sheetName, cell: cell.address } });
      column = cell.column + colSpan;
    }
    emptyUpTo(lastColumn + 1);
    return out;
  });
}

/** A cell's text as Excel shows it. */
export function displayedText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt === SHORT_DATE ? 'yyyy/m/d' : cell.numFmt);
}

/** A value as shown under a number format: numbers and dates formatted, rich text joined, formulas by their cached result, errors as written. */
export function valueText(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatValue(value, numFmt) ?? formatGeneral(value);
  if (typeof value === 'string') return formatValue(value, numFmt) ?? value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const serial = dateToSerial(value);
    return formatValue(serial, numFmt) ?? value.toISOString().slice(0, 10);
  }
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text ?? '').join('');
  if ('error' in value) return String(value.error);
  if ('hyperlink' in value) return valueText((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: ExcelJS.CellValue }).result, numFmt);
  return '';
}
