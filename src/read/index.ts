// The read stage: a path or stdin to one string.
import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, InputError, type DecodedText } from './decode.js';
import { formatOf, REPORT_EXTENSIONS } from './formats.js';
import type { ReadText } from './source.js';

export { decodeBytes, InputError, type DecodedText } from './decode.js';
export type { PlaceSpan, ReadText, SourcePlace } from './source.js';

/** A file over --max-file-size: skipped with a warning rather than read. */
export class FileTooLargeError extends InputError {
  override name = 'FileTooLargeError';
}

/** Default largest file crossfoot reads (bytes). */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/**
 * Read and decode one file; every failure is an InputError with one clear sentence. The reads are
 * synchronous: files are linted one after another, and an await per read left the thread idle for
 * about a millisecond per file.
 */
export async function readTextFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadText & Partial<DecodedText>> {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(`${path} is a directory with no report files (${REPORT_EXTENSIONS.join(', ')}) in it.`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(path, error));
  }
  if (size > maxFileSize) {
    throw new FileTooLargeError(`${path} is ${formatBytes(size)}, over the ${formatBytes(maxFileSize)} limit (--max-file-size); it was skipped.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(describeFsError(path, error));
  }
  const format = formatOf(path);
  if (format) {
    const read = await (await format.load())(bytes, path);
    if (read.text.trim() === '') throw new InputError(`${path} is empty: there is nothing to lint.`);
    return read;
  }
  return decodeBytes(bytes, path);
}

/** Whether a path names a Word document. */
export function isDocx(path: string): boolean {
  return path.toLowerCase().endsWith('.docx');
}

/** Read all of standard input and decode it. */
export async function readStdin(name: string, stream: NodeJS.ReadableStream = process.stdin): Promise<DecodedText> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeBytes(Buffer.concat(chunks), name);
}

/** One sentence for a file-system error. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be read: permission denied.`;
    case 'EISDIR':
      return `${path} is a directory with no report files in it.`;
    default:
      return `${path} cannot be read (${code ?? String(error)}).`;
  }
}

/** Human-readable size. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
