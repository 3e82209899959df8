// Wording observations: repeated phrases and doubled words, 发文字号 brackets, 截止 before a time,
// English words in Chinese prose, and leftovers of Word/PDF conversion and templates.
import type { Heading, Locate, Segment, TextMark } from '../model.js';
import { LINE_COMPLETE } from './sentences.js';
import { HAN, matchesOf, rangeSet, SPACES as S } from './shared.js';
import { TITLE_MAX_LENGTH } from './tree.js';
import { BUDGET_TYPE_HINTS, BUDGET_TYPES } from '../lexicon/budget.js';
import { DOC_NUMBER_LEAD_INS, ITEM_OPENING_WORDS, WORD_OPENING_CHARS, JIEZHI_TIME_WORDS, LATIN_WORDS, REDUPLICATIONS, TEMPLATE_NOTE_WORDS } from '../lexicon/prose.js';
import { anyOf } from '../lexicon/words.js';

export const REPEATED = /([\p{Script=Han}]{4,20}?)([，,、；;]?)\1/gu;
export const DOUBLED = /([\p{Script=Han}]{2})\1/gu;
/** ABAB forms that are correct Chinese (verbs tried out, intensified adjectives). */
const ABAB_WORDS = new Set(REDUPLICATIONS);
const DOC_NUMBER_LEAD_IN = new RegExp(`^(?:${anyOf(DOC_NUMBER_LEAD_INS)})`, 'u');
const DOC_NUMBER = /([\p{Script=Han}]{2,10}?)([〔﹝\[【(（])[ \u3000]*(\d{4})[ \u3000]*(?:([〕﹞\]】)）])[ \u3000]*)?(\d{1,4})[ \u3000]*号/gu;
/** 截止 directly followed by a time expression (the time is captured). */
const JIEZHI = new RegExp(
  `截止(${S}(?:\\d{4}${S}年度?(?:底|末|${S}\\d{1,2}${S}月(?:底|末|份|${S}\\d{1,2}${S}[日号])?)?|\\d{1,2}${S}月(?:底|末|份|${S}\\d{1,2}${S}[日号])?|[一二三四五六七八九十]{1,3}月|${anyOf(JIEZHI_TIME_WORDS)}))`,
  'g',
);
const LATIN = /(?<![A-Za-z0-9_\-./@:#&=])([a-z]{2,})(?![A-Za-z0-9_\-./@])/g;
/** Lowercase units, file formats and technical terms that Chinese prose uses as they are. */
const LATIN_UNITS = new Set(LATIN_WORDS);
/** The four budgets of a government department. */
const BUDGET_TYPE_RES: Array<{ name: string; re: RegExp }> = BUDGET_TYPES.map(({ name, words }) => ({ name, re: new RegExp(anyOf(words), 'g') }));
/** Every budget type's name contains one of these: a line without them names none. */
const BUDGET_HINT = new RegExp(anyOf(BUDGET_TYPE_HINTS));
/**
 * Leftovers of conversion and templates. `hint` holds for every text `re` can match, and is much
 * cheaper: most lines have none, and are not searched.
 */
const ARTIFACTS: Array<{ re: RegExp; hint: RegExp; artifact: Extract<TextMark, { kind: 'artifact' }>['artifact'] }> = [
  { re: /\[(?:bookmark|image|picture|anchor):[^\]\n]*\]/g, hint: /\[/, artifact: 'bookmark' },
  { re: /错误！未(?:定义书签|找到引用源)。?|Error! (?:Bookmark not defined|Reference source not found)\.?/g, hint: /错误|Error/, artifact: 'field-error' },
  { re: /[（(]此页为封面[)）]/g, hint: /封面/, artifact: 'cover' },
  { re: /(?<![A-Za-z])(?:XX+|xx+|××+|ＸＸ+|○○+)(?![A-Za-z])/g, hint: /XX|xx|××|ＸＸ|○○/, artifact: 'placeholder' },
  { re: new RegExp(`[（(【](?:主要)?(?:${anyOf(TEMPLATE_NOTE_WORDS)})[^）)】\\n]{0,40}[）)】]`, 'g'), hint: new RegExp(anyOf(TEMPLATE_NOTE_WORDS)), artifact: 'template' },
];
/** Two lowercase Latin letters in a row: what every word LATIN matches starts with. */
const LATIN_HINT = /[a-z]{2}/;

/**
 * Whether some four code units recur 1 to 41 units later: true for every text REPEATED can match
 * (a phrase of 4 to 20 Han characters, each one or two units, then maybe one separator, then the
 * phrase again), so the expensive search runs only where a repeat is possible. Runs are keyed by
 * a 32-bit hash of their units, which allocates nothing: the map keeps the latest position of
 * each hash, which is never older than the latest position of the same four units, so a shared
 * hash can only make the search run where it finds nothing, never skip a repeat.
 */
export function mayRepeat(text: string): boolean {
  const lastSeen = new Map<number, number>();
  for (let j = 0; j + 4 <= text.length; j++) {
    const key = (((text.charCodeAt(j) << 16) | text.charCodeAt(j + 1)) ^ Math.imul((text.charCodeAt(j + 2) << 16) | text.charCodeAt(j + 3), 0x9e3779b1)) & 0x3fffffff;
    const prev = lastSeen.get(key);
    if (prev !== undefined && j - prev <= 41) return true;
    lastSeen.set(key, j);
  }
  return false;
}

/**
 * Whether some two to four code units recur at once (`abab`): true for every text DOUBLED can
 * match (two Han characters, each one or two units, then the same again).
 */
export function mayDouble(text: string): boolean {
  for (let i = 0; i + 4 <= text.length; i++) {
    for (let width = 2; width <= 4 && i + 2 * width <= text.length; width++) {
      let k = 0;
      while (k < width && text.charCodeAt(i + k) === text.charCodeAt(i + width + k)) k++;
      if (k === width) return true;
    }
  }
  return false;
}

function hanNear(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < 3; i += step, n++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\u3000') continue;
    return HAN.test(ch);
  }
  return false;
}

/** Scan prose lines (and, for document numbers and leftovers, table cells) for wording marks. */
export function scanMarks(segments: Segment[], headings: Heading[], locate: Locate): TextMark[] {
  const marks: TextMark[] = [];
  const firstHeading = headings.find((h) => h.style !== 'markdown')?.span.start.offset ?? 0;
  segments.forEach((seg, segmentIndex) => {
    const text = seg.text;
    // Leftovers in this segment: a Latin word inside one is not prose.
    const artifactSpans: Array<[number, number]> = [];
    const at = (i: number, len: number) => locate(seg.start + i, seg.start + i + len);
    for (const { re, hint, artifact } of ARTIFACTS) {
      if (!hint.test(text)) continue;
      for (const m of matchesOf(re, text)) {
        // A cover page may say it is the cover; after the first heading it is a leftover.
        if (artifact === 'cover' && seg.start + m.index < firstHeading) continue;
        if (artifact === 'placeholder' && !(hanNear(text, m.index - 1, -1) || hanNear(text, m.index + m[0].length, 1) || /\d$/.test(text.slice(0, m.index)))) continue;
        artifactSpans.push([seg.start + m.index, seg.start + m.index + m[0].length]);
        marks.push({ kind: 'artifact', span: at(m.index, m[0].length), text: m[0], artifact });
      }
    }
    for (const m of text.includes('号') ? matchesOf(DOC_NUMBER, text) : []) {
      const [found, prefix, open, year, close = '', number] = m as unknown as string[];
      // The issuer's code starts after a lead-in word the match took in (`依据财预[2020]10号`), if two characters remain.
      const lead = DOC_NUMBER_LEAD_IN.exec(prefix!)?.[0].length ?? 0;
      const skip = prefix!.length - lead >= 2 ? lead : 0;
      const whole = found!.slice(skip);
      marks.push({ kind: 'doc-number', span: at(m.index + skip, whole.length), text: whole, open: open!, close, key: `${prefix!.slice(-2)}${year}-${number}` });
    }
    if (seg.kind !== 'line') return;
    for (const { name, re } of BUDGET_HINT.test(text) ? BUDGET_TYPE_RES : []) {
      for (const m of matchesOf(re, text)) marks.push({ kind: 'budget-type', span: at(m.index, m[0].length), name, segment: segmentIndex });
    }
    const artifacts = rangeSet(artifactSpans);
    const inArtifact = (i: number) => artifacts(seg.start + i, seg.start + i + 1);
    const repeated: Array<[number, number]> = [];
    for (const m of mayRepeat(text) ? matchesOf(REPEATED, text) : []) {
      const phrase = m[1]!;
      const second = m.index + phrase.length + m[2]!.length;
      repeated.push([m.index, m.index + m[0].length]);
      marks.push({ kind: 'repeated-phrase', span: at(second, phrase.length), phrase, first: at(m.index, phrase.length) });
    }
    const inRepeat = rangeSet(repeated);
    for (const m of mayDouble(text) ? matchesOf(DOUBLED, text) : []) {
      const word = m[1]!;
      // By characters, not code units: a Han character may take two.
      const [first, second] = [...word];
      if (ABAB_WORDS.has(word) || first === '一' || first === second || WORD_OPENING_CHARS.includes(second!)) continue;
      if (inRepeat(m.index, m.index + 1)) continue;
      marks.push({ kind: 'doubled-word', span: at(m.index + word.length, word.length), word });
    }
    for (const m of text.includes('截止') ? matchesOf(JIEZHI, text) : []) {
      marks.push({ kind: 'jiezhi', span: at(m.index, 2), following: m[1]!.replace(/[ \u3000]+/g, '') });
    }
    for (const m of LATIN_HINT.test(text) ? matchesOf(LATIN, text) : []) {
      const word = m[1]!;
      if (LATIN_UNITS.has(word) || inArtifact(m.index)) continue;
      if (!hanNear(text, m.index - 1, -1) || !hanNear(text, m.index + word.length, 1)) continue;
      marks.push({ kind: 'latin-word', span: at(m.index, word.length), word });
    }
  });
  for (const mark of brokenParagraphs(segments, headings, locate)) marks.push(mark);
  return marks;
}

const ENDS_HAN = /\p{Script=Han}$/u;
const STARTS_HAN = /^\p{Script=Han}/u;
const CLAUSE = /[，、；。]/;
/** Clause or sentence punctuation: what the rest of a sentence carried into the next paragraph has. */
const PROSE_REST = /[，、；。！？,;!?]/;
/** A caption's or a label's short value at the end of a line (`单位：万元`). */
const ENDS_LABEL_VALUE = /[:：][^，,；;。、:：]{0,10}$/;
/** How a new sentence or list item opens: `二是`, `其次`, `第三`, `下一步`, or a label (`实际完成情况：`). */
const OPENS_ITEM = new RegExp(`^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十次]|第[一二三四五六七八九十]|${anyOf(ITEM_OPENING_WORDS)}|[^，。；、：:]{1,10}[：:])`, 'u');

/**
 * Paragraphs that stop in the middle of a sentence and go on in the next one: a prose line of
 * clauses that ends on a Han character, then a blank line, then a line that is no heading and
 * starts with a Han character (`…为广大育龄群众和计` / `划生育家庭谋福祉。`). Titles, captions and
 * dates end without punctuation too, but have no clause punctuation inside; a heading line counts
 * only when it runs on into its text (`4.党建引领持续强化。成立…协会机`) or is too long for a title.
 *
 * Only in a report that ends its paragraphs with punctuation: where more than one in five prose
 * paragraphs ends on a character (list items written `一是…，…` without a full stop), the ending
 * is the report's style, not a break. The six characters shown either side are counted in code
 * points, and the shown end starts at a character, not at a space. A paragraph that opens like a new item (`二是`, `下一步`,
 * `评价人员：`) is not a continuation.
 */
function brokenParagraphs(segments: Segment[], headings: Heading[], locate: Locate): TextMark[] {
  const headingAt = new Map(headings.map((h) => [h.segment, h]));
  const isProse = (i: number, text: string): boolean => {
    const heading = headingAt.get(i);
    if (heading && !heading.runOn && heading.text.length <= TITLE_MAX_LENGTH) return false;
    return text.length >= 15 && CLAUSE.test(text);
  };
  let ended = 0;
  const open: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind !== 'line') continue;
    const text = segment.text.trim();
    if (!isProse(i, text)) continue;
    if (LINE_COMPLETE.test(text)) ended++;
    else if (ENDS_HAN.test(text.slice(-2))) open.push(i);
  }
  if (open.length === 0 || open.length * 4 > ended) return [];
  const found: TextMark[] = [];
  for (const i of open) {
    const first = segments[i]!;
    const second = segments[i + 1];
    // Next to each other, with a blank line (a new paragraph) and nothing else between them.
    if (!second || second.kind !== 'line' || second.paragraph !== first.paragraph + 1 || headingAt.has(i + 1)) continue;
    const opening = second.text.trimStart();
    if (!STARTS_HAN.test(opening) || OPENS_ITEM.test(opening)) continue;
    // The rest of a sentence is prose too: a signature (`岳阳市计划生育协会`) or a table header
    // (`项目 预算数 决算数`) after a caption is not.
    if (!PROSE_REST.test(opening)) continue;
    const ending = first.text.trimEnd();
    // A caption or a label ends in `单位：万元`, not in the middle of a sentence.
    if (ENDS_LABEL_VALUE.test(ending)) continue;
    // The last character, which may take two code units; six characters either side to show.
    const tail = [...ending.slice(-12)].slice(-6);
    const at = first.start + ending.length - tail.at(-1)!.length;
    found.push({ kind: 'broken-paragraph', span: locate(at, first.start + ending.length), text: tail.join('').trimStart(), next: [...opening.slice(0, 12)].slice(0, 6).join('') });
  }
  return found;
}
