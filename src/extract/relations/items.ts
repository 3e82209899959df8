// Counts of named items: a count and the list it counts, in either order (`共设置5个内设机构，包括：A、
// B、C…`, `内设A、B、C等4个股室`, `涉及两条线路，分别为A、B`, `由A、B和C三部门组成`), items that carry
// their own amounts (`项目4个，其中：A x万元；B y万元`), and a count of numbered lines after a colon
// (`二级指标5个、三级指标14个：` then `1.数量指标6个：…`).
import type { Figure, ItemCountRelation, Locate, SumRelation } from '../../model.js';
import { AMONG, COUNT_LIST_OPENERS, COUNT_VERBS, ETC, FIGURE_ITEM_OPENERS, LIST_VERBS_BEFORE, ONE_ITEM_OPENERS, SENTENCE_LIST_OPENERS } from '../../lexicon/lists.js';
import { COUNT_FAMILIES, ITEM_MEASURES } from '../../lexicon/quantities.js';
import { anyOf } from '../../lexicon/words.js';
import type { Sentence } from '../sentences.js';

/** Text with white space dropped, and for each of its characters the source offset it came from. */
interface Mapped {
  text: string;
  at: number[];
}

function mapped(source: string, start: number, end: number): Mapped {
  let text = '';
  const at: number[] = [];
  for (let k = start; k < end; k++) {
    const ch = source[k]!;
    if (/[\s\u3000*]/.test(ch)) continue;
    text += ch;
    at.push(k);
  }
  return { text, at };
}

const ITEM_MEASURE = new RegExp(`^(?:${anyOf(ITEM_MEASURES)})$`);
/** What opens a list after its count (`，包括：`, `，分别为`, `：`, `，即`). */
const OPENER = new RegExp(`^(?<noun>[\\p{Script=Han}（）()“”"]{0,12}?)(?<open>[:：]|[，,]?(?:${anyOf(COUNT_LIST_OPENERS)})[:：]?)`, 'u');
/** 其中 after a count opens its items (`项目4个，其中：A x万元；B y万元`). */
const AMONG_OPENER = new RegExp(`^(?<noun>[\\p{Script=Han}]{0,12}?)(?<open>[，,]${AMONG}[:：]?)`, 'u');
/** Openers after which items with figures are counted, and after which one item is a list. */
const FIGURE_ITEMS_OPEN = new RegExp(`${anyOf(FIGURE_ITEM_OPENERS)}|[:：]`);
const ONE_ITEM_OPEN = new RegExp(`[:：]|${anyOf(ONE_ITEM_OPENERS)}`);
/** What opens a list before its count (`内设`, `下设`, `由`, `围绕`, `分为`), the last one before the count. */
const VERB_BEFORE = new RegExp(`(?:${anyOf([...COUNT_VERBS, ...LIST_VERBS_BEFORE])})`, 'g');
const OPEN_BRACKETS = '（(【[“"‘《';
const CLOSE_BRACKETS = '）)】]”"’》';
/** Longest item a list of names holds (an item with its own amount may be longer). */
const MAX_ITEM = 24;
const MAX_ITEM_WITH_AMOUNT = 70;
/** Longest name in a list a count and a colon open (`生态效益指标4个：A、B…`): indicator names run long. */
const MAX_ITEM_AFTER_COLON = 32;
/** The count restated after the items it counts (`…、D4项指标达到目标值`): the list ends before it. */
const RESTATED_COUNT = new RegExp(`(?<=[\\p{Script=Han}）)”])\\d{1,2}(?:${anyOf(ITEM_MEASURES)})`, 'u');

