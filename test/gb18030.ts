// A GB18030 encoder for tests. Node.js decodes GB18030 but cannot encode it, so the table is the
// decoder inverted: over every one- and two-byte code and every four-byte code of the Basic
// Multilingual Plane; characters beyond it follow GB18030's linear four-byte mapping.
const decoder = new TextDecoder('gb18030');
let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    const ch = decoder.decode(Uint8Array.from(bytes));
    if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, bytes);
  };
  for (let b = 0; b <= 0x80; b++) add([b]);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  }
  return map;
}

/** GB18030 bytes of a text, or undefined when it holds what no encoding can (a lone surrogate). */
export function encodeGb18030(text: string): Buffer | undefined {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x10000) {
      let offset = code - 0x10000;
      const b4 = 0x30 + (offset % 10);
      offset = Math.floor(offset / 10);
      const b3 = 0x81 + (offset % 126);
      offset = Math.floor(offset / 126);
      bytes.push(0x90 + Math.floor(offset / 10), 0x30 + (offset % 10), b3, b4);
      continue;
    }
    const encoded = table.get(ch);
    if (!encoded) return undefined;
    bytes.push(...encoded);
  }
  return Buffer.from(bytes);
}
