// Shares (`A，占X的p%`, `占p%`) and groups of shares of one whole.
import { baseValue } from '../../arith.js';
import type { Figure, ShareGroupRelation, ShareRelation, SumRelation } from '../../model.js';
import { SHARE_LINKS, SHARE_NOUNS, SHARE_WORD, WHOLE_TOTAL_WORDS } from '../../lexicon/rates.js';
import { anyOf } from '../../lexicon/words.js';
import type { Sentence } from '../sentences.js';
import { figureIndices, lastClause, measureOf, normalizeLabel, significantDigits, textBefore, tokenAt } from './tokens.js';

/** A total word in a label (`支出合计`, `总支出`). */
const TOTAL_IN_LABEL = new RegExp(anyOf(WHOLE_TOTAL_WORDS));

/** What may follow the whole in a share phrase (`…的比例为`). */
const SHARE_SUFFIX = new RegExp(`(?:的)?(?:${anyOf(SHARE_NOUNS)})?(?:${anyOf(SHARE_LINKS)})?$`);

/**
 * The share phrase a text ends with: `，人员经费占基本支出的` → subject 人员经费, whole 基本支出;
 * undefined without 占 in its last clause. The subject runs back from the last 占 to a
 * parenthesis or the clause's start. (What `/([^，,。；;（(]*)占([^占，,。；;]*?)(?:的)?(?:比例|比重)?(?:为|达|约)?$/`
 * reads, found without restarting a scan at every character.)
 */
export function shareTail(text: string): { subject: string; whole: string } | undefined {
  const clause = lastClause(text);
  const at = clause.lastIndexOf(SHARE_WORD);
  if (at === -1) return undefined;
  const subjectStart = Math.max(clause.lastIndexOf('（', at), clause.lastIndexOf('(', at)) + 1;
  const after = clause.slice(at + SHARE_WORD.length);
  return { subject: clause.slice(subjectStart, at), whole: after.slice(0, SHARE_SUFFIX.exec(after)!.index) };
}

function sameValue(a: Figure, b: Figure): boolean {
  return measureOf(a) === measureOf(b) && baseValue(a).eq(baseValue(b)) && significantDigits(a) >= 3;
}

/** Where each part sits: part id → its total, and value → earlier parts with that value. */
interface PartIndex {
  totalOf: Map<number, number>;
  byValue: Map<string, Array<{ part: number; total: number }>>;
}

function indexParts(sums: SumRelation[], figures: Figure[]): PartIndex {
  const index: PartIndex = { totalOf: new Map(), byValue: new Map() };
  for (const sum of sums) {
    for (const id of sum.parts) {
      if (!index.totalOf.has(id)) index.totalOf.set(id, sum.total);
      const key = baseValue(figures[id]!).toString();
      const list = index.byValue.get(key) ?? [];
      list.push({ part: id, total: sum.total });
      index.byValue.set(key, list);
    }
  }
  return index;
}

/** The total of a sum relation whose parts include `part` or an earlier restatement of it. */
function enclosingTotal(part: Figure, index: PartIndex, figures: Figure[]): number | undefined {
  const direct = index.totalOf.get(part.id);
  if (direct !== undefined) return direct;
  for (const { part: id, total } of index.byValue.get(baseValue(part).toString()) ?? []) {
    if (id !== part.id && figures[id]!.span.start.offset < part.span.start.offset && sameValue(figures[id]!, part)) return total;
  }
  return undefined;
}

