// Numbering: Chinese numerals, and the heading and list markers of GB/T 9704 (一、 → （一） → 1. →
// （1）), read and written. Headings, numbered table rows and counts (三个, 两部门) read them here.
import type { MarkerStyle } from '../model.js';

/** Chinese digits (两 counts as 2: 两部门). */
export const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三). */
export function chineseNumber(text: string): number {
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    return (tens ? CN_DIGITS[tens] ?? 0 : 1) * 10 + (ones ? CN_DIGITS[ones] ?? 0 : 0);
  }
  return CN_DIGITS[text] ?? 0;
}

/** Chinese numerals for 0–20, as markers write them. */
export const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** The markers a heading or a numbered item opens with, and the number each writes. */
export const MARKERS: ReadonlyArray<{ style: MarkerStyle; re: RegExp; value: (m: string) => number }> = [
  { style: 'cn-dun', re: /^([一二三四五六七八九十]{1,3})、/, value: chineseNumber },
  { style: 'cn-paren', re: /^[（(]([一二三四五六七八九十]{1,3})[）)]/, value: chineseNumber },
  { style: 'arabic-paren', re: /^[（(](\d{1,2})[）)]/, value: Number },
  { style: 'arabic-dun', re: /^(\d{1,2})、/, value: Number },
  // `3.0—6岁儿童…`: the marker 3. before a range of ages, not the number 3.0.
  { style: 'arabic-dot', re: /^(\d{1,2})[.．](?:(?![\d.．])|(?=\d{1,3}[—–～~\-－]\d))/, value: Number },
  { style: 'circled', re: /^([①-⑳])/, value: (c) => c.charCodeAt(0) - 0x2460 + 1 },
];

/** The marker a text opens with: its style and number. */
export function markerOf(text: string): { style: MarkerStyle; number: number; length: number } | undefined {
  for (const { style, re, value } of MARKERS) {
    const m = re.exec(text);
    if (m) return { style, number: value(m[1]!), length: m[0].length };
  }
  return undefined;
}

/** How the number `n` is written in a marker style (`（三）`, `3.`). */
export function markerFor(style: string, n: number): string {
  switch (style) {
    case 'cn-dun':
      return `${CN_NUMERALS[n] ?? n}、`;
    case 'cn-paren':
      return `（${CN_NUMERALS[n] ?? n}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-dun':
      return `${n}、`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `${n}`;
    default:
      return `${n}`;
  }
}

/** Each marker style shown by its first marker. */
export const STYLE_NAMES: Readonly<Record<string, string>> = {
  'cn-dun': '一、',
  'cn-paren': '（一）',
  'arabic-dot': '1.',
  'arabic-dun': '1、',
  'arabic-paren': '（1）',
  circled: '①',
};

/** The GB/T 9704 order of levels (1、 counts as 1.). */
export const LEVEL_ORDER: readonly MarkerStyle[] = ['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled'];
