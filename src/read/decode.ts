// Bytes to text: BOM sniffing, UTF-8, UTF-16 and GB18030/GBK, and a clear refusal of binary input.
import { INPUT, LocalizedError, type Text } from '../messages.js';

/** A problem with an input that the user must fix; the CLI prints its message (in --locale) and exits 2. */
export class InputError extends LocalizedError {
  override name = 'InputError';
}

/** An input with no text in it (0 bytes or only white space): nothing is wrong with it, so the CLI lints it as empty and notes it. */
export class EmptyInputError extends InputError {
  override name = 'EmptyInputError';
  constructor(name: string) {
    super(INPUT.empty(name));
  }
}

/** Encodings crossfoot reads. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and how it was encoded. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** File kinds told by their first bytes: the short name (`PNG`) and the phrase for a sentence (`a PNG image`, `PNG 图片`). */
const BINARY_MAGIC: Array<{ short: string; phrase: Text; magic: readonly number[] }> = [
  { short: 'PDF', phrase: { zh: 'PDF 文件', en: 'a PDF file' }, magic: [0x25, 0x50, 0x44, 0x46] },
  { short: 'PNG', phrase: { zh: 'PNG 图片', en: 'a PNG image' }, magic: [0x89, 0x50, 0x4e, 0x47] },
  { short: 'JPEG', phrase: { zh: 'JPEG 图片', en: 'a JPEG image' }, magic: [0xff, 0xd8, 0xff] },
  { short: 'GIF', phrase: { zh: 'GIF 图片', en: 'a GIF image' }, magic: [0x47, 0x49, 0x46, 0x38] },
  { short: 'ZIP', phrase: { zh: 'ZIP 压缩包（.docx、.xlsx 等）', en: 'a ZIP archive (a .docx, .xlsx or similar)' }, magic: [0x50, 0x4b, 0x03, 0x04] },
  { short: 'OLE (.doc/.xls)', phrase: { zh: 'OLE 文件（.doc 或 .xls）', en: 'an OLE file (a .doc or .xls)' }, magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { short: 'gzip', phrase: { zh: 'gzip 压缩包', en: 'a gzip archive' }, magic: [0x1f, 0x8b] },
];

/** The signature of a ZIP archive (.docx, .xlsx). */
export const ZIP_MAGIC: readonly number[] = [0x50, 0x4b, 0x03, 0x04];
/** The full signature of an OLE compound file (.doc, .xls, an encrypted .xlsx). */
export const OLE_MAGIC: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start with a signature. */
export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The binary kind the first bytes say a file is, if any. */
export function binaryKind(bytes: Uint8Array): { short: string; phrase: Text } | undefined {
  return BINARY_MAGIC.find((kind) => startsWith(bytes, kind.magic));
}

/** The bytes decoded, or null where they are not valid in that encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, LF, CR, FF: a text file has (almost) none. */
function looksBinary(text: string): boolean {
  let controls = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > 0 && controls / sample.length > 0.01;
}

/**
 * Decode a file's bytes. `name` is used only in error messages.
 * Throws InputError for empty, binary or undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length === 0) throw new EmptyInputError(name);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes, 'utf-8');
    if (text === null) throw new InputError(INPUT.badBom(name, 'UTF-8'));
    return checkText({ text, encoding: 'utf-8' }, name);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes, 'utf-16le');
    if (text === null) throw new InputError(INPUT.badBom(name, 'UTF-16'));
    return checkText({ text, encoding: 'utf-16le' }, name);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes, 'utf-16be');
    if (text === null) throw new InputError(INPUT.badBom(name, 'UTF-16'));
    return checkText({ text, encoding: 'utf-16be' }, name);
  }
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(INPUT.binary(name, kind.short));
  if (bytes.includes(0)) throw new InputError(INPUT.binaryNul(name));
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return checkText({ text: utf8, encoding: 'utf-8' }, name);
  // Files saved by Chinese Windows and WPS are often GBK; GB18030 is its superset.
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb !== null) return checkText({ text: gb, encoding: 'gb18030' }, name);
  throw new InputError(INPUT.undecodable(name));
}

function checkText(decoded: DecodedText, name: string): DecodedText {
  if (looksBinary(decoded.text)) throw new InputError(INPUT.binary(name));
  if (decoded.text.trim() === '') throw new EmptyInputError(name);
  return decoded;
}
