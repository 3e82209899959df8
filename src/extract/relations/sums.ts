// Totals and their parts in prose: `X，其中：A、B`, `X（A，B，C）`, `包括`, `分别为`, `即`, a colon
// after the total, a sentence that opens with 其中 or 分别为, a total written after its parts
// (`…。共计X万元`), and the known identities of budget reports. Each list is read with every
// total it may belong to (the figures of its measure before it) and every reading of its parts;
// the relation holds when any does (see RULES.md, "every reading").
import type { AdjustmentRelation, Figure, SumRelation } from '../../model.js';
import { ADDITION_OBJECTS, ADDITION_PREFIXES, ADJUST_DOWN, ADJUST_UP, ADJUSTED_OBJECTS, ADJUSTED_WORDS, ADJUSTMENT_BASE_WORDS, COMPARE_WORDS, DOWN_VERBS, SAVING_WORDS, UP_VERBS, YEAR_START_WORDS } from '../../lexicon/change.js';
import { ABOVE_WORDS, AMONG, ASIDE_PERCENT_WORDS, COVERS_WORDS, ETC, LIST_INTRODUCERS, MADE_OF, MADE_OF_VERBS, MAINLY, NESTED_INTRODUCERS, PAREN_PARTIAL_WORDS, PARTIAL_INTRODUCERS, SENTENCE_LIST_OPENERS, STATUS_WORDS, TOTAL_WORDS } from '../../lexicon/lists.js';
import { SHARE_WORD } from '../../lexicon/rates.js';
import { IDENTITIES } from '../../lexicon/budget.js';
import { anyOf } from '../../lexicon/words.js';
import type { Sentence } from '../sentences.js';
import { countFamily, figureIndices, lastClause, measureOf, normalizeLabel, textAfter, textBefore, tokenAt } from './tokens.js';
import { WEIGHT_LABEL_WORDS } from '../../lexicon/grades.js';
import { SCORE_IN_LABEL } from './scores.js';
import { FORM_HEADER_WORDS } from '../../lexicon/forms.js';
import { PERSON_DIMENSIONS } from '../../lexicon/quantities.js';

