// Unit price × quantity, restatements in another unit, growth and percentage points.
import type { DifferenceGrowthRelation, Figure, GrowthRelation, Locate, PointsRelation, ProductRelation, RestatementRelation, Span, SumRelation } from '../../model.js';
import type { Sentence } from '../sentences.js';
import { FROM_WORDS, GROWTH_COMPARE_WORDS, GROWTH_DOWN_VERBS, GROWTH_UP_VERBS, GROWTH_VERBS_WITH_LE, SAVING_WORDS } from '../../lexicon/change.js';
import { TOTAL_NOUNS, TOTAL_WORDS } from '../../lexicon/lists.js';
import { PAYING_VERBS, PRICE_QUANTITY_MEASURES } from '../../lexicon/quantities.js';
import { anyOf } from '../../lexicon/words.js';
import { figureIndices, lastClause, measureOf, normalizeLabel, textAfter, textBefore, tokenAt } from './tokens.js';

/** The clause before a product's total names it as a total (`共计`, `合计发放慰问金`, `总金额`). */
const TOTAL_WORD = new RegExp(`(?:${anyOf([...TOTAL_WORDS, ...TOTAL_NOUNS])})[^，,；;。]{0,8}$`);
/** A label's paying verb, left out of its key (`发放住院护理补贴` is 住院护理补贴). */
const PAYING_VERB = new RegExp(`^(?:${anyOf(PAYING_VERBS)})`);

/** `560人 … 150元/人 … 共计84000元`. */
export function findProducts(sentences: Sentence[]): ProductRelation[] {
  const relations: ProductRelation[] = [];
  for (const sentence of sentences) {
    const indices = figureIndices(sentence);
    indices.forEach((i, position) => {
      const price = tokenAt(sentence, i).figure;
      if (price.kind !== 'amount' || !price.per || price.approx) return;
      const allowed = PRICE_QUANTITY_MEASURES[price.per] ?? [price.per];
      const isQuantity = (f: Figure) => f.kind === 'count' && !f.approx && f.writtenDecimals === 0 && allowed.includes(f.unit);
      let quantity: Figure | undefined;
      for (let k = position - 1; k >= 0 && !quantity; k--) {
        const f = tokenAt(sentence, indices[k]!).figure;
        if (isQuantity(f)) quantity = f;
        else if (f.kind === 'amount') break;
      }
      let total: Figure | undefined;
      for (let k = position + 1; k < indices.length && !total; k++) {
        const f = tokenAt(sentence, indices[k]!).figure;
        if (!quantity && isQuantity(f)) {
          quantity = f;
          continue;
        }
        if (f.kind === 'amount' && !f.per) {
          if (TOTAL_WORD.test(textBefore(sentence, indices[k]!)) && !f.approx) total = f;
          break;
        }
      }
      if (quantity && total) relations.push({ kind: 'product', quantity: quantity.id, price: price.id, total: total.id });
    });
  }
  return relations;
}

/** The key of a figure's label for restatements: its normalized label, or that of a count written right before it. */
function restatementKey(figure: Figure, previous: Figure | undefined): string {
  let label = normalizeLabel(figure.label);
  if (label === '' && previous && previous.kind === 'count' && previous.span.end.offset >= figure.span.start.offset - 1) {
    label = normalizeLabel(previous.label);
  }
  // A change (`比上年增加12,300元`) names no item: two changes are not one amount restated.
  if (CHANGE_LABEL.test(label)) return '';
  return label.replace(PAYING_VERB, '');
}

/** A 元 figure and its 万元 restatement (`住院护理补贴89200元` … `住院护理补贴…8.92万元`). */
export function findRestatements(sentences: Sentence[]): RestatementRelation[] {
  const entries: Array<{ figure: Figure; key: string }> = [];
  for (const sentence of sentences) {
    let previous: Figure | undefined;
    for (const i of figureIndices(sentence)) {
      const f = tokenAt(sentence, i).figure;
      if (f.kind === 'amount' && !f.approx && !f.per) {
        const key = restatementKey(f, previous);
        if (key.length >= 4) entries.push({ figure: f, key });
      }
      previous = f;
    }
  }
  // Only the first statement of each label in each unit is compared, and only labels that end
  // alike can match (a shared tail of four or more characters): bucket by that tail.
  const first = new Map<string, { figure: Figure; key: string }>();
  for (const entry of entries) {
    const id = `${entry.key}|${entry.figure.unit}`;
    if (!first.has(id)) first.set(id, entry);
  }
  const buckets = new Map<string, Array<{ figure: Figure; key: string }>>();
  for (const entry of first.values()) {
    const tail = entry.key.slice(-4);
    const list = buckets.get(tail);
    if (list) list.push(entry);
    else buckets.set(tail, [entry]);
  }
  const relations: RestatementRelation[] = [];
  const paired = new Set<string>();
  for (const bucket of buckets.values()) {
    bucket.sort((p, q) => p.figure.span.start.offset - q.figure.span.start.offset);
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const x = bucket[a]!;
        const y = bucket[b]!;
        if (x.figure.unit === y.figure.unit) continue;
        const [short, long] = x.key.length <= y.key.length ? [x.key, y.key] : [y.key, x.key];
        // The same item: one label ends the other, or they end in the same five or more characters.
        let common = 0;
        while (common < short.length && short[short.length - 1 - common] === long[long.length - 1 - common]) common++;
        if (!(common === short.length || common >= 5)) continue;
        const label = short.slice(short.length - common);
        const pairKey = `${label}|${x.figure.unit}|${y.figure.unit}`;
        if (paired.has(pairKey)) continue;
        paired.add(pairKey);
        relations.push({ kind: 'restatement', first: x.figure.id, second: y.figure.id, label });
      }
    }
  }
  return relations.sort((p, q) => p.first - q.first || p.second - q.second);
}

