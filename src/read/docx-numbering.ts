// Word's automatic numbering (word/numbering.xml) rendered the way Word and WPS display it, so an
// auto-numbered heading reads `一、部门基本情况` and a list item `（一）…` or `1.…` in the text.
/* eslint-disable @typescript-eslint/no-explicit-any */
type XmlNode = any;

/** One level of a list: its counter's start, format and the text around the number. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (Word's default), a space or nothing. */
  suffix: string;
  /** Legal numbering: every level's number shown in decimal. */
  legal: boolean;
}

/** A list instance (w:num): the levels of its abstract list, with this instance's overrides. */
interface List {
  /** Counters are kept per key: lists sharing an abstract list continue each other unless one restarts. */
  key: string;
  levels: Map<number, Level>;
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  for (let c = node?.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && c.nodeName === name) return c;
  return undefined;
}

function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && c.nodeName === name) out.push(c);
  return out;
}

const val = (node: XmlNode | undefined): string | undefined => node?.getAttribute?.('w:val') || undefined;

function readLevel(lvl: XmlNode, base?: Level): Level {
  const start = Number(val(child(lvl, 'w:start')) ?? base?.start ?? 1);
  const legal = child(lvl, 'w:isLgl');
  return {
    start: Number.isFinite(start) ? start : 1,
    format: val(child(lvl, 'w:numFmt')) ?? base?.format ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.getAttribute('w:val') ?? base?.text ?? '',
    suffix: val(child(lvl, 'w:suff')) ?? base?.suffix ?? 'tab',
    legal: legal ? val(legal) !== 'false' && val(legal) !== '0' : (base?.legal ?? false),
  };
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: Chinese counting as Word shows chineseCounting. */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100000) return String(n);
  const units = ['', '十', '百', '千', '万'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
  });
  return out;
}

function alphabetic(n: number, letters: string): string {
  // Word repeats the letter: 27 → AA, 28 → BB.
  const letter = letters[(n - 1) % letters.length]!;
  return letter.repeat(Math.floor((n - 1) / letters.length) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, symbol] of table) for (; n >= value; n -= value) out += symbol;
  return out;
}

const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** A counter's value in a level's number format (ST_NumberFormat). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter':
      return alphabetic(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return alphabetic(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return [...chineseCounting(n)].map((c) => (DIGITS.includes(c) ? LEGAL_SIMPLIFIED[DIGITS.indexOf(c)] : ({ 十: '拾', 百: '佰', 千: '仟' } as Record<string, string>)[c] ?? c)).join('');
    case 'ideographLegalTraditional':
      return [...chineseCounting(n)].map((c) => (DIGITS.includes(c) ? LEGAL_TRADITIONAL[DIGITS.indexOf(c)] : ({ 十: '拾', 百: '佰', 千: '仟' } as Record<string, string>)[c] ?? c)).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** The numbering definitions of a document, and the counters as its paragraphs are read in order. */
export class Numbering {
  private readonly lists = new Map<string, List>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: XmlNode | undefined) {
    if (!numberingXml) return;
    const abstracts = new Map<string, Map<number, Level>>();
    // A list style (Word's 多级列表样式): the abstract list that defines it (w:styleLink), and the
    // abstract lists that only point at it (w:numStyleLink, no levels of their own).
    const styleDefinitions = new Map<string, string>();
    const styleUses = new Map<string, string>();
    for (const a of childrenNamed(numberingXml, 'w:abstractNum')) {
      const id = a.getAttribute('w:abstractNumId') ?? '';
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(a, 'w:lvl')) levels.set(Number(lvl.getAttribute('w:ilvl') ?? 0), readLevel(lvl));
      abstracts.set(id, levels);
      const defines = val(child(a, 'w:styleLink'));
      const uses = val(child(a, 'w:numStyleLink'));
      if (defines !== undefined) styleDefinitions.set(defines, id);
      if (uses !== undefined) styleUses.set(id, uses);
    }
    /** The abstract list whose levels and counters a list uses: the style's definition for a list that links to a list style. */
    const resolve = (id: string): string => {
      const style = styleUses.get(id);
      const defined = style === undefined ? undefined : styleDefinitions.get(style);
      return defined !== undefined && defined !== id && (abstracts.get(id)?.size ?? 0) === 0 ? defined : id;
    };
    for (const num of childrenNamed(numberingXml, 'w:num')) {
      const abstractId = resolve(val(child(num, 'w:abstractNumId')) ?? '');
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const overrides = childrenNamed(num, 'w:lvlOverride');
      for (const o of overrides) {
        const ilvl = Number(o.getAttribute('w:ilvl') ?? 0);
        const lvl = child(o, 'w:lvl');
        let level = lvl ? readLevel(lvl, levels.get(ilvl)) : levels.get(ilvl);
        const startOverride = val(child(o, 'w:startOverride'));
        if (level && startOverride !== undefined && Number.isFinite(Number(startOverride))) level = { ...level, start: Number(startOverride) };
        if (level) levels.set(ilvl, level);
      }
      const numId = num.getAttribute('w:numId') ?? '';
      // An instance that overrides its abstract list counts on its own; the others share the abstract list's counters.
      this.lists.set(numId, { key: overrides.length > 0 ? `num:${numId}` : `abstract:${abstractId}`, levels });
    }
  }

  /**
   * The number Word shows before a paragraph of list `numId` at level `ilvl`, with its suffix
   * (`一、`, `（二）`, `1. `), advancing the counters; '' for no numbering.
   */
  next(numId: string, ilvl: number): string {
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return '';
    const counters = this.counters.get(list.key) ?? [];
    this.counters.set(list.key, counters);
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    // A higher level's new number restarts the levels under it.
    counters.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    const number = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const at = list.levels.get(k);
      if (!at) return '';
      const value = counters[k] ?? at.start;
      return formatNumber(value, level.legal && k !== ilvl ? 'decimal' : at.format);
    });
    if (number === '') return '';
    // Word puts a tab after the number; after a closing 、 or ） it reads as nothing, after `1.` as a space.
    if (level.suffix === 'nothing') return number;
    if (level.suffix === 'tab' && /[、，。：）】」』．]$/.test(number)) return number;
    return `${number} `;
  }
}