/** Split a list at separators outside brackets: ； when it has any, else 、，, (and 和/及/与 before the last item). */
function splitItems(list: string): string[] {
  const separators = /[；;]/.test(list) ? '；;' : '、，,';
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch) && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      items.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  items.push(current);
  // `产出、效益和满意度`: 和, 及 or 与 joins the last two items (not inside a name like 股室和直属单位, which has no 、 before).
  if (separators === '、，,') {
    const last = items[items.length - 1]!;
    const join = /^([^和及与]{1,20})[和及与]([^和及与]{1,20})$/.exec(last);
    if (join && (items.length > 1 || /[和及与]/.test(list))) items.splice(items.length - 1, 1, join[1]!, join[2]!);
  }
  return items.map((i) => i.trim());
}

const LIST_END_PUNCTUATION = '。；;，,、：:';

/** `text` without the punctuation it ends with. */
function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && LIST_END_PUNCTUATION.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A list of items read, or undefined when it does not look like one. */
function readList(raw: string, maxItem = MAX_ITEM): { items: string[]; atLeast: boolean } | undefined {
  let list = trimPunctuation(raw);
  let atLeast = false;
  // `A、B、C等`, `A、B、C等项目`: the list may name only some of what it counts.
  const etc = list.lastIndexOf(ETC);
  if (etc > 0 && /^(?:等)?[\p{Script=Han}]{0,6}$/u.test(list.slice(etc + 1))) {
    atLeast = true;
    list = list.slice(0, etc);
  }
  if (list === '') return undefined;
  const items = splitItems(list);
  if (items.some((i) => i === '')) return undefined;
  const withAmounts = items.every((i) => /\d/.test(i));
  if (items.some((i) => i.length > (withAmounts ? MAX_ITEM_WITH_AMOUNT : maxItem))) return undefined;
  // A list of names: no figures in them (dates, amounts and counts make it prose); a list of items with amounts: each has one.
  if (!withAmounts && items.some((i) => /\d/.test(i))) return undefined;
  return { items, atLeast };
}

/** `text` up to its first comma outside brackets. */
function cutAtComma(text: string): string {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && (ch === '，' || ch === ',')) return text.slice(0, k);
  }
  return text;
}

function isItemCount(f: Figure): boolean {
  if (f.approx || f.writtenDecimals > 0 || f.multiplier) return false;
  return (f.kind === 'count' || f.kind === 'numeral') && ITEM_MEASURE.test(f.unit) && f.value.gt(0) && f.value.lte(99);
}

/** Source range of sentence `s`. */
function sentenceRange(sentence: Sentence): { start: number; end: number } {
  const first = sentence.tokens[0]!;
  const last = sentence.tokens[sentence.tokens.length - 1]!;
  const start = first.kind === 'text' ? first.start : first.figure.span.start.offset;
  const end = last.kind === 'text' ? last.end : last.figure.span.end.offset;
  return { start, end };
}

/** Item counts of every sentence. */
export function findItemCounts(sentences: Sentence[], source: string, locate: Locate): ItemCountRelation[] {
  const relations: ItemCountRelation[] = [];
  sentences.forEach((sentence, si) => {
    const { start, end } = sentenceRange(sentence);
    const counts = sentence.tokens.flatMap((t) => (t.kind === 'figure' && isItemCount(t.figure) ? [t.figure] : []));
    for (const count of counts) {
      const relation = listAfter(count, source, end, locate) ?? listBefore(count, source, start, locate);
      if (relation) relations.push(relation);
    }
    // `…项目9个，项目资金1950万元。分别为：A 1000万元；B 40万元；…`: the list opens the next sentence.
    const next = sentences[si + 1];
    const opener = next?.tokens[0];
    const last = counts[counts.length - 1];
    if (!next || !last || next.paragraph !== sentence.paragraph || opener?.kind !== 'text' || !SENTENCE_OPENER.test(opener.text)) return;
    if (relations.some((r) => r.total === last.id)) return;
    const relation = listAfter(last, source, sentenceRange(next).end, locate, opener.start);
    if (relation) relations.push(relation);
  });
  return relations;
}