/** 由…构成/组成: the verb after the parts of 由. */
const MADE_OF_VERB = new RegExp(anyOf(MADE_OF_VERBS));
const INTRO = new RegExp(`^[，,、；;]?(?:${anyOf([...PARTIAL_INTRODUCERS, ...LIST_INTRODUCERS])})(?![\\p{Script=Han}]*?(?:${MADE_OF_VERB.source}))[:：，,]?`, 'u');
/** A colon right after a total (`护岸工程共4段，长3.47km：右岸…`) opens its list. */
const BARE_COLON = /^[:：]/;
/** `X万元用于Y专项，其中：…`: one clause between the total and its list. */
const LEAD_CLAUSE_QIZHONG = new RegExp(`^[^，,；;。（()）]{1,20}[，,]${AMONG}[:：，,]?`);
const PARTIAL_INTRO = new RegExp(`^[，,、；;]?(?:${anyOf(PARTIAL_INTRODUCERS)})`);
const NESTED_INTRO = new RegExp(anyOf(NESTED_INTRODUCERS));
/** 由…构成/组成: the parts are named between 由 and the verb. */
const BY_PARTS = new RegExp(`^[，,]?${MADE_OF}`);
/** A sentence that opens with an introducer lists the parts of the sentence before it. */
const OPENS_LIST = new RegExp(`^(?:${anyOf([AMONG, ...SENTENCE_LIST_OPENERS])})[:：，,]?`);
const SEMICOLON = /[；;]/;
/** 等 right after the last listed figure (`…6.92万元等`) marks a partial list; `安置等6.33万元` names one item. */
const ETC_AFTER = new RegExp(`^${ETC}`);
/** A figure that states a change (`比上年增收980万元`, `增加3万元`) is none of a list's parts (a 结余 may be). */
const CHANGE_PART = new RegExp(`(?:${anyOf(COMPARE_WORDS)})|(?:${anyOf([...UP_VERBS, ...DOWN_VERBS, ...ADJUST_UP, ...ADJUST_DOWN])})了?$`);
/** The column words of a form's header (`分值`, `得分`, `一级指标`). */
const FORM_HEADER = new RegExp(anyOf(FORM_HEADER_WORDS), 'g');
/** The operators of a worked figure (`10分×95.10%`, `=`). */
const FORMULA = /[×*÷=＝]/;
/** A weight written beside a score (`（分值10分）`): no part of it. */
const WEIGHT_LABEL = new RegExp(anyOf(WEIGHT_LABEL_WORDS));
/** A count's change: the adjustments of a budget (收回, 调出) are no change of a count (`收回问卷242份`). */
const COUNT_CHANGE_PART = new RegExp(`(?:${anyOf(COMPARE_WORDS)})|(?:${anyOf([...UP_VERBS, ...DOWN_VERBS])})了?$`);
/** A part at the start of the year, and an addition to it later (both parts of the year's whole). */
const YEAR_START = new RegExp(anyOf(YEAR_START_WORDS));
const ADDITION = new RegExp(`^(?:${anyOf(ADDITION_PREFIXES)})?(?:${anyOf(ADJUST_UP)})(?:${anyOf(ADDITION_OBJECTS)})?$`);
/** A part's clause that reports where things stand (`目前项目资金已拨付400万元`) is a statement of its own, not a part. */
const STATUS = new RegExp(`^(?:${anyOf(STATUS_WORDS)})`);
/** A share clause after a total (`，占83.44%`). */
const SHARE_ASIDE = new RegExp(`^[，,]${SHARE_WORD}`);
/** A rate or change clause after a total (`，执行率为`, `，增长`). */
const PERCENT_ASIDE = new RegExp(anyOf(ASIDE_PERCENT_WORDS));
/** A clause after a total that counts what it covers (`，涉及项目`). */
const COVERS_ASIDE = new RegExp(`^[，,](?:${anyOf(COVERS_WORDS)})?[^，,]{0,12}$`);
/** A parenthesis of parts that names only some (`（主要为…`, `（含…`). */
const PAREN_PARTIAL = new RegExp(anyOf(PAREN_PARTIAL_WORDS));
/** A total written after its parts (`共计下达资金55万元`). */
const TOTAL_AFTER = new RegExp(`^(?:${anyOf(ABOVE_WORDS)})?(?:${anyOf(TOTAL_WORDS)})`);

