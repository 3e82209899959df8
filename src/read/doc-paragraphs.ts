// Table rows and paragraphs of a legacy Word document (.doc) as word-extractor's text should show
// them. word-extractor ends a table row (the row-end mark, a paragraph of its own) with a line
// break only when the mark's paragraph properties say so in the file's FKP page; when a row's
// properties are too large for the page (a row of many cells: the table's definition goes with
// them), Word and LibreOffice store them in the Data stream behind sprmPHugePapx, which
// word-extractor does not follow, and the row runs on into the next. This pass reads each
// paragraph's properties, from the page or the Data stream, and marks in the extracted pieces:
// a row end as a line break (as word-extractor does), a paragraph break inside a table cell as
// U+2029 and a manual line break (Shift+Enter) as U+2028, so that the text tells a cell's second
// paragraph and a line broken inside a paragraph from a new paragraph.

/** A paragraph break inside a table cell, in the text word-extractor gives. */
export const CELL_PARAGRAPH = '\u2029';
/** A manual line break inside a paragraph (Word's vertical tab). */
export const LINE_BREAK = '\u2028';

/** sprmPFInTable: the paragraph is in a table cell. */
const IN_TABLE = 0x2416;
/** sprmPFTtp: the paragraph is a table row's end mark. */
const ROW_END = 0x2417;
/** sprmPHugePapx: the paragraph's properties are in the Data stream at this offset. */
const HUGE_PAPX = 0x6646;
/** sprmTDefTable and sprmPChgTabs: variable operands whose size is not the usual byte. */
const DEF_TABLE = 0xd608;
const CHANGE_TABS = 0xc615;

/** word-extractor's text piece (see its word-ole-extractor.js): a run of characters at a file position. */
export interface Piece {
  text: string;
  startFilePos: number;
  size: number;
  bpc: number;
}

/** Each sprm of a grpprl and its first operand byte (enough for the flags read here); stops at a malformed one. */
export function sprmsOf(grpprl: Buffer): Array<{ sprm: number; operand: number; offset: number }> {
  const out: Array<{ sprm: number; operand: number; offset: number }> = [];
  let offset = 0;
  while (offset + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(offset);
    offset += 2;
    const spra = sprm >> 13;
    out.push({ sprm, operand: offset < grpprl.length ? grpprl.readUInt8(offset) : 0, offset });
    if (spra === 6) {
      if (sprm === DEF_TABLE) {
        if (offset + 2 > grpprl.length) break;
        offset += 1 + grpprl.readUInt16LE(offset);
      } else {
        if (offset >= grpprl.length) break;
        const size = grpprl.readUInt8(offset);
        if (sprm === CHANGE_TABS && size === 255) break;
        offset += 1 + size;
      }
    } else offset += [1, 1, 2, 4, 2, 2, 0, 3][spra]!;
  }
  return out;
}

/** What a paragraph's properties say of it. */
interface ParagraphKind {
  inTable: boolean;
  rowEnd: boolean;
}

/** The flags of a paragraph's grpprl, following sprmPHugePapx into the Data stream. */
function kindOf(grpprl: Buffer, data: Buffer | undefined): ParagraphKind {
  const kind = { inTable: false, rowEnd: false };
  const read = (bytes: Buffer, depth: number) => {
    for (const { sprm, operand, offset } of sprmsOf(bytes)) {
      if (sprm === IN_TABLE) kind.inTable = operand === 1;
      else if (sprm === ROW_END) kind.rowEnd = operand === 1;
      else if (sprm === HUGE_PAPX && data && depth === 0 && offset + 4 <= bytes.length) {
        const at = bytes.readUInt32LE(offset);
        if (at + 2 <= data.length) read(data.subarray(at + 2, Math.min(data.length, at + 2 + data.readUInt16LE(at))), 1);
      }
    }
  };
  read(grpprl, 0);
  return kind;
}

/**
 * Mark the pieces' text (in place, lengths unchanged) from the paragraph properties: row ends as
 * `\n`, in-cell paragraph breaks as CELL_PARAGRAPH, manual line breaks as LINE_BREAK. `buffer` is
 * the WordDocument stream, `table` the 0Table/1Table stream, `data` the Data stream if any.
 */
export function markParagraphs(pieces: Piece[], buffer: Buffer, table: Buffer, data: Buffer | undefined): void {
  // The manual line breaks first: a row end written over them stays a row end.
  for (const piece of pieces) if (piece.text.includes('\x0b')) piece.text = piece.text.replace(/\x0b/g, LINE_BREAK);
  const fc = buffer.readUInt32LE(0x0102);
  const lcb = buffer.readUInt32LE(0x0106);
  if (lcb < 4 || fc + lcb > table.length) return;
  const count = (lcb - 4) / 8;
  const plc = table.subarray(fc, fc + lcb);
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4);
    if ((page + 1) * 512 > buffer.length) continue;
    const fkp = buffer.subarray(page * 512, (page + 1) * 512);
    const runs = fkp.readUInt8(511);
    for (let j = 0; j < runs; j++) {
      const start = fkp.readUInt32LE(j * 4);
      const end = fkp.readUInt32LE((j + 1) * 4);
      const at = fkp.readUInt8((runs + 1) * 4 + j * 13) * 2;
      if (at === 0 || at >= 511) continue;
      const cb = fkp.readUInt8(at);
      // PapxInFkp: cb words of GrpPrlAndIstd (less one byte), or, when cb is 0, its size in the next byte.
      const grpprlAndIstd = cb !== 0 ? fkp.subarray(at + 1, at + 2 * cb) : fkp.subarray(at + 2, at + 2 + 2 * fkp.readUInt8(at + 1));
      if (grpprlAndIstd.length < 2) continue;
      const kind = kindOf(grpprlAndIstd.subarray(2), data);
      if (kind.rowEnd) fillByFilePos(pieces, start, end);
      else if (kind.inTable) replaceMark(pieces, end, CELL_PARAGRAPH);
    }
  }
}

/** Replace the characters of the pieces between two file positions by '\n'. */
function fillByFilePos(pieces: Piece[], start: number, end: number): void {
  for (const piece of pieces) {
    const pieceEnd = piece.startFilePos + piece.size;
    if (end <= piece.startFilePos || start >= pieceEnd) continue;
    const first = Math.floor((Math.max(start, piece.startFilePos) - piece.startFilePos) / piece.bpc);
    const last = Math.ceil((Math.min(end, pieceEnd) - piece.startFilePos) / piece.bpc);
    if (last > first) piece.text = piece.text.slice(0, first) + '\n'.repeat(last - first) + piece.text.slice(last);
  }
}

/** The paragraph mark ending at file position `end` (exclusive), if it is a carriage return, as `to`. */
function replaceMark(pieces: Piece[], end: number, to: string): void {
  const piece = pieces.find((p) => end > p.startFilePos && end <= p.startFilePos + p.size);
  if (!piece) return;
  const k = Math.ceil((end - piece.startFilePos) / piece.bpc) - 1;
  if (piece.text[k] === '\r') piece.text = piece.text.slice(0, k) + to + piece.text.slice(k + 1);
}