/** What opens a sentence that lists the items counted in the sentence before. */
const SENTENCE_OPENER = new RegExp(`^(?:${anyOf(SENTENCE_LIST_OPENERS)})[:：]?`);

/** `共设置5个内设机构，包括：A、B、C。`, `数量指标6个：A、B…`, `项目4个，其中：A x万元；B y万元`. */
function listAfter(count: Figure, source: string, sentenceEnd: number, locate: Locate, from = count.span.end.offset): ItemCountRelation | undefined {
  const after = mapped(source, from, sentenceEnd);
  const m = OPENER.exec(after.text) ?? AMONG_OPENER.exec(after.text);
  if (!m) return undefined;
  let rest = after.text.slice(m[0].length);
  // Names told apart by 、 end at a ； or a comma: what follows is a clause of its own (`…、小利黑至竹箐河，
  // 共完成…`, `…、铁路民航科；区公路养护中心内设4个科室…`).
  // (Items with their own amounts told apart by ； may have a 、 in a name: `张更、张强抚恤金52.94万元；…`.)
  const parts = rest.split(/[；;]/);
  const firstPart = parts[0]!;
  const amountItems = parts.filter((p) => p.trim() !== '').length > 1 && parts.every((p) => p.trim() === '' || /\d/.test(p));
  if (firstPart.includes('、') && !amountItems) {
    rest = cutAtComma(firstPart);
    const restated = RESTATED_COUNT.exec(rest);
    if (restated && rest.slice(0, restated.index).includes('、') && !rest.slice(restated.index).includes('、')) rest = rest.slice(0, restated.index);
  }
  if (rest === '') return undefined;
  // Items with amounts are counted only after 其中 (项目4个，其中：…) or a colon: elsewhere the amounts may be anything.
  const read = readList(rest, /[:：]$/.test(m.groups!.open!) ? MAX_ITEM_AFTER_COLON : MAX_ITEM);
  if (!read) return undefined;
  // Items that carry figures are counted after 其中, a colon or 分别为, and only as names with their
  // money (`项目4个，其中：A x万元；B y万元`) or their values (`质量指标1个：项目验收合格率100%`): counts of
  // the same measure (`培训班12期，其中：县级4期`) are a sum.
  if (read.items.every((i) => /\d/.test(i))) {
    const open = m.groups!.open!;
    const money = read.items.every((i) => /\d(?:\.\d+)?[万千亿]?元/.test(i));
    const family = COUNT_FAMILIES.find((f) => f.includes(count.unit)) ?? [count.unit];
    const sameMeasure = new RegExp(`\\d(?:${anyOf(family)})`);
    const named = read.items.every((i) => /^[\p{Script=Han}（）()“”]{2,}/u.test(i)) && !read.items.some((i) => sameMeasure.test(i));
    if (!FIGURE_ITEMS_OPEN.test(open) || !(money || named)) return undefined;
  }
  if (read.items.length < 2 && !ONE_ITEM_OPEN.test(m.groups!.open!)) return undefined;
  const listFrom = after.at[m[0].length]!;
  const to = after.at[m[0].length + trimPunctuation(rest).length - 1]! + 1;
  return { kind: 'item-count', total: count.id, items: read.items, itemsSpan: locate(listFrom, to), ...(read.atLeast ? { atLeast: true } : {}) };
}

/** `内设A、B、C等4个股室`, `由A、B和C三部门组成`, `下设A、B,6个二级机构`. */
/** A count in a Chinese numeral after a list's last item (`两个`, `两地`, `三家`). */
const OWN_NUMERAL_COUNT = /[两二三四五六七八九十](?:个|地|家|所|处|名|项|类|条|座|位|支|部门|方面)/;