function dedupe(lists: number[][]): number[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const key = l.join(',');
    if (l.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A change (`比上年减少412.35万元`, `调减40万元`) is no total of a list; a carry-over (上年结转) may be one. */
function isChange(f: Figure): boolean {
  return (measureOf(f) === 'count' ? COUNT_CHANGE_PART : CHANGE_PART).test(f.label);
}

/** What a comparison comes to, written right after the figure compared with (`较预算数15.00万元节约2.40万元`). */
const COMPARED_OUTCOME = new RegExp(`^(?:${anyOf([...SAVING_WORDS, ...UP_VERBS, ...DOWN_VERBS, '超支'])})了?$`);

/**
 * Whether figure token `k` states what a comparison comes to (`节约2.40万元` after `较预算数15.00万元`):
 * a change, though its own label (`节约`) does not say so.
 */
function isComparedOutcome(sentence: Sentence, k: number): boolean {
  const gap = sentence.tokens[k - 1];
  const compared = sentence.tokens[k - 2];
  return gap?.kind === 'text' && COMPARED_OUTCOME.test(gap.text) && compared?.kind === 'figure' && isChange(compared.figure) && measureOf(compared.figure) === measureOf(tokenAt(sentence, k).figure);
}

/** A figure that is the whole of a share written around it (`占年计划42,000万元的`), not a part. */
function isShareWhole(sentence: Sentence, i: number): boolean {
  return lastClause(textBefore(sentence, i)).includes(SHARE_WORD) && /^的/.test(textAfter(sentence, i));
}

function figureOk(f: Figure): boolean {
  return f.approx === undefined && f.value.gte(0);
}

/** What a count is counted in: its measure word's family, and 万 (`3.86万人次` adds up with `2.43万人次`). */
interface CountUnit {
  unit: string;
  multiplier?: number;
}

/** Whether a figure can be a part or total of measure `measure` (and, for counts, in `like`'s unit). */
function sameMeasure(f: Figure, measure: 'amount' | 'count', like: CountUnit): boolean {
  if (measureOf(f) !== measure) return false;
  return measure === 'amount' || (countFamily(f.unit) === countFamily(like.unit) && (f.multiplier ?? 1) === (like.multiplier ?? 1));
}

/** The readings of a list of parts that starts after token `from` (exclusive) at `depth`. */
function listReadings(sentences: Sentence[], si: number, from: number, depth: number, measure: 'amount' | 'count', unit: CountUnit, numberedRun: boolean, withPrefixes: boolean, stopAtColon = false): { readings: number[][]; etc: boolean; truncated: boolean } | null {
  const flat: number[] = [];
  const structured: number[] = [];
  const beforeSemicolon: number[] = [];
  const semicolonHeads: number[] = [];
  let seenSemicolon = false;
  const sinceSemicolon: number[] = [];
  let seenYearStart = false;
  let headTaken = false;
  let nested = false;
  let etc = false;
  let firstStatus: boolean | undefined;
  let sentence = sentences[si]!;
  let start = from + 1;
  // `其中：1.…。2.…。`: a numbered list runs on into the sentences that continue its numbering.
  let nextNumber = numberedRun ? 2 : 0;
  // Whether the list ran to the end of its sentence (and so may have lost parts to a cut).
  let ranOut = true;
  /** Column words of a form's header in the text since the last figure. */
  let headerWords = 0;
  for (let s = si; ; ) {
    for (let i = start; i < sentence.tokens.length; i++) {
      const t = sentence.tokens[i]!;
      if (t.kind === 'text') {
        const afterFigure = sentence.tokens[i - 1]?.kind === 'figure';
        // A list opened by a bare colon ends where another one opens (`…0.53km：拆除…2处：…`).
        if (stopAtColon && i > start && /[:：]/.test(t.text)) {
          // The figures after the last ； head the next list (`…；堤防工程1.04km：右岸0.51km…`).
          if (seenSemicolon) for (const list of [flat, structured, semicolonHeads]) list.splice(0, list.length, ...list.filter((id) => !sinceSemicolon.includes(id)));
          ranOut = false;
          break;
        }
        if (SEMICOLON.test(t.text)) {
          sinceSemicolon.length = 0;
          seenSemicolon = true;
          headTaken = false;
          nested = false;
        }
        if (afterFigure && ETC_AFTER.test(t.text) && flat.length > 0) etc = true;
        // A form's header copied as text (`一级指标` / `三级指标` / `分值` / `得分`) ends any list before it.
        headerWords += (t.text.match(FORM_HEADER) ?? []).length;
        if (headerWords >= 2) {
          ranOut = false;
          break;
        }
        continue;
      }
      headerWords = 0;
      if (t.depth !== depth || !sameMeasure(t.figure, measure, unit)) continue;
      // Changes and the wholes of shares are not parts (`比上年增收980万元`, `占年计划42,000万元的`).
      // (After a part at the start of the year, an addition is a part: `其中年初预算57.28万元，调整追加11.78万元`.)
      const addition = seenYearStart && ADDITION.test(normalizeLabel(t.figure.label));
      if ((isChange(t.figure) && !addition) || isShareWhole(sentence, i) || t.figure.per) continue;
      if (YEAR_START.test(t.figure.label)) seenYearStart = true;
      // A clause that reports where things stand is a statement of its own (`其中项目管理费5万元，目前已拨付400万元`).
      const status = STATUS.test(normalizeLabel(lastClause(textBefore(sentence, i))));
      if (firstStatus === undefined) firstStatus = status;
      else if (status && !firstStatus) {
        ranOut = false;
        break;
      }
      // A list whose first part comes after a ； is not this total's list.
      if (flat.length === 0 && seenSemicolon) return null;
      flat.push(t.figure.id);
      sinceSemicolon.push(t.figure.id);
      if (!seenSemicolon) beforeSemicolon.push(t.figure.id);
      if (!headTaken) {
        semicolonHeads.push(t.figure.id);
        headTaken = true;
      }
      if (!nested) {
        structured.push(t.figure.id);
        // A part followed by its own list (包括…, 即：…) owns the figures up to the next ；.
        let after = '';
        for (let j = i + 1; j < sentence.tokens.length; j++) {
          const u = sentence.tokens[j]!;
          if (u.kind === 'figure') {
            if (u.figure.kind === 'percentage') continue;
            break;
          }
          after += u.text;
        }
        if (NESTED_INTRO.test(after) && !SEMICOLON.test(after.split(NESTED_INTRO)[0] ?? '')) nested = true;
      }
    }
    if (!nextNumber) break;
    const next = sentences[++s];
    const opener = next?.tokens[0];
    if (!next || next.paragraph !== sentence.paragraph || opener?.kind !== 'text' || !new RegExp(`^${nextNumber}[.、．]`).test(opener.text)) break;
    nextNumber++;
    sentence = next;
    start = 0;
    seenSemicolon = false;
    headTaken = false;
    nested = false;
  }
  if (flat.length === 0) return null;
  // A list cut off by the end of the text (no sentence end after it) may have lost its last parts.
  const last = sentence.tokens[sentence.tokens.length - 1]!;
  const truncated = ranOut && sentence.truncated === true && !(last.kind === 'text' && /[。！？!?]$/.test(last.text));
  // A one-part reading of a longer list would excuse any total: keep it only for one-part lists.
  // (The structured reading may have one part: the others belong to that part's own list.)
  const readings = [structured, ...[flat, beforeSemicolon, semicolonHeads].filter((r) => r.length > 1 || flat.length === 1)];
  // Amounts after 其中 may list two breakdowns of one total (已发 + 待发, then 通过系统发放): try
  // prefixes. Counts are one classification (甲级、乙级、丙级): a prefix would excuse a wrong part.
  if (measure === 'amount' && withPrefixes) {
    for (let n = 2; n < structured.length; n++) readings.push(structured.slice(0, n));
    for (let n = 2; n < flat.length; n++) readings.push(flat.slice(0, n));
  }
  const unique = dedupe(readings);
  return unique.length ? { readings: unique, etc, truncated } : null;
}

/**
 * The text after figure `i` past what may stand between a total and its list: its own share
 * (`，占83.44%`), rate (`，执行率为96.5%`) or change (`，比上年增加D万元，增长p%`) clause, a
 * count of what it covers (`，涉及项目4个`), a parenthesis with no figure of its measure (a document
 * number). Returns the token index the list opens after and the text there.
 */
function pastAsides(sentence: Sentence, i: number, measure: 'amount' | 'count', unit: CountUnit): { at: number; text: string; outcomes: Figure[] } {
  let at = i;
  const outcomes: Figure[] = [];
  for (let guard = 0; guard < 6; guard++) {
    const gap = sentence.tokens[at + 1];
    const next = sentence.tokens[at + 2];
    if (gap?.kind !== 'text') break;
    // A parenthesis holding no figure of the total's measure: `(福财直〔2020〕67号)`.
    if (/^[（(][^）)]*[）)]$/.test(gap.text)) {
      at = at + 1;
      continue;
    }
    // What a comparison comes to (`，较预算数15.00万元节约2.40万元`) belongs to its clause.
    if (next?.kind === 'figure' && isComparedOutcome(sentence, at + 2)) {
      outcomes.push(next.figure);
      at = at + 2;
      continue;
    }
    if (next?.kind !== 'figure' || !/^[，,]/.test(gap.text) || /[。；;]/.test(gap.text)) break;
    // One clause (`，占…`, `，执行率为`, `，增长`) and its percentage.
    const oneClause = /^[，,][^，,]*$/.test(gap.text);
    const aside = next.figure.kind === 'percentage' && oneClause && (SHARE_ASIDE.test(gap.text) || PERCENT_ASIDE.test(gap.text));
    const change = isChange(next.figure) && measureOf(next.figure) === measure;
    const covers = !sameMeasure(next.figure, measure, unit) && measureOf(next.figure) !== null && COVERS_ASIDE.test(gap.text);
    if (!(aside || change || covers)) break;
    at = at + 2;
  }
  return { at, text: textAfter(sentence, at), outcomes };
}

interface Opening {
  /** The token the list opens after (-1: the sentence start). */
  at: number;
  wording: string;
  partial: boolean;
  /** What a comparison between the total and the list came to (`节约2.40万元`): the list may break it down instead. */
  outcomes: Figure[];
}

/** Where a list of parts opens after figure `i`, if it does. */
function openingAfter(sentence: Sentence, i: number, measure: 'amount' | 'count', unit: CountUnit): Opening | undefined {
  const past = pastAsides(sentence, i, measure, unit);
  const at = past.at;
  // A parenthesis with no figure in it (a document number) may stand before the introducer.
  const text = past.text.replace(/^[（(][^（()）]*[)）]/, '');
  const intro = INTRO.exec(text) ?? LEAD_CLAUSE_QIZHONG.exec(text);
  if (intro) {
    if (BY_PARTS.test(intro[0]) && !MADE_OF_VERB.test(sentence.tokens.map((t) => (t.kind === 'text' ? t.text : '')).join(''))) return undefined;
    return { at, wording: intro[0].includes(AMONG) ? AMONG : intro[0].replace(/[，,、；;:：]/g, ''), partial: PARTIAL_INTRO.test(text), outcomes: past.outcomes };
  }
  if (at === i && BARE_COLON.test(text)) return { at, wording: '：', partial: false, outcomes: [] };
  return undefined;
}

/**
 * The candidates for the total of a list that opens after token `before`: figures of its measure
 * before it (after the last ； before it), nearest first.
 */
function totalsBefore(sentence: Sentence, before: number, depth: number, measure: 'amount' | 'count', unit: CountUnit): Figure[] {
  const found: Figure[] = [];
  let from = 0;
  for (let k = 0; k <= before && k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    if (t.kind === 'text' && SEMICOLON.test(t.text)) from = k;
  }
  for (const k of figureIndices(sentence)) {
    if (k > before) break;
    if (k < from) continue;
    const t = tokenAt(sentence, k);
    if (t.depth !== depth || !sameMeasure(t.figure, measure, unit) || isChange(t.figure) || isComparedOutcome(sentence, k) || isShareWhole(sentence, k) || t.figure.per) continue;
    found.push(t.figure);
  }
  return found.reverse();
}

/**
 * The figures a bare colon after figure `i` opens the list of: that figure, and the figures of
 * other measures in its clause before it (`护岸工程共4段，长3.47km：右岸1段，长0.98km，左岸3段，长2.49km`).
 * The clause runs back to the last ；, 。 or colon.
 */
function headClause(sentence: Sentence, i: number): Figure[] {
  const head = tokenAt(sentence, i);
  const found: Figure[] = [head.figure];
  for (let k = i - 1; k >= 0; k--) {
    const t = sentence.tokens[k]!;
    if (t.kind === 'text') {
      if (/[；;。:：]/.test(t.text)) break;
      continue;
    }
    if (t.depth !== head.depth || !figureOk(t.figure) || t.figure.per || isChange(t.figure)) continue;
    const measure = measureOf(t.figure);
    if (measure) found.push(t.figure);
  }
  return found;
}

/** The measures (with a unit for counts) among the figures after token `from`. */
function measuresAfter(sentences: Sentence[], si: number, from: number, depth: number): Array<{ measure: 'amount' | 'count'; unit: CountUnit }> {
  const seen = new Map<string, { measure: 'amount' | 'count'; unit: CountUnit }>();
  const sentence = sentences[si]!;
  for (let i = from + 1; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i]!;
    if (t.kind !== 'figure' || t.depth !== depth) continue;
    const measure = measureOf(t.figure);
    if (!measure || t.figure.per) continue;
    const key = measure === 'amount' ? 'amount' : `${t.figure.multiplier ?? 1}${countFamily(t.figure.unit)}`;
    if (!seen.has(key)) seen.set(key, { measure, unit: t.figure });
  }
  return [...seen.values()];
}

