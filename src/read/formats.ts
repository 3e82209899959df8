// The formats crossfoot reads, by file extension. Each reader turns a file's bytes into the
// Markdown text the parser takes (see markdown.ts) and notes where its pieces came from (source.ts).
// Readers load only when a file of their format is read.
import type { ReadText } from './source.js';

/** A reader of one format: bytes to text, or an InputError saying in one sentence why not. */
export type Reader = (bytes: Uint8Array, name: string) => Promise<ReadText>;

/** A format: the extensions it is known by (lower case, with the dot) and its reader. */
export interface Format {
  extensions: readonly string[];
  /** What users call it, for messages (`Word document`). */
  label: string;
  load: () => Promise<Reader>;
}

/** Formats other than plain text, which is every other report extension (see TEXT_EXTENSIONS). */
export const FORMATS: readonly Format[] = [
  { extensions: ['.docx'], label: 'Word document', load: async () => (await import('./docx.js')).readDocxText },
  { extensions: ['.doc'], label: 'Word 97–2003 document', load: async () => (await import('./doc.js')).readDocText },
  { extensions: ['.html', '.htm'], label: 'web page', load: async () => (await import('./html.js')).readHtmlText },
  { extensions: ['.pdf'], label: 'PDF document', load: async () => (await import('./pdf.js')).readPdfText },
  { extensions: ['.xlsx'], label: 'Excel workbook', load: async () => (await import('./xlsx.js')).readXlsxText },
];

/** Plain-text extensions: the file is the text. */
export const TEXT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** Every extension crossfoot reads (folders and globs pick these up). */
export const REPORT_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...FORMATS.flatMap((f) => f.extensions)];

/** The format of a path by its extension; undefined for plain text (or an extension not listed). */
export function formatOf(path: string): Format | undefined {
  const lower = path.toLowerCase();
  return FORMATS.find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}
