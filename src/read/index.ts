// The read stage: a path or stdin to one string.
import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, EmptyInputError, InputError, startsWith, ZIP_MAGIC, type DecodedText } from './decode.js';
import { INPUT, sizeText, type Text } from '../messages.js';
import { formatOf, REPORT_EXTENSIONS, unreadableFormatOf, type Format } from './formats.js';
import type { ReadText } from './source.js';

export { decodeBytes, EmptyInputError, InputError, type DecodedText } from './decode.js';
export type { PlaceSpan, ReadText, SourcePlace } from './source.js';

/** A file over --max-file-size: skipped with a warning rather than read. */
export class FileTooLargeError extends InputError {
  override name = 'FileTooLargeError';
}

/** Default largest file crossfoot reads (bytes). */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/**
 * Read and decode one file; every failure is an InputError with one clear sentence (in each locale). The reads are
 * synchronous: files are linted one after another, and an await per read left the thread idle for
 * about a millisecond per file.
 */
export async function readTextFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadText & Partial<DecodedText>> {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(INPUT.noReportsIn(path, REPORT_EXTENSIONS));
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(path, error));
  }
  if (size > maxFileSize) {
    throw new FileTooLargeError(INPUT.tooLarge(path, size, maxFileSize));
  }
  const unreadable = unreadableFormatOf(path);
  if (unreadable) throw new InputError(INPUT.unreadableFormat(path, unreadable.label, unreadable.advice));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(describeFsError(path, error));
  }
  const format = formatOf(path);
  return format ? readFormat(format, bytes, path) : decodeBytes(bytes, path);
}

/** Read bytes in a format other than plain text; no text in it is an EmptyInputError. */
async function readFormat(format: Format, bytes: Uint8Array, name: string): Promise<ReadText> {
  const read = await (await format.load())(bytes, name);
  if (read.text.trim() === '') throw new EmptyInputError(name);
  return read;
}

/** Whether a path names a Word document. */
export function isDocx(path: string): boolean {
  return path.toLowerCase().endsWith('.docx');
}

/**
 * Read all of standard input: a Word document when `name` says so or the bytes are a ZIP archive
 * (a .docx is one), a format of `name`'s extension, otherwise decoded text.
 */
export async function readStdin(name: string, stream: NodeJS.ReadableStream = process.stdin): Promise<ReadText & Partial<DecodedText>> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const bytes = Buffer.concat(chunks);
  const zip = startsWith(bytes, ZIP_MAGIC);
  const format = formatOf(name) ?? (zip ? formatOf('.docx') : undefined);
  return format && bytes.length > 0 ? readFormat(format, bytes, name) : decodeBytes(bytes, name);
}

/** One sentence for a file-system error. */
export function describeFsError(path: string, error: unknown): Text {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return INPUT.missing(path);
    case 'EACCES':
    case 'EPERM':
      return INPUT.permission(path);
    case 'EISDIR':
      return INPUT.isDirectory(path);
    default:
      return INPUT.unreadablePath(path, code ?? String(error));
  }
}

/** Human-readable size (in English: `6.9 KB`, `120 bytes`). */
export function formatBytes(bytes: number): string {
  return sizeText(bytes).en;
}