function listBefore(count: Figure, source: string, sentenceStart: number, locate: Locate): ItemCountRelation | undefined {
  const before = mapped(source, sentenceStart, count.span.start.offset);
  const text = before.text.replace(/[，,]$/, '');
  // The list is its clause up to the count: the items are told apart by 、 (a verb before the first,
  // 内设, 下设, 由, is part of the clause, not an item of its own).
  const listStart = Math.max(text.lastIndexOf('，'), text.lastIndexOf(','), text.lastIndexOf('；'), text.lastIndexOf(';'), text.lastIndexOf('。'), text.lastIndexOf('：'), text.lastIndexOf(':')) + 1;
  const raw = text.slice(listStart);
  if (!raw.includes('、')) return undefined;
  // The list counted already, in a numeral of its own (`长岭、石门两个乡镇的8个行政村`, `城关、河口两地设立5个…`):
  // the count after it is of something else.
  if (OWN_NUMERAL_COUNT.test(raw.slice(raw.lastIndexOf('、')))) return undefined;
  const read = readList(raw);
  if (!read || read.items.length < 2 || read.items.some((i) => /\d/.test(i))) return undefined;
  VERB_BEFORE.lastIndex = 0;
  const verb = VERB_BEFORE.exec(read.items[0]!);
  if (verb && verb[0].length >= 2) read.items[0] = read.items[0]!.slice(verb.index + verb[0].length);
  return {
    kind: 'item-count',
    total: count.id,
    items: read.items,
    itemsSpan: locate(before.at[listStart]!, before.at[listStart + raw.length - 1]! + 1),
    ...(read.atLeast ? { atLeast: true } : {}),
  };
}

/**
 * `具体分解二级指标5个、三级指标14个：` followed by numbered lines `1.数量指标6个：…`, `2.…`: the count
 * before the last is the number of lines, the last the sum of the counts the lines open with.
 */
export function findNumberedCounts(sentences: Sentence[], locate: Locate): Array<ItemCountRelation | SumRelation> {
  const relations: Array<ItemCountRelation | SumRelation> = [];
  sentences.forEach((sentence, si) => {
    const last = sentence.tokens[sentence.tokens.length - 1];
    if (last?.kind !== 'text' || !/[:：]$/.test(last.text)) return;
    const counts = sentence.tokens.flatMap((t) => (t.kind === 'figure' && isItemCount(t.figure) && t.figure.kind === 'count' ? [t.figure] : []));
    if (counts.length === 0) return;
    // The numbered lines: the sentences after it opening with 1. 2. 3. …, each in a paragraph of its own.
    const lines: Sentence[] = [];
    let paragraph = sentence.paragraph;
    for (let k = si + 1; k < sentences.length; k++) {
      const next = sentences[k]!;
      const opener = next.tokens[0];
      if (next.paragraph === paragraph) continue;
      if (opener?.kind !== 'text' || !new RegExp(`^${lines.length + 1}[.、．]`).test(opener.text)) break;
      lines.push(next);
      paragraph = next.paragraph;
    }
    if (lines.length < 2) return;
    const totalCount = counts[counts.length - 1]!;
    // Each line opens with its own count of the last count's measure (数量指标6个).
    const lineCounts = lines.map((line) => {
      const first = line.tokens.find((t) => t.kind === 'figure');
      return first?.kind === 'figure' && first.figure.kind === 'count' && first.figure.unit === totalCount.unit && !first.figure.approx ? first.figure : undefined;
    });
    if (lineCounts.some((c) => c === undefined)) return;
    const ids = lineCounts.map((c) => c!.id);
    relations.push({ kind: 'sum', total: totalCount.id, parts: ids, candidates: [ids], partial: false, wording: '：', measure: 'count' });
    const lineTotal = counts[counts.length - 2];
    if (!lineTotal) return;
    const items = lines.map((line) => (line.tokens[0] as { text: string }).text.replace(/^\d+[.、．]/, ''));
    const from = sentenceRange(lines[0]!).start;
    const to = sentenceRange(lines[lines.length - 1]!).end;
    relations.push({ kind: 'item-count', total: lineTotal.id, items, itemsSpan: locate(from, to) });
  });
  return relations;
}
