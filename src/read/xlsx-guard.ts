// Checks an .xlsx package before exceljs unpacks it: an encrypted (OLE) file, a file that is not a
// zip or is truncated, a zip bomb (inflated size and ratio, measured while inflating with a cap),
// and sheets whose cells or merged ranges would make exceljs allocate far more than their content.
import { createInflateRaw } from 'node:zlib';
import JSZip from 'jszip';
import { INPUT, SHEET_LIMITS, type Text } from '../messages.js';
import { InputError, OLE_MAGIC, startsWith } from './decode.js';

/** How much of a workbook crossfoot reads. */
export const XLSX_LIMITS = {
  /** All entries of the package, inflated. */
  inflatedBytes: 200 * 1024 * 1024,
  /** An entry inflating to more than `ratioFloorBytes` at more than this ratio is a bomb. */
  ratio: 200,
  ratioFloorBytes: 10 * 1024 * 1024,
  /** Cells holding a value, in one sheet. */
  filledCells: 200_000,
  /** Cell and row elements of one sheet, empty ones included (exceljs makes an object of each). */
  cellElements: 500_000,
  rowElements: 200_000,
  /** Merged ranges of one sheet, and the cells they cover (exceljs makes an object of each). */
  merges: 10_000,
  mergedCells: 1_000_000,
  /** Columns of a sheet's table, and its rows × columns. */
  columns: 10_000,
  gridCells: 2_000_000,
} as const;


/** Whether `bytes` holds `text` encoded as UTF-16LE (names in an OLE directory are). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}


/** Sheet names by their part path (`xl/worksheets/sheet1.xml` → `自评表`), read from the workbook and its relationships. */
function sheetNamesByPart(workbook: string, rels: string): Map<string, string> {
  const names = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(target, decodeXmlText(name));
  }
  return names;
}

function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[entity.toLowerCase()]) return named[entity.toLowerCase()]!;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** Counts kept while a sheet's XML streams past. */
interface SheetCounts {
  rows: number;
  cells: number;
  filledCells: number;
  merges: number;
  mergedCells: number;
}

/** Column number of an A1 address's letters (A = 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells a range reference covers (`A1:C3` → 9); 1 for a single cell, 0 if unreadable. */
function rangeArea(ref: string): number {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return 0;
  if (!m[3]) return 1;
  const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1]!)) + 1;
  const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
  return cols * rows;
}

/** Tally one stretch of sheet XML that starts at a tag boundary. */
function tally(xml: string, counts: SheetCounts): void {
  for (const m of xml.matchAll(/<(?:\w+:)?(row|c|mergeCell)\b[^>]*?(\/?)>/g)) {
    if (m[1] === 'row') counts.rows++;
    else if (m[1] === 'c') {
      counts.cells++;
      // A cell element with a body holds a value, a formula or inline text; an empty one is self-closing.
      if (m[2] !== '/') counts.filledCells++;
    } else {
      counts.merges++;
      counts.mergedCells += rangeArea(/\bref="([^"]*)"/.exec(m[0])?.[1] ?? '');
    }
  }
}

/** A sentence for a sheet over a limit. */
function tooLarge(name: string, sheet: string, what: Text): InputError {
  return new InputError(INPUT.sheetTooLarge(name, sheet, what));
}

/**
 * Check a package before exceljs loads it: throws InputError with one sentence for a file that is
 * encrypted, not a zip, truncated, not a workbook, a zip bomb, or has a sheet over XLSX_LIMITS.
 */
