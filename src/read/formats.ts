// The formats crossfoot reads, by file extension. Each reader turns a file's bytes into the
// Markdown text the parser takes (see markdown.ts) and notes where its pieces came from (source.ts).
// Readers load only when a file of their format is read.
import type { Text } from '../messages.js';
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
  /** What it is: with its article in English (`a WPS document`), `WPS 文档` in Chinese. */
  label: Text;
  /** The next step, as a clerk would be told it. */
  advice: Text;
}

const SAVE_DOCX_WPS: Text = { zh: '用 WPS 另存为 .docx', en: 'save it as .docx in WPS' };
const SAVE_XLSX_WPS: Text = { zh: '用 WPS 另存为 .xlsx', en: 'save it as .xlsx in WPS' };
const SAVE_DOCX: Text = { zh: '另存为 .docx', en: 'save it as .docx' };
const SAVE_XLSX: Text = { zh: '另存为 .xlsx', en: 'save it as .xlsx' };
const TEXT_AS_DOCX: Text = { zh: '把报告正文另存为 .docx', en: 'save the report text as .docx' };

/** Known document and spreadsheet formats crossfoot cannot read, by extension; folder runs count them as skipped. */
export const UNREADABLE_FORMATS: Readonly<Record<string, UnreadableFormat>> = {
  '.wps': { label: { zh: 'WPS 文档', en: 'a WPS document' }, advice: SAVE_DOCX_WPS },
  '.wpt': { label: { zh: 'WPS 模板', en: 'a WPS template' }, advice: SAVE_DOCX_WPS },
  '.et': { label: { zh: 'WPS 表格', en: 'a WPS spreadsheet' }, advice: SAVE_XLSX_WPS },
  '.ett': { label: { zh: 'WPS 表格模板', en: 'a WPS spreadsheet template' }, advice: SAVE_XLSX_WPS },
  '.dps': { label: { zh: 'WPS 演示文稿', en: 'a WPS presentation' }, advice: TEXT_AS_DOCX },
  '.xls': { label: { zh: 'Excel 97–2003 工作簿', en: 'an Excel 97–2003 workbook' }, advice: { zh: '用 Excel 或 WPS 另存为 .xlsx', en: 'save it as .xlsx in Excel or WPS' } },
  '.dot': { label: { zh: 'Word 97–2003 模板', en: 'a Word 97–2003 template' }, advice: SAVE_DOCX },
  '.dotx': { label: { zh: 'Word 模板', en: 'a Word template' }, advice: SAVE_DOCX },
  '.docm': { label: { zh: '启用宏的 Word 文档', en: 'a macro-enabled Word document' }, advice: SAVE_DOCX },
  '.wpd': { label: { zh: 'WordPerfect 文档', en: 'a WordPerfect document' }, advice: SAVE_DOCX },
  '.odt': { label: { zh: 'OpenDocument 文本', en: 'an OpenDocument text' }, advice: SAVE_DOCX },
  '.ods': { label: { zh: 'OpenDocument 电子表格', en: 'an OpenDocument spreadsheet' }, advice: SAVE_XLSX },
  '.rtf': { label: { zh: 'RTF 文档', en: 'a Rich Text document' }, advice: SAVE_DOCX },
  '.pages': { label: { zh: 'Pages 文稿', en: 'a Pages document' }, advice: { zh: '在 Pages 中导出为 .docx', en: 'export it as .docx from Pages' } },
  '.numbers': { label: { zh: 'Numbers 表格', en: 'a Numbers spreadsheet' }, advice: { zh: '在 Numbers 中导出为 .xlsx', en: 'export it as .xlsx from Numbers' } },
  '.key': { label: { zh: 'Keynote 演示文稿', en: 'a Keynote presentation' }, advice: TEXT_AS_DOCX },
  '.ppt': { label: { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' }, advice: TEXT_AS_DOCX },
  '.pptx': { label: { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' }, advice: TEXT_AS_DOCX },
  '.ofd': { label: { zh: 'OFD 文档', en: 'an OFD document' }, advice: { zh: '向报送单位索取 .docx 原件', en: 'ask the unit that sent it for the .docx original' } },
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