/** Sum relations stated inside sentences. */
export function findSentenceSums(sentences: Sentence[], figures: Figure[]): SumRelation[] {
  const relations: SumRelation[] = [];
  const state = (totals: Figure[], readings: ReturnType<typeof listReadings>, wording: string, partial: boolean, measure: 'amount' | 'count') => {
    if (!readings || totals.length === 0) return;
    const primary = totals[0]!;
    if (!figureOk(primary)) return;
    // People counted by two attributes (党员 and 女性) overlap: no list of parts.
    if (measure === 'count' && countFamily(primary.unit) === countFamily('人')) {
      // (`45岁以下192人`: the age is a figure of its own just before the count.)
      const labels = readings.readings[0]!.map((id) => (figures[id - 1]?.unit === '岁' ? `${figures[id - 1]!.digits}岁` : '') + figures[id]!.label);
      if (PERSON_DIMENSIONS.filter((words) => labels.some((l) => words.some((w) => l.includes(w)))).length >= 2) return;
    }
    // A score's list that gives each indicator's weight and its score (`决策指标15分,得分14.5分;…`): the scores are its parts.
    if (measure === 'count' && primary.unit === '分') {
      const isScore = (id: number) => SCORE_IN_LABEL.test(figures[id]!.label);
      const mixed = readings.readings.some((r) => r.some(isScore) && !r.every(isScore));
      if (mixed) {
        // Its readings are of the scores alone, the fullest first; the weights alone are no reading of a score.
        const scored = dedupe(readings.readings.map((r) => r.filter(isScore)).filter((r) => r.length >= 2)).sort((a, b) => b.length - a.length);
        if (scored.length === 0) return;
        readings = { ...readings, readings: scored };
      }
    }
    const parts = readings.readings[0]!;
    if (parts.some((id) => !figureOk(figures[id]!)) || parts.includes(primary.id)) return;
    // Other totals a complete list may belong to (every reading); a partial list is read against its own.
    const others = partial || readings.etc ? [] : totals.slice(1).filter((f) => figureOk(f) && !readings.readings.some((r) => r.includes(f.id))).map((f) => f.id);
    relations.push({
      kind: 'sum',
      total: primary.id,
      parts,
      candidates: readings.readings,
      partial: partial || readings.etc || readings.truncated || parts.length === 1,
      wording,
      measure,
      ...(others.length ? { otherTotals: others } : {}),
    });
  };

  sentences.forEach((sentence, si) => {
    const indices = figureIndices(sentence);
    for (const i of indices) {
      const head = tokenAt(sentence, i);
      const measure = measureOf(head.figure);
      if (!measure || !figureOk(head.figure) || head.figure.per) continue;
      const after = textAfter(sentence, i);
      if (/^[（(]/.test(after)) {
        // X（A，B，C）: the parts are the figures one level down, up to the closing parenthesis.
        const parts: number[] = [];
        let etc = false;
        // A parenthesis that works a figure out (`9.51分（10分×95.10%）`) lists no parts.
        let formula = false;
        let closed = false;
        for (let j = i + 1; j < sentence.tokens.length; j++) {
          const t = sentence.tokens[j]!;
          if (t.kind === 'text') {
            if ((sentence.tokens[j - 1]?.kind === 'figure' && ETC_AFTER.test(t.text)) || PAREN_PARTIAL.test(t.text)) etc = true;
            if (!closed && FORMULA.test(t.text.split(/[)）]/)[0]!)) formula = true;
            if (/[)）]/.test(t.text)) closed = true;
            continue;
          }
          if (t.depth <= head.depth) break;
          if (t.depth === head.depth + 1 && sameMeasure(t.figure, measure, head.figure) && !isChange(t.figure) && !WEIGHT_LABEL.test(t.figure.label)) parts.push(t.figure.id);
        }
        if (parts.length > 0 && !formula) {
          const list = [parts];
          if (measure === 'amount') for (let n = 2; n < parts.length; n++) list.push(parts.slice(0, n));
          if (!isChange(head.figure)) state([head.figure], { readings: list, etc, truncated: false }, '（）', false, measure);
          continue;
        }
        // A parenthesis with no parts (a document number) may stand before the list: read on.
      }
      // What a comparison came to opens no list of its own: the list is read from the total it compares.
      if (isComparedOutcome(sentence, i)) continue;
      const opening = openingAfter(sentence, i, measure, head.figure);
      if (!opening) continue;
      // One relation per measure the list gives (项目N个、资金X万元 pairs): each with the totals of its
      // measure before it. A bare colon opens the list of the figure before it only.
      const colon = opening.wording === '：';
      const colonHeads = colon ? headClause(sentence, i) : [];
      for (const { measure: m, unit } of measuresAfter(sentences, si, opening.at, head.depth)) {
        const colonHead = colonHeads.filter((f) => sameMeasure(f, m, unit));
        if (colon && colonHead.length !== 1) continue;
        let totals = colon ? colonHead : totalsBefore(sentence, opening.at, head.depth, m, unit);
        if (totals.length === 0) continue;
        const numbered = /^[，,、]?[^\d]{0,6}[:：]?1[.、．]/.test(textAfter(sentence, opening.at));
        const readings = listReadings(sentences, si, opening.at, head.depth, m, unit, numbered, opening.wording === AMONG, opening.wording === '：');
        // After `较预算数X节约Y，其中…`, parts that say 节约 break down Y; others may be of either.
        const outcomes = opening.outcomes.filter((f) => sameMeasure(f, m, unit));
        if (outcomes.length > 0 && readings) {
          // The outcome's label is its verb (节约), as the comparison's figure ends the label before it.
          const verb = (f: Figure) => f.label.replace(/了$/, '');
          const ofOutcome = readings.readings[0]!.every((id) => outcomes.some((o) => verb(o) !== '' && figures[id]!.label.replace(/了$/, '').endsWith(verb(o))));
          totals = ofOutcome ? [...outcomes, ...totals] : [...totals, ...outcomes];
        }
        state(totals, readings, opening.wording, opening.partial, m);
      }
    }
    // A sentence that opens with 其中 (分别为, 具体为, 即) lists the parts of a total of the sentence before it.
    const first = sentence.tokens[0];
    if (first?.kind === 'text' && OPENS_LIST.test(first.text) && si > 0) {
      const previous = sentences[si - 1]!;
      if (previous.paragraph !== sentence.paragraph) return;
      const numbered = /^[^\d]{0,8}1[.、．]/.test(first.text);
      for (const { measure, unit } of measuresAfter(sentences, si, -1, 0)) {
        const totals = totalsBefore(previous, previous.tokens.length, 0, measure, unit);
        if (totals.length === 0) continue;
        const wording = first.text.includes(AMONG) ? AMONG : OPENS_LIST.exec(first.text)![0].replace(/[:：，,]/g, '');
        state(totals, listReadings(sentences, si, -1, 0, measure, unit, numbered, true), wording, false, measure);
      }
    }
    // A total written after its parts: `A 12万元；B 30万元；C 8万元。共计下达资金55万元。`
    const opener = sentence.tokens[0];
    const totalIndex = figureIndices(sentence)[0];
    if (opener?.kind === 'text' && TOTAL_AFTER.test(opener.text) && totalIndex === 1 && si > 0) {
      const total = tokenAt(sentence, 1).figure;
      const previous = sentences[si - 1]!;
      const measure = measureOf(total);
      if (!measure || previous.paragraph !== sentence.paragraph || !figureOk(total)) return;
      const parts = figureIndices(previous)
        .map((k) => tokenAt(previous, k))
        .filter((t) => t.depth === 0 && sameMeasure(t.figure, measure, total) && !isChange(t.figure) && !t.figure.per);
      const separators = previous.tokens.filter((t) => t.kind === 'text' && /[；;、]/.test(t.text)).length;
      const others = figureIndices(previous).length - parts.length;
      // Only a list: two or more parts of the measure, separated, with nothing else counted in the sentence.
      if (parts.length < 2 || separators < parts.length - 1 || others > 0 || parts.some((p) => !figureOk(p.figure))) return;
      const partial = previous.tokens.some((t) => t.kind === 'text' && (ETC_AFTER.test(t.text) || t.text.includes(MAINLY)));
      const ids = parts.map((p) => p.figure.id);
      relations.push({ kind: 'sum', total: total.id, parts: ids, candidates: [ids], partial, wording: '共计', measure });
    }
  });
  return relations;
}