/** Share relations of every sentence. `sums` are the sum relations found so far. */
export function findShares(sentences: Sentence[], figures: Figure[], sums: SumRelation[]): ShareRelation[] {
  const relations: ShareRelation[] = [];
  const totals = new Set(sums.map((s) => s.total));
  const parts = indexParts(sums, figures);
  sentences.forEach((sentence, sIndex) => {
    const indices = figureIndices(sentence);
    const respective = respectiveShares(sentence, indices, figures, parts);
    for (const r of respective.relations) relations.push(r);
    indices.forEach((i, position) => {
      const shareToken = tokenAt(sentence, i);
      const share = shareToken.figure;
      if (share.kind !== 'percentage' || share.approx || respective.shares.has(share.id)) return;
      let before = textBefore(sentence, i);
      let wholeId: number | undefined;
      let resolvedBy: ShareRelation['resolvedBy'] | undefined;
      let partSearchFrom = position - 1;
      const previousIndex = indices[position - 1];
      // 占总任务10.38万元的86%: the whole is written inside the share phrase.
      if (previousIndex !== undefined && /^的?$/.test(before)) {
        const candidate = tokenAt(sentence, previousIndex).figure;
        const beforeCandidate = textBefore(sentence, previousIndex);
        if (measureOf(candidate) && lastClause(beforeCandidate).includes(SHARE_WORD)) {
          wholeId = candidate.id;
          resolvedBy = 'explicit';
          before = beforeCandidate;
          partSearchFrom = position - 2;
        }
      }
      const tail = shareTail(before);
      if (!tail) return;
      // The part: named before 占 (`人员经费占…`), else the nearest figure before 占 at the same
      // depth (skipping a parenthesis of parts).
      let part: Figure | undefined;
      const subject = normalizeLabel(tail.subject);
      // A second share of one part (`项目支出200万元，占全年预算520万元的38.46%，占全年支出的39.22%`): the
      // figure before this 占 is the share before it, whose part this one is of too.
      const sharedFrom = subject === '' && partSearchFrom >= 0 ? relations.find((r) => r.share === tokenAt(sentence, indices[partSearchFrom]!).figure.id) : undefined;
      if (sharedFrom) part = figures[sharedFrom.part];
      for (let k = partSearchFrom; k >= 0 && !part; k--) {
        const t = tokenAt(sentence, indices[k]!);
        if (subject !== '') {
          const own = normalizeLabel(t.figure.label);
          if (measureOf(t.figure) && own !== '' && (own === subject || own.endsWith(subject))) {
            part = t.figure;
            break;
          }
          continue;
        }
        if (t.depth !== shareToken.depth) continue;
        if (measureOf(t.figure)) {
          part = t.figure;
          break;
        }
      }
      if (!part || part.approx) return;
      const label = normalizeLabel(tail.whole);
      // A whole named as a total (`占支出合计的`) is a total: 基本支出 before it shares the noun 支出 but is a part.
      const wholeIsTotal = TOTAL_IN_LABEL.test(tail.whole);
      if (wholeId === undefined && label !== '' && wholeIsTotal) {
        // A whole named as a total is first the figure whose own label ends in those very words (`部门支出合计`
        // for `占支出合计的`), however near another total of the same noun stands (基本支出, a total of its own parts).
        const named = tail.whole.replace(/[的\s]/g, '');
        for (let k = position - 1; k >= 0 && wholeId === undefined; k--) {
          const f = tokenAt(sentence, indices[k]!).figure;
          if (f.id !== part.id && measureOf(f) === measureOf(part) && named.length >= 2 && f.label.replace(/\s/g, '').endsWith(named)) {
            wholeId = f.id;
            resolvedBy = 'label';
          }
        }
      }
      if (wholeId === undefined && label !== '') {
        for (let k = position - 1; k >= 0; k--) {
          const f = tokenAt(sentence, indices[k]!).figure;
          if (f.id === part.id || measureOf(f) !== measureOf(part)) continue;
          if (wholeIsTotal && !totals.has(f.id) && !TOTAL_IN_LABEL.test(f.label)) continue;
          const own = normalizeLabel(f.label);
          if (own !== '' && (own === label || (own.length >= 2 && (own.endsWith(label) || label.endsWith(own))))) {
            wholeId = f.id;
            resolvedBy = 'label';
            break;
          }
        }
        if (wholeId === undefined) {
          wholeId = enclosingTotal(part, parts, figures);
          resolvedBy = 'enclosing';
        }
      } else if (wholeId === undefined) {
        wholeId = enclosingTotal(part, parts, figures);
        resolvedBy = 'enclosing';
        if (wholeId === undefined) {
          // Else the nearest preceding total of the same unit in the same paragraph.
          for (let s = sIndex; s >= 0 && sentences[s]!.paragraph === sentence.paragraph && wholeId === undefined; s--) {
            const list = figureIndices(sentences[s]!).map((k) => tokenAt(sentences[s]!, k).figure).reverse();
            for (const f of list) {
              if (f.span.start.offset >= part.span.start.offset) continue;
              if (totals.has(f.id) && f.unit === part.unit) {
                wholeId = f.id;
                resolvedBy = 'preceding';
                break;
              }
            }
          }
        }
      }
      if (wholeId === undefined || wholeId === part.id || resolvedBy === undefined) return;
      const whole = figures[wholeId]!;
      if (whole.approx || measureOf(whole) !== measureOf(part) || !whole.value.gt(0)) return;
      relations.push({ kind: 'share', part: part.id, whole: wholeId, share: share.id, resolvedBy });
    });
  });
  return relations;
}