export async function checkXlsxPackage(bytes: Uint8Array, name: string): Promise<void> {
  if (startsWith(bytes, OLE_MAGIC)) {
    if (holdsUtf16(bytes, 'EncryptionInfo') || holdsUtf16(bytes, 'EncryptedPackage')) {
      throw new InputError(INPUT.xlsxEncrypted(name));
    }
    throw new InputError(INPUT.xlsxIsXls(name));
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new InputError(INPUT.xlsxNotZip(name));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError(INPUT.xlsxUnzip(name));
  }
  if (!zip.file('xl/workbook.xml')) throw new InputError(INPUT.xlsxNoWorkbook(name));
  const bomb = () => new InputError(INPUT.xlsxBomb(name, XLSX_LIMITS.inflatedBytes / 1024 / 1024));
  // The sizes the central directory declares: cheap, but a crafted file can lie, so inflation below counts too.
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  let declared = 0;
  for (const entry of entries) {
    const data = (entry as unknown as { _data?: RawEntry })._data;
    const size = data?.uncompressedSize ?? 0;
    declared += size;
    if (size > XLSX_LIMITS.ratioFloorBytes && size / Math.max(1, data?.compressedSize ?? 0) > XLSX_LIMITS.ratio) throw bomb();
  }
  if (declared > XLSX_LIMITS.inflatedBytes) throw bomb();
  // Every entry is inflated here once, with a cap, before exceljs inflates it again.
  let inflated = 0;
  const chunksOf = async function* (entry: JSZip.JSZipObject): AsyncGenerator<Buffer> {
    const data = (entry as unknown as { _data?: RawEntry })._data;
    const compressed = data?.compressedContent;
    if (!data || !compressed || typeof compressed === 'string') return;
    const stored = data.compression?.magic === '\x00\x00';
    if (!stored && data.compression?.magic !== '\x08\x00') throw new InputError(INPUT.xlsxCompression(name));
    const entryLimit = Math.max(XLSX_LIMITS.ratioFloorBytes, compressed.length * XLSX_LIMITS.ratio);
    let entryBytes = 0;
    try {
      for await (const chunk of stored ? [Buffer.from(compressed)] : inflating(compressed)) {
        inflated += chunk.length;
        entryBytes += chunk.length;
        if (inflated > XLSX_LIMITS.inflatedBytes || entryBytes > entryLimit) throw bomb();
        yield chunk;
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(INPUT.xlsxInflate(name));
    }
  };
  const textOf = async (path: string): Promise<string> => {
    const entry = zip.file(path);
    if (!entry) return '';
    const parts: Buffer[] = [];
    for await (const chunk of chunksOf(entry)) parts.push(chunk);
    return Buffer.concat(parts).toString('utf8');
  };
  const sheetNames = sheetNamesByPart(await textOf('xl/workbook.xml'), await textOf('xl/_rels/workbook.xml.rels'));
  for (const entry of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    if (!isSheet) {
      if (entry.name !== 'xl/workbook.xml' && entry.name !== 'xl/_rels/workbook.xml.rels') for await (const chunk of chunksOf(entry)) void chunk;
      continue;
    }
    const sheet = sheetNames.get(entry.name) ?? entry.name;
    const counts: SheetCounts = { rows: 0, cells: 0, filledCells: 0, merges: 0, mergedCells: 0 };
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    for await (const chunk of chunksOf(entry)) {
      // Tally up to the last tag start; the rest waits for the next chunk.
      const text = carry + decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf('<');
      tally(cut === -1 ? text : text.slice(0, cut), counts);
      carry = cut === -1 ? '' : text.slice(cut);
      if (carry.length > 1024 * 1024) carry = '';
      const over = overLimit(counts);
      if (over) throw tooLarge(name, sheet, over);
    }
    tally(carry + decoder.decode(), counts);
    const over = overLimit(counts);
    if (over) throw tooLarge(name, sheet, over);
  }
}

/** What JSZip keeps of an entry it has not inflated (internal, but stable since JSZip 3.0). */
interface RawEntry {
  uncompressedSize?: number;
  compressedSize?: number;
  compression?: { magic: string };
  compressedContent?: Uint8Array | string;
}

/** The inflated chunks of raw DEFLATE data; breaking out of the loop destroys the stream. */
function inflating(compressed: Uint8Array): AsyncIterable<Buffer> {
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(compressed);
  return inflater;
}

/** What a sheet's counts exceed, in words, or undefined. */
function overLimit(counts: SheetCounts): Text | undefined {
  if (counts.filledCells > XLSX_LIMITS.filledCells) return SHEET_LIMITS.filledCells(XLSX_LIMITS.filledCells);
  if (counts.cells > XLSX_LIMITS.cellElements) return SHEET_LIMITS.cells(XLSX_LIMITS.cellElements);
  if (counts.rows > XLSX_LIMITS.rowElements) return SHEET_LIMITS.rows(XLSX_LIMITS.rowElements);
  if (counts.merges > XLSX_LIMITS.merges) return SHEET_LIMITS.merges(XLSX_LIMITS.merges);
  if (counts.mergedCells > XLSX_LIMITS.mergedCells) return SHEET_LIMITS.mergedCells(XLSX_LIMITS.mergedCells);
  return undefined;
}