/** A comparison word (tested on the clause before a figure). */
const COMPARE = new RegExp(anyOf(GROWTH_COMPARE_WORDS));
/** 从/由: a change from one figure to the next (tested on the clause before the first). */
const FROM = new RegExp(anyOf(FROM_WORDS));
/** A verb of a rise: the direction of a change verb. */
const UP = new RegExp(anyOf(GROWTH_UP_VERBS));
/** A change verb, captured: a verb alone, else one with its 了 (`减少了达5%`). */
const VERB = new RegExp(`(${anyOf([...GROWTH_UP_VERBS, ...GROWTH_DOWN_VERBS])}|${anyOf(GROWTH_VERBS_WITH_LE)})`);
/** A label ending in a change verb (`比上年增加`, `节约`): the figure is a change, not an item. */
const CHANGE_LABEL = new RegExp(`(?:${anyOf([...GROWTH_UP_VERBS, ...GROWTH_DOWN_VERBS, ...GROWTH_VERBS_WITH_LE, ...SAVING_WORDS])})了?$`);
/** What joins a change to the percentage stated for it: `，增长` / `，下降了`. */
const STATED_THEN = new RegExp(`^[，,]?[ \u3000]*(?:${VERB.source})(?:了)?[ \u3000]*$`);
/** A comparison ending in its verb (`比上年增加`): the figure after it is the difference. */
const DIFFERENCE = new RegExp(`(?:${COMPARE.source})[^，,；;。\\d]{0,6}?${VERB.source}了?[ \\u3000]*$`);

function verbSpan(source: string, locate: Locate, from: Figure, to: Figure, verb: string): Span | undefined {
  const slice = source.slice(from.span.end.offset, to.span.start.offset);
  const at = slice.lastIndexOf(verb);
  if (at === -1) return undefined;
  return locate(from.span.end.offset + at, to.span.end.offset);
}

/**
 * After `由A提高到B` (or `较A减少D`), the change the text states in the same direction: `，增长p%`.
 * (Not `，增长N倍`: the relation's phrase would end at B or D, which times-phrasing quotes and rewrites.)
 */
function statedChange(sentence: Sentence, index: number | undefined, between: string, verb: string): { figure: Figure; verb: string } | undefined {
  if (index === undefined) return undefined;
  const then = STATED_THEN.exec(between);
  if (!then || UP.test(then[1]!) !== UP.test(verb)) return undefined;
  const figure = tokenAt(sentence, index).figure;
  return figure.kind === 'percentage' && !figure.approx ? { figure, verb: then[1]! } : undefined;
}

