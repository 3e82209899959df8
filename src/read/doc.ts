// Legacy Word documents (.doc, the OLE format of Word 97–2003) as Markdown text: a paragraph per
// line with a blank line between (a manual line break a line of its paragraph), and table rows
// (word-extractor ends each cell with a tab and each row with a line break, once doc-paragraphs.ts
// has marked the row ends it misses) as GFM tables. A .doc that is really a .docx is read as one;
// RTF or a web page saved as .doc is refused.
import { importPackage } from '../lazy.js';
import { INPUT, type Text } from '../messages.js';
import { InputError, OLE_MAGIC, startsWith, ZIP_MAGIC } from './decode.js';
import { CELL_PARAGRAPH, LINE_BREAK, markParagraphs } from './doc-paragraphs.js';
import { MarkdownWriter } from './markdown.js';
import type { ReadText } from './source.js';
import type { OleDocument } from 'word-extractor/lib/word-ole-extractor.js';

/** What a file that is not an OLE Word document is, by its first bytes, and what to do; undefined when unknown. */
function otherKind(bytes: Uint8Array): Text | undefined {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) return { zh: 'RTF 文件，请另存为 .docx 后再检查', en: 'an RTF file; save it as .docx to lint it' };
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head) || head.includes('xmlns:w="urn:schemas-microsoft-com:office:word"')) return { zh: '网页，请把扩展名改为 .html 后再检查', en: 'a web page; rename it to .html to lint it' };
  if (head.startsWith('%pdf')) return { zh: 'PDF 文件', en: 'a PDF file' };
  return undefined;
}

/** The reader of the formats table: a .doc as Markdown text. */
export async function readDocText(bytes: Uint8Array, name: string): Promise<ReadText> {
  if (bytes.length === 0) throw new InputError(INPUT.empty(name));
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Saved as .docx under a .doc name (a common rename): read it as what it is.
    return (await import('./docx.js')).readDocxText(bytes, name);
  }
  if (!startsWith(bytes, OLE_MAGIC)) {
    const kind = otherKind(bytes);
    throw new InputError(kind ? INPUT.docOther(name, kind) : INPUT.docNoOle(name));
  }
  let body: string;
  try {
    body = await extractMarked(Buffer.from(bytes));
  } catch {
    // What the marking pass cannot read, word-extractor alone may: rows it tells apart are still read.
    try {
      // Loaded at run time, outside the CLI bundle (see importPackage).
      const { default: WordExtractor } = await importPackage<typeof import('word-extractor')>('word-extractor');
      body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
    } catch {
      throw new InputError(INPUT.docDamaged(name));
    }
  }
  return docBodyText(body);
}

/**
 * The body text as word-extractor gives it, with the paragraph properties it leaves unread marked
 * (see doc-paragraphs.ts): every table row ends with a line break, a cell's paragraphs are parted by
 * CELL_PARAGRAPH and manual line breaks are LINE_BREAK.
 */
async function extractMarked(bytes: Buffer): Promise<string> {
  const [{ default: WordOleExtractor }, { default: BufferReader }] = await Promise.all([
    importPackage<typeof import('word-extractor/lib/word-ole-extractor.js')>('word-extractor/lib/word-ole-extractor.js'),
    importPackage<typeof import('word-extractor/lib/buffer-reader.js')>('word-extractor/lib/buffer-reader.js'),
  ]);
  class MarkingExtractor extends WordOleExtractor {
    private data: Buffer | undefined;
    protected override async extractWordDocument(document: OleDocument, buffer: Buffer) {
      try {
        const data = await this.streamBuffer(await this.documentStream(document, 'Data'));
        this.data = data.length > 0 ? data : undefined;
      } catch {
        this.data = undefined;
      }
      return super.extractWordDocument(document, buffer);
    }
    protected override writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void {
      markParagraphs(this._pieces, buffer, tableBuffer, this.data);
    }
  }
  const reader = new BufferReader(bytes);
  await reader.open();
  try {
    return (await new MarkingExtractor().extract(reader)).getBody();
  } finally {
    await reader.close();
  }
}

/** A cell's paragraph breaks and manual line breaks (see doc-paragraphs.ts). */
const IN_LINE_BREAKS = new RegExp(`[${CELL_PARAGRAPH}${LINE_BREAK}]`, 'g');

/** A line word-extractor wrote for a table row: its cells each end with a tab. */
const isRow = (line: string) => line.endsWith('\t');

/**
 * word-extractor's body text as Markdown. A cell with several paragraphs spans lines, so a line
 * holding a tab but not ending in one runs on to the next line that does (within three lines);
 * a lone row is kept as a tab-separated line.
 */
export function docBodyText(body: string): ReadText {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const writer = new MarkdownWriter({ apart: true });
  let rows: string[][] = [];
  const endTable = () => {
    // One row alone is not told apart from rows run together (word-extractor sometimes ends a
    // row with a tab, not a line break): keep it as the tab-separated line it is.
    if (rows.length > 1) writer.table(rows.map((row) => row.map((text) => ({ text }))));
    else for (const row of rows) writer.paragraph(row.join('\t'));
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.includes('\t') && !isRow(line)) {
      const end = lines.slice(i + 1, i + 4).findIndex(isRow);
      if (end >= 0 && lines.slice(i + 1, i + 1 + end).every((l) => !l.includes('\t'))) {
        line = lines.slice(i, i + 2 + end).join(' ');
        i += end + 1;
      }
    }
    if (isRow(line)) {
      rows.push(line.slice(0, -1).split('\t').map((cell) => cell.replace(IN_LINE_BREAKS, ' ').trim()));
      continue;
    }
    endTable();
    // A paragraph, its manual line breaks lines of it.
    line.split(IN_LINE_BREAKS).forEach((part, k) => (k === 0 ? writer.paragraph(part) : writer.line(part)));
  }
  endTable();
  return writer.result();
}
