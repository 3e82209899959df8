// Build small .docx files for tests: paragraphs (optionally with a heading style), tab characters
// as w:tab, tables with merged cells, raw body XML (content controls, text boxes, tracked changes),
// and optionally a numbering part and extra styles.
import JSZip from 'jszip';

/** A block of the document body. */
export type Block = { paragraph: string; style?: string } | { xml: string } | { table: Array<Array<string | { text: string; span?: number; vMerge?: 'restart' | 'continue' }>> };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runs(text: string): string {
  // One run per piece between tabs, like Word writes them.
  return text
    .split('\t')
    .map((piece, i) => `${i > 0 ? '<w:r><w:tab/></w:r>' : ''}${piece ? `<w:r><w:t xml:space="preserve">${escape(piece)}</w:t></w:r>` : ''}`)
    .join('');
}

/** Parts besides the body: word/numbering.xml's content, and w:style elements added to styles.xml. */
export interface DocxParts {
  numbering?: string;
  styles?: string;
}

/** The XML of runs for `text`, one run per piece between tabs. */
export const runsXml = runs;

/** The bytes of a .docx with these blocks. */
export async function buildDocx(blocks: Block[], parts: DocxParts = {}): Promise<Uint8Array> {
  const body = blocks
    .map((b) => {
      if ('xml' in b) return b.xml;
      if ('paragraph' in b) return `<w:p>${b.style ? `<w:pPr><w:pStyle w:val="${b.style}"/></w:pPr>` : ''}${runs(b.paragraph)}</w:p>`;
      return `<w:tbl>${b.table
        .map(
          (row) =>
            `<w:tr>${row
              .map((cell) => {
                const c = typeof cell === 'string' ? { text: cell } : cell;
                const pr = `${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.vMerge ? `<w:vMerge w:val="${c.vMerge}"/>` : ''}`;
                return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p>${runs(c.text)}</w:p></w:tc>`;
              })
              .join('')}</w:tr>`,
        )
        .join('')}</w:tbl>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${parts.numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ''}</Types>`);
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${parts.numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ''}</Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>${parts.styles ?? ''}</w:styles>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  if (parts.numbering) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${parts.numbering}</w:numbering>`);
  return zip.generateAsync({ type: 'uint8array' });
}