/** `B，较去年A增长p% / 提升N倍 / 减少D，下降p%`, and `从A下降到B(，下降p%)`. */
export function findGrowth(sentences: Sentence[], source: string, locate: Locate, sums: SumRelation[]): Array<GrowthRelation | DifferenceGrowthRelation> {
  const relations: Array<GrowthRelation | DifferenceGrowthRelation> = [];
  for (const sentence of sentences) {
    const indices = figureIndices(sentence);
    indices.forEach((i, position) => {
      const previous = tokenAt(sentence, i).figure;
      if (!measureOf(previous) && previous.kind !== 'percentage') return;
      if (previous.approx) return;
      const before = textBefore(sentence, i);
      const after = textAfter(sentence, i);
      // 从/由 A 下降到 B: the direction, and a percentage stated right after B (`，下降p%`).
      if (FROM.test(lastClause(before))) {
        const m = new RegExp(`^(?:${VERB.source})(?:到|至|为)`).exec(after);
        const next = indices[position + 1];
        if (m && next !== undefined) {
          const current = tokenAt(sentence, next).figure;
          if (current.unit === previous.unit && !current.approx) {
            const verb = m[1]!;
            const span = verbSpan(source, locate, previous, current, verb);
            const stated = statedChange(sentence, indices[position + 2], textAfter(sentence, next), verb);
            // Between two percentages a stated change may be in points or relative: only the direction is read.
            const of = stated && previous.kind !== 'percentage' ? { stated: stated.figure.id } : {};
            if (span) relations.push({ kind: 'growth', previous: previous.id, current: current.id, ...of, direction: UP.test(verb) ? 'up' : 'down', verb, phrase: span });
          }
        }
        return;
      }
      if (!COMPARE.test(lastClause(before))) return;
      // `比上年增加D万元，增长p%`: the figure after 比上年 is the difference, not the earlier value.
      const differenceVerb = DIFFERENCE.exec(lastClause(before));
      // The current figure: the nearest earlier figure of the same kind and unit family.
      let current: Figure | undefined;
      for (let k = position - 1; k >= 0; k--) {
        const f = tokenAt(sentence, indices[k]!).figure;
        if (f.kind === previous.kind && (f.kind !== 'count' || f.unit === previous.unit)) {
          current = f;
          break;
        }
      }
      const m = new RegExp(`^[^，,。；;]{0,4}?(${VERB.source})(?:了|达|约)?$`).exec(after);
      const next = indices[position + 1];
      /** The total of the list a figure is a part of (`X万元，其中：A，B`: X for B). */
      const ownerOf = (part: Figure) => sums.find((sum) => sum.total !== previous.id && sum.candidates.some((c) => c.includes(part.id)));
      if (current && differenceVerb && measureOf(previous) !== null) {
        // After a list (`X万元，其中：A，B，比上年增加D`) whether D is X's change or B's is unclear.
        if (ownerOf(current)) return;
        const change = statedChange(sentence, indices[position + 1], textAfter(sentence, i), differenceVerb[1]!);
        if (change && measureOf(current) === measureOf(previous) && current.unit === previous.unit && !current.approx) {
          relations.push({ kind: 'difference-growth', current: current.id, difference: previous.id, stated: change.figure.id, direction: UP.test(change.verb) ? 'up' : 'down', verb: change.verb });
        }
        return;
      }
      // `X万元，其中：A，B，较上年Y下降p%` compares X, not its last part.
      if (current) {
        const owner = ownerOf(current);
        if (owner) {
          const k = indices.find((index) => tokenAt(sentence, index).figure.id === owner.total);
          current = k === undefined ? undefined : tokenAt(sentence, k).figure;
        }
      }
      if (!current || current.approx || !m || next === undefined) return;
      let verb = m[1]!;
      let stated = tokenAt(sentence, next).figure;
      // `较上年A减少D万元，下降p%`: past the difference, to the percentage and its verb.
      const change = measureOf(stated) !== null && measureOf(stated) === measureOf(previous) ? statedChange(sentence, indices[position + 2], textAfter(sentence, next), verb) : undefined;
      if (change) ({ figure: stated, verb } = change);
      if ((stated.kind !== 'percentage' && stated.kind !== 'times') || stated.approx) return;
      const span = verbSpan(source, locate, previous, stated, verb);
      if (!span) return;
      relations.push({ kind: 'growth', previous: previous.id, current: current.id, stated: stated.id, direction: UP.test(verb) ? 'up' : 'down', verb, phrase: span });
    });
  }
  return relations;
}

/** `由85%提高到92%，提高了7%`. */
export function findPoints(sentences: Sentence[]): PointsRelation[] {
  const relations: PointsRelation[] = [];
  for (const sentence of sentences) {
    const indices = figureIndices(sentence);
    for (let p = 0; p + 2 < indices.length; p++) {
      const [a, b, c] = [indices[p]!, indices[p + 1]!, indices[p + 2]!].map((i) => tokenAt(sentence, i).figure);
      if (a!.kind !== 'percentage' || b!.kind !== 'percentage' || c!.kind !== 'percentage') continue;
      if (!FROM.test(lastClause(textBefore(sentence, indices[p]!)))) continue;
      if (!new RegExp(`^(?:${VERB.source})(?:到|至|为)$`).test(textAfter(sentence, indices[p]!))) continue;
      if (!new RegExp(`^[，,]?(?:${VERB.source})(?:了)?$`).test(textAfter(sentence, indices[p + 1]!))) continue;
      if (a!.approx || b!.approx || c!.approx) continue;
      relations.push({ kind: 'points', from: a!.id, to: b!.id, change: c!.id });
    }
  }
  return relations;
}
