// Types for word-extractor (it ships none): the parts crossfoot uses.
declare module 'word-extractor' {
  /** An extracted Word document. */
  export interface WordDocument {
    getBody(): string;
  }
  /** Extracts text from .doc (OLE) and .docx files. */
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
