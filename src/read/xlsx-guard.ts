// Checks an .xlsx package before exceljs unpacks it: an encrypted (OLE) file, a file that is not a
// zip or is truncated, a zip bomb (inflated size and ratio, measured while inflating with a cap),
// and sheets whose cells or merged ranges would make exceljs allocate far more than their content.
import JSZip from 'jszip';
import { InputError } from './decode.js';

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

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether `bytes` holds `text` encoded as UTF-16LE (names in an OLE directory are). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

/** `1,048,576` */
const count = (n: number) => n.toLocaleString('en-US');

/** Sheet names by their part path (`xl/worksheets/sheet1.xml` → `自评表`), read from the workbook and its relationships. */
async function sheetNamesByPart(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
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
function tooLarge(name: string, sheet: string, what: string): InputError {
  return new InputError(`${name} is too large to read: sheet ${sheet} has ${what}.`);
}

/**
 * Check a package before exceljs loads it: throws InputError with one sentence for a file that is
 * encrypted, not a zip, truncated, not a workbook, a zip bomb, or has a sheet over XLSX_LIMITS.
 */
export async function checkXlsxPackage(bytes: Uint8Array, name: string): Promise<void> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    if (holdsUtf16(bytes, 'EncryptionInfo') || holdsUtf16(bytes, 'EncryptedPackage')) {
      throw new InputError(`${name} is encrypted (password-protected): open it in Excel, save a copy without a password, and lint that.`);
    }
    throw new InputError(`${name} is an Excel 97–2003 (.xls) workbook saved with the .xlsx extension, not an .xlsx file.`);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new InputError(`${name} is not an .xlsx workbook (it is not a zip package).`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError(`${name} is not a valid .xlsx file (it cannot be unzipped: it may be truncated or damaged).`);
  }
  if (!zip.file('xl/workbook.xml')) throw new InputError(`${name} is not an Excel workbook (it has no xl/workbook.xml).`);
  const bomb = () => new InputError(`${name} looks like a zip bomb: its contents inflate to more than ${XLSX_LIMITS.inflatedBytes / 1024 / 1024} MB or at an implausible ratio, so it was not unpacked.`);
  // The sizes the central directory declares: cheap, but a crafted file can lie, so inflation below counts too.
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  let declared = 0;
  for (const entry of entries) {
    const data = (entry as unknown as { _data?: { uncompressedSize?: number; compressedSize?: number } })._data;
    const size = data?.uncompressedSize ?? 0;
    declared += size;
    if (size > XLSX_LIMITS.ratioFloorBytes && size / Math.max(1, data?.compressedSize ?? 0) > XLSX_LIMITS.ratio) throw bomb();
  }
  if (declared > XLSX_LIMITS.inflatedBytes) throw bomb();
  const sheetNames = await sheetNamesByPart(zip);
  let inflated = 0;
  for (const entry of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const sheet = sheetNames.get(entry.name) ?? entry.name;
    const counts: SheetCounts = { rows: 0, cells: 0, filledCells: 0, merges: 0, mergedCells: 0 };
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    let entryBytes = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = (entry as unknown as { internalStream: (type: 'uint8array') => JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
      const fail = (error: Error) => {
        stream.pause();
        reject(error);
      };
      stream
        .on('data', (chunk) => {
          inflated += chunk.length;
          entryBytes += chunk.length;
          if (inflated > XLSX_LIMITS.inflatedBytes) return fail(bomb());
          if (entryBytes > XLSX_LIMITS.ratioFloorBytes && entryBytes / Math.max(1, (entry as unknown as { _data?: { compressedSize?: number } })._data?.compressedSize ?? 0) > XLSX_LIMITS.ratio) return fail(bomb());
          if (!isSheet) return;
          // Tally up to the last tag start; the rest waits for the next chunk.
          const text = carry + decoder.decode(chunk, { stream: true });
          const cut = text.lastIndexOf('<');
          tally(cut === -1 ? text : text.slice(0, cut), counts);
          carry = cut === -1 ? '' : text.slice(cut);
          if (carry.length > 1024 * 1024) carry = '';
          const over = overLimit(counts);
          if (over) fail(tooLarge(name, sheet, over));
        })
        .on('error', () => reject(new InputError(`${name} is not a valid .xlsx file (an entry of it cannot be inflated: it may be truncated or damaged).`)))
        .on('end', () => {
          if (isSheet) tally(carry + decoder.decode(), counts);
          const over = isSheet ? overLimit(counts) : undefined;
          if (over) reject(tooLarge(name, sheet, over));
          else resolve();
        })
        .resume();
    });
  }
}

/** What a sheet's counts exceed, in words, or undefined. */
function overLimit(counts: SheetCounts): string | undefined {
  if (counts.filledCells > XLSX_LIMITS.filledCells) return `more than ${count(XLSX_LIMITS.filledCells)} filled cells`;
  if (counts.cells > XLSX_LIMITS.cellElements) return `more than ${count(XLSX_LIMITS.cellElements)} cells, most of them empty`;
  if (counts.rows > XLSX_LIMITS.rowElements) return `more than ${count(XLSX_LIMITS.rowElements)} rows`;
  if (counts.merges > XLSX_LIMITS.merges) return `more than ${count(XLSX_LIMITS.merges)} merged ranges`;
  if (counts.mergedCells > XLSX_LIMITS.mergedCells) return `merged ranges covering more than ${count(XLSX_LIMITS.mergedCells)} cells`;
  return undefined;
}
