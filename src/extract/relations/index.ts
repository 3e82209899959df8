// All relations of a report's prose, in dependency order: sums (and identities) first, because
// shares take their whole from the total whose parts include the share's part.
import { readingVerdict } from '../../arith.js';
import type { Figure, Locate, Relation, SumRelation } from '../../model.js';
import type { Sentence } from '../sentences.js';
import { findGrowth, findPoints, findProducts, findRestatements } from './misc.js';
import { findRates } from './rates.js';
import { findProseGrades, findWeightLists } from './scores.js';
import { findItemCounts, findNumberedCounts } from './items.js';
import { findShareGroups, findShares } from './shares.js';
import { findAdjustments, findIdentities, findSentenceSums } from './sums.js';

/** Pick the total and the reading of each sum's list that hold (at written precision), if any. */
function settleReadings(sums: SumRelation[], figures: Figure[], usual: Record<string, number>): SumRelation[] {
  return sums.map((sum) => {
    for (const id of [sum.total, ...(sum.otherTotals ?? [])]) {
      const total = figures[id]!;
      const holding = sum.candidates.find((parts) => readingVerdict(total, parts.map((part) => figures[part]!), sum.partial, usual, sum.complete) !== 'fails');
      if (holding) return { ...sum, total: id, parts: holding, otherTotals: [sum.total, ...(sum.otherTotals ?? [])].filter((t) => t !== id) };
    }
    return sum;
  });
}

/**
 * Sentences with more figures than this are not read for relations. No report sentence comes
 * near it (a long 其中 list has a few dozen); a run-on text with thousands of figures and no 。
 * would otherwise make the pairwise searches quadratic.
 */
export const MAX_SENTENCE_FIGURES = 200;

/** Find every relation the sentences state. */
export function findRelations(allSentences: Sentence[], figures: Figure[], usual: Record<string, number>, source: string, locate: Locate): Relation[] {
  const sentences = allSentences.filter((s) => s.tokens.reduce((n, t) => (t.kind === 'figure' ? n + 1 : n), 0) <= MAX_SENTENCE_FIGURES);
  const seen = new Set<string>();
  const numbered = findNumberedCounts(sentences, locate);
  const sums = settleReadings([...findSentenceSums(sentences, figures), ...findIdentities(sentences), ...numbered.filter((r): r is SumRelation => r.kind === 'sum')], figures, usual).filter((s) => {
    const key = `${s.total}:${[...s.parts].sort((a, b) => a - b).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const shares = findShares(sentences, figures, sums);
  return [
    ...sums,
    ...findAdjustments(sentences),
    ...shares,
    ...findShareGroups(sums, shares),
    ...findRates(sentences),
    ...findProducts(sentences),
    ...findRestatements(sentences),
    ...findGrowth(sentences, source, locate, sums),
    ...findPoints(sentences),
    ...findItemCounts(sentences, source, locate),
    ...numbered.filter((r) => r.kind === 'item-count'),
    ...findProseGrades(sentences, source, locate),
    ...findWeightLists(sentences),
  ];
}