/** `占比分别为`, `分别占…`: the shares after it go with the amounts before it, in order. */
const RESPECTIVELY = /分别(?:占(?:[^，,。；;、]{0,12}?)?)?(?:的)?(?:比例|比重|占比)?(?:为|是)?$/;

/**
 * Shares listed after 分别 (`中央资金1,206.40万元，省级资金371.20万元，县级资金278.40万元，占比分别为65%、20%、15%`):
 * the k-th share is of the k-th amount before it, each of the total its amounts are the parts of.
 * Every share of such a list is taken here, paired or not: when the counts differ or the amounts are
 * of no one total, none is read (the nearest amount before is not the first share's part).
 */
function respectiveShares(sentence: Sentence, indices: number[], figures: Figure[], parts: PartIndex): { shares: Set<number>; relations: ShareRelation[] } {
  const shares = new Set<number>();
  const relations: ShareRelation[] = [];
  for (let position = 0; position < indices.length; position++) {
    const first = tokenAt(sentence, indices[position]!);
    if (first.figure.kind !== 'percentage' || !RESPECTIVELY.test(lastClause(textBefore(sentence, indices[position]!)))) continue;
    // The run of percentages told apart by 、，和 after 分别.
    const run = [first.figure];
    let k = position + 1;
    for (; k < indices.length; k++) {
      const t = tokenAt(sentence, indices[k]!);
      if (t.figure.kind !== 'percentage' || !/^[、，,和及]$/.test(textBefore(sentence, indices[k]!))) break;
      run.push(t.figure);
    }
    for (const f of run) shares.add(f.id);
    // The amounts before the list, at its depth, nearest last.
    const amounts = indices.slice(0, position).map((j) => tokenAt(sentence, j)).filter((t) => t.depth === first.depth && measureOf(t.figure) === 'amount').map((t) => t.figure);
    const own = amounts.slice(-run.length);
    if (own.length !== run.length || run.some((f) => f.approx) || own.some((f) => f.approx)) {
      position = k - 1;
      continue;
    }
    const totals = own.map((f) => enclosingTotal(f, parts, figures));
    const whole = totals[0];
    if (whole !== undefined && totals.every((t) => t === whole) && figures[whole]!.value.gt(0)) {
      run.forEach((share, n) => relations.push({ kind: 'share', part: own[n]!.id, whole, share: share.id, resolvedBy: 'enclosing' }));
    }
    position = k - 1;
  }
  return { shares, relations };
}

/** Shares of all the parts of a complete sum: they must add to 100%. */
export function findShareGroups(sums: SumRelation[], shares: ShareRelation[]): ShareGroupRelation[] {
  const groups: ShareGroupRelation[] = [];
  for (const sum of sums) {
    if (sum.partial || sum.parts.length < 2) continue;
    const list = sum.parts.map((id) => shares.filter((s) => s.part === id && s.whole === sum.total));
    if (list.some((l) => l.length !== 1)) continue;
    const ids = list.map((l) => l[0]!.share);
    if (groups.some((g) => g.shares.join() === ids.join())) continue;
    groups.push({ kind: 'share-group', whole: sum.total, shares: ids });
  }
  return groups;
}
