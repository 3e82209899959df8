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

/** A document or spreadsheet format crossfoot cannot read, and what to do instead (one place for the advice). */
export interface UnreadableFormat {
  /** What it is, with its article (`a WPS document`). */
  label: string;
  /** The next step, as a clerk would be told it. */
  advice: string;
}

/** Known document and spreadsheet formats crossfoot cannot read, by extension; folder runs count them as skipped. */
export const UNREADABLE_FORMATS: Readonly<Record<string, UnreadableFormat>> = {
  '.wps': { label: 'a WPS document', advice: '用 WPS 另存为 .docx' },
  '.wpt': { label: 'a WPS template', advice: '用 WPS 另存为 .docx' },
  '.et': { label: 'a WPS spreadsheet', advice: '用 WPS 另存为 .xlsx' },
  '.ett': { label: 'a WPS spreadsheet template', advice: '用 WPS 另存为 .xlsx' },
  '.dps': { label: 'a WPS presentation', advice: '把报告正文另存为 .docx' },
  '.xls': { label: 'an Excel 97–2003 workbook', advice: '用 Excel 或 WPS 另存为 .xlsx' },
  '.dot': { label: 'a Word 97–2003 template', advice: '另存为 .docx' },
  '.dotx': { label: 'a Word template', advice: '另存为 .docx' },
  '.docm': { label: 'a macro-enabled Word document', advice: '另存为 .docx' },
  '.wpd': { label: 'a WordPerfect document', advice: '另存为 .docx' },
  '.odt': { label: 'an OpenDocument text', advice: '另存为 .docx' },
  '.ods': { label: 'an OpenDocument spreadsheet', advice: '另存为 .xlsx' },
  '.rtf': { label: 'a Rich Text document', advice: '另存为 .docx' },
  '.pages': { label: 'a Pages document', advice: '在 Pages 中导出为 .docx' },
  '.numbers': { label: 'a Numbers spreadsheet', advice: '在 Numbers 中导出为 .xlsx' },
  '.key': { label: 'a Keynote presentation', advice: '把报告正文另存为 .docx' },
  '.ppt': { label: 'a PowerPoint presentation', advice: '把报告正文另存为 .docx' },
  '.pptx': { label: 'a PowerPoint presentation', advice: '把报告正文另存为 .docx' },
  '.ofd': { label: 'an OFD document', advice: '向报送单位索取 .docx 原件' },
};

/** The extension of a path, lower case with the dot ('' when it has none). */
function extensionOf(path: string): string {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? m[0].toLowerCase() : '';
}

/** The unreadable format of a path by its extension, with its extension; undefined when crossfoot reads it or it is no document. */
export function unreadableFormatOf(path: string): (UnreadableFormat & { extension: string }) | undefined {
  const extension = extensionOf(path);
  const format = Object.hasOwn(UNREADABLE_FORMATS, extension) ? UNREADABLE_FORMATS[extension] : undefined;
  return format && !REPORT_EXTENSIONS.includes(extension) ? { ...format, extension } : undefined;
}
