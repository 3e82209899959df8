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

// Its extractor of OLE .doc files, whose steps doc.ts extends to read table rows reliably.
declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type { WordDocument } from 'word-extractor';
  /** The OLE compound document (opaque here). */
  export interface OleDocument {
    stream(name: string): NodeJS.ReadableStream;
  }
  export default class WordOleExtractor {
    protected _pieces: Array<{ text: string; startFilePos: number; size: number; bpc: number }>;
    extract(reader: unknown): Promise<WordDocument>;
    protected extractWordDocument(document: OleDocument, buffer: Buffer): Promise<WordDocument>;
    protected documentStream(document: OleDocument, name: string): Promise<NodeJS.ReadableStream>;
    protected streamBuffer(stream: NodeJS.ReadableStream): Promise<Buffer>;
    protected writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
  }
}

declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<void>;
    close(): Promise<void>;
  }
}