/** Identity relations among the figures of one logical paragraph. */
export function findIdentities(sentences: Sentence[]): SumRelation[] {
  const byParagraph = new Map<number, Figure[]>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'figure' || t.figure.kind !== 'amount' || t.figure.approx || t.figure.per) continue;
      const list = byParagraph.get(s.paragraph) ?? [];
      list.push(t.figure);
      byParagraph.set(s.paragraph, list);
    }
  }
  const relations: SumRelation[] = [];
  for (const figures of byParagraph.values()) {
    const find = (re: RegExp): Figure | null | undefined => {
      const matches = figures.filter((f) => re.test(normalizeLabel(f.label)));
      if (matches.length === 0) return undefined;
      // Two different figures with one label: which is meant is unclear.
      if (matches.some((m) => !m.value.eq(matches[0]!.value) || m.unit !== matches[0]!.unit)) return null;
      return matches[0]!;
    };
    for (const identity of IDENTITIES) {
      const total = find(identity.total);
      if (!total) continue;
      const parts = identity.parts.map(find);
      if (parts.some((p) => p === null || p === undefined)) continue;
      const ids = (parts as Figure[]).map((p) => p.id);
      if (ids.includes(total.id) || parts.some((p) => p!.span.start.offset < total.span.start.offset && p!.segment !== total.segment)) continue;
      relations.push({ kind: 'sum', total: total.id, parts: ids, candidates: [ids], partial: false, wording: 'identity', measure: 'amount' });
    }
  }
  return relations;
}

