// Display width for aligning carets under Chinese text. string-width measures any text, but its
// grapheme segmenter and emoji expression cost about 10 ms to build on a cold start, which is most
// of what the default output adds to a run. Report text is nearly always printable ASCII, CJK
// punctuation, ideographs and fullwidth forms: characters that are each a grapheme of their own,
// never zero-width and never emoji, whose width is fixed. Text of only those is measured here;
// anything else goes to string-width (test/width.test.ts checks every such character against it).
import stringWidth from 'string-width';

/**
 * Only characters of known width: printable ASCII; · ° ± × ÷; general punctuation (‐ – — ‘ ’ “ ” …);
 * ‰ ℃; Roman numerals Ⅰ–Ⅻ; circled numbers ①–⑳; CJK punctuation (not the combining tone marks
 * U+302A–U+302F, nor 〰 and 〽, which are emoji); CJK ideographs (extension A and the basic
 * block); fullwidth forms (！ to ｠, ￠ to ￦).
 */
const KNOWN_WIDTH = /^[\x20-\x7e\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u2027\u2030\u2103\u2160-\u216b\u2460-\u2473\u3000-\u3029\u3031-\u303c\u303e\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/;

/** Two columns: CJK punctuation and ideographs, fullwidth forms. */
function isWide(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303e) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
}

/** Columns a terminal gives the text (ambiguous-width characters count as narrow, as string-width does). */
export function displayWidth(text: string): number {
  if (!KNOWN_WIDTH.test(text)) return stringWidth(text);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += isWide(text.charCodeAt(i)) ? 2 : 1;
  return width;
}
