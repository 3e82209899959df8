// Money units with no number before them: `涉及一般公共预算支出万元` is a figure left out,
// `（万元）` and `单位：万元` are captions.
import type { MoneyUnit } from '../model.js';
import { AMOUNT_WORD_ENDINGS, MONEY_UNITS, UNIT_CAPTION, UNIT_DECLARATION_BEFORE, WAN_TERMS } from '../lexicon/quantities.js';
import { anyOf } from '../lexicon/words.js';
import { HAN, matchesOf, spacesStart } from './shared.js';

/** A bare unit before positions are attached. */
export interface RawBareUnit {
  unit: MoneyUnit;
  start: number;
  end: number;
  header: boolean;
}

const UNIT = new RegExp(anyOf(MONEY_UNITS), 'g');
/** Characters that may stand before a unit instead of digits: numerals, 每万元, 数万元, 百万元. */
const NUMERAL_OR_QUANTIFIER = /[零〇一二三四五六七八九十百千万亿两几数每上近余多半X×xＸ＿_]/;
/** Before a bare 元 only an amount word signals a missing figure (元旦, 单元, 多元 are words). */
const AMOUNT_WORD_END = new RegExp(`^(?:${anyOf(AMOUNT_WORD_ENDINGS)})$`);
/** After a bare 元: a clause boundary, not the rest of a word (元旦, 元素, 元年). */
const YUAN_BOUNDARY = /^(?:$|[，。；、,;:：）)\s/的])/;
/** Words after 万元 that make it a term, not an amount (万元户, 万元GDP). */
const WAN_TERM = new RegExp(`^(?:${anyOf(WAN_TERMS)})`);

/**
 * Find money units in a segment that no number precedes. `headerCell`: the segment is a cell of a
 * table's header row, where units are captions. `covered` says whether an offset is inside a figure.
 */
/** A unit declared, not an amount missing its number (`均为万元`, `按万元`). */
const UNIT_DECLARATION = new RegExp(`(?:${anyOf(UNIT_DECLARATION_BEFORE)})[ \u3000]*$`);

export function scanBareUnits(
  text: string,
  offset: number,
  headerCell: boolean,
  covered: (at: number) => boolean,
): RawBareUnit[] {
  const found: RawBareUnit[] = [];
  for (const m of matchesOf(UNIT, text)) {
    const at = m.index;
    if (covered(offset + at)) continue;
    const unit = m[0] as MoneyUnit;
    const before = spacesStart(text, at) - 1;
    const prev = before >= 0 ? text[before]! : '';
    const next = text.slice(at + unit.length);
    if (prev === '' || /\d/.test(prev) || NUMERAL_OR_QUANTIFIER.test(prev)) continue;
    if (unit === '元') {
      if (!AMOUNT_WORD_END.test(prev) || !YUAN_BOUNDARY.test(next)) continue;
    } else if (WAN_TERM.test(next) || (!HAN.test(prev) && !/[（(：:]/.test(prev))) {
      continue;
    }
    const context = text.slice(Math.max(0, at - 8), at);
    const header =
      /[（(]$/.test(text.slice(0, before + 1)) ||
      /^[ \u3000]*[）)]/.test(next) ||
      context.includes(UNIT_CAPTION) ||
      UNIT_DECLARATION.test(context) ||
      (headerCell && !/\d/.test(text)) ||
      text.trim() === unit;
    // Underline the word before the unit and the unit: that is where the number is missing.
    let start = before + 1;
    let chars = 0;
    while (start > 0 && chars < 2 && HAN.test(text[start - 1]!)) {
      start--;
      chars++;
    }
    found.push({ unit, start: offset + start, end: offset + at + unit.length, header });
  }
  return found;
}