/** An adjustment, with what it adjusts after it (`调减40万元`, `追加预算12万元`). */
const ADJUSTED_DOWN = new RegExp(`(?:${anyOf(ADJUST_DOWN)})了?(?:${anyOf(ADJUSTED_OBJECTS)})?$`);
const ADJUSTED_UP = new RegExp(`(?:${anyOf(ADJUST_UP)})了?(?:${anyOf(ADJUSTED_OBJECTS)})?$`);
const ADJUSTED_RESULT = new RegExp(anyOf(ADJUSTED_WORDS));
/** The words that make an amount the one an adjustment starts from (`年初下达`, `批复`, `预算`). */
const ADJUSTMENT_BASE = new RegExp(anyOf(ADJUSTMENT_BASE_WORDS));

/**
 * `年初下达补助资金300万元，年中调减45万元，全年实际下达265万元`: the result is the base minus the
 * adjustment (追加, 调增: plus). The base is the amount before the adjustment with a budget word; the
 * result the next amount after it, labelled 调整后, 全年, 实际下达…
 */
export function findAdjustments(sentences: Sentence[]): AdjustmentRelation[] {
  const relations: AdjustmentRelation[] = [];
  for (const sentence of sentences) {
    const indices = figureIndices(sentence);
    indices.forEach((i, position) => {
      const change = tokenAt(sentence, i).figure;
      if (measureOf(change) !== 'amount' || !figureOk(change)) return;
      const label = normalizeLabel(change.label);
      const direction = ADJUSTED_DOWN.test(label) ? 'down' : ADJUSTED_UP.test(label) ? 'up' : undefined;
      if (!direction) return;
      const next = indices[position + 1];
      if (next === undefined) return;
      const result = tokenAt(sentence, next).figure;
      if (measureOf(result) !== 'amount' || !figureOk(result) || !ADJUSTED_RESULT.test(result.label)) return;
      const bases = indices
        .slice(0, position)
        .map((k) => tokenAt(sentence, k))
        .filter((t) => t.depth === 0 && measureOf(t.figure) === 'amount' && figureOk(t.figure) && ADJUSTMENT_BASE.test(t.figure.label) && !ADJUSTED_RESULT.test(t.figure.label))
        .map((t) => t.figure);
      if (bases.length !== 1) return;
      relations.push({ kind: 'adjustment', base: bases[0]!.id, change: change.id, result: result.id, direction });
    });
  }
  return relations;
}
