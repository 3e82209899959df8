// The bytes of a saved web page to its source text: a byte order mark, else the charset the page
// declares in a <meta>, else UTF-8, else GB18030 (what GBK and GB2312 pages decode as).
import { INPUT } from '../messages.js';
import { binaryKind, decodeStrict, InputError } from './decode.js';

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv Content-Type), lower case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

/** The TextDecoder label for a declared charset; the GB family all decode as GB18030, its superset. */
function decoderLabel(charset: string): string | undefined {
  if (/^(gbk|gb2312|gb_2312(-80)?|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(charset)) return 'gb18030';
  try {
    return new TextDecoder(charset).encoding;
  } catch {
    return undefined;
  }
}

/** Decode a page's bytes; an InputError for a binary file or bytes no encoding reads. */
export function decodeHtml(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(INPUT.empty(name));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes, 'utf-8');
    if (text === null) throw new InputError(INPUT.badBom(name, 'UTF-8'));
    return text;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = decodeStrict(bytes, bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
    if (text === null) throw new InputError(INPUT.badBom(name, 'UTF-16'));
    return text;
  }
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(INPUT.notWebPage(name, kind.phrase));
  if (bytes.includes(0)) throw new InputError(INPUT.notWebPageNul(name));
  const charset = declaredCharset(bytes);
  const label = charset && decoderLabel(charset);
  if (label) {
    const text = decodeStrict(bytes, label);
    if (text !== null) return text;
  }
  // No charset, or one the bytes do not fit (a page re-saved as UTF-8 keeps its old gb2312 meta).
  const text = decodeStrict(bytes, 'utf-8') ?? decodeStrict(bytes, 'gb18030');
  if (text !== null) return text;
  throw new InputError(INPUT.htmlUndecodable(name, charset));
}
