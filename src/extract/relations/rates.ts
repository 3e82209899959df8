// Named rates (执行率, 到位率, 支出率, 预算完成率, 理赔率…) and the two amounts each is the ratio of,
// looked for in the rate's own clause, then its sentence, then the sentences before it in its
// paragraph, then the paragraph before (the `(1)资金到位情况 … (2)资金执行情况` template). Several
// rates in one sentence each take their own clause; two competing candidates leave a rate unread.
import type { Figure, RateRelation } from '../../model.js';
import { ADJUSTED_BUDGET_WORDS, ALL_ARRIVED, ARRIVAL_RATE_WORD, BUDGET_AFTER, FUND_SOURCE_LEVELS, RATES, type RateWords, VALID_WORD } from '../../lexicon/rates.js';
import { AMONG } from '../../lexicon/lists.js';
import { anyOf } from '../../lexicon/words.js';
import type { Sentence } from '../sentences.js';
import { noteSkip } from '../skips.js';
import { countFamily, figureIndices, measureOf, normalizeLabel, textAfter, tokenAt } from './tokens.js';

interface Spec {
  words: RateWords;
  name: RegExp;
  numerator: RegExp;
  denominator: RegExp;
  notNumerator: RegExp;
}

const SPECS: Spec[] = RATES.map((words) => ({
  words,
  name: new RegExp(`(?:${anyOf(words.names)})$`),
  numerator: new RegExp(anyOf(words.numerator)),
  denominator: new RegExp(anyOf(words.denominator)),
  notNumerator: new RegExp(anyOf(words.notNumerator)),
}));
const ADJUSTED_BUDGET = new RegExp(anyOf(ADJUSTED_BUDGET_WORDS));
/** The clause separators a rate's clause group runs back to. */
const GROUP_BREAK = /[；;]/;

/** The spec of a rate label (`项目资金支出进度比率为` → 支出进度比率), and the name as written. */
function rateOf(label: string): { spec: Spec; name: string } | undefined {
  const clean = normalizeLabel(label);
  for (const spec of SPECS) {
    const m = spec.name.exec(clean);
    if (m) return { spec, name: m[0] };
  }
  return undefined;
}

/** A figure as a candidate operand: its label and the words right after it. */
interface Candidate {
  figure: Figure;
  label: string;
  after: string;
}

function candidatesOf(sentence: Sentence, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  for (const k of figureIndices(sentence)) {
    if (k < from || k >= to) continue;
    const f = tokenAt(sentence, k).figure;
    if (measureOf(f) === null || f.approx || f.per) continue;
    found.push({ figure: f, label: f.label, after: textAfter(sentence, k) });
  }
  return found;
}

function isNumerator(c: Candidate, spec: Spec, valid: boolean): boolean {
  // A money rate is of money: `自评项目35个` is no spending however its label reads.
  if (spec.words.money && measureOf(c.figure) !== 'amount') return false;
  if (valid) return c.label.includes(VALID_WORD);
  return spec.numerator.test(c.label) && !c.label.includes(VALID_WORD) && !spec.notNumerator.test(c.label);
}

function isDenominator(c: Candidate, spec: Spec): boolean {
  // One source of the funds (`区级财政资金1,913,880元`) is no budget of the whole.
  if (FUND_SOURCE.test(normalizeLabel(c.label))) return false;
  return spec.denominator.test(c.label) || (spec.words.money && BUDGET_AFTER.test(c.after));
}

/** A label that names one source of funds by its level (`区级财政资金`, `中央资金`). */
const FUND_SOURCE = new RegExp(`^(?:${anyOf(FUND_SOURCE_LEVELS)})(?:财政)?(?:补助)?资金$`);

/** Figures of one measure with the same value: two statements of one amount, not two candidates. */
function distinct(list: Candidate[]): Candidate[] {
  const seen: Candidate[] = [];
  for (const c of list) if (!seen.some((s) => s.figure.value.eq(c.figure.value) && s.figure.unit === c.figure.unit)) seen.push(c);
  return seen;
}

/** Every named rate and its two amounts. */
export function findRates(sentences: Sentence[]): RateRelation[] {
  const relations: RateRelation[] = [];
  sentences.forEach((sentence, si) => {
    const indices = figureIndices(sentence);
    let groupStart = 0;
    let seenRate = false;
    indices.forEach((i) => {
      const rate = tokenAt(sentence, i).figure;
      // A ； before this rate starts its group afresh.
      for (let k = groupStart; k < i; k++) {
        const t = sentence.tokens[k]!;
        if (t.kind === 'text' && GROUP_BREAK.test(t.text)) groupStart = k + 1;
      }
      if (rate.kind !== 'percentage' || rate.approx) return;
      const named = rateOf(rate.label);
      if (!named) return;
      const { spec, name } = named;
      const start = groupStart;
      // The next rate's clause starts after this one.
      groupStart = i + 1;
      const earlierRate = seenRate;
      seenRate = true;
      const group = candidatesOf(sentence, start, i);
      // `X万元资金全部拨付到位，到位率p%`: all of it arrived.
      if (name.includes(ARRIVAL_RATE_WORD)) {
        const arrived = group.filter((c) => c.figure.kind === 'amount' && ALL_ARRIVED.test(c.after));
        if (arrived.length === 1) {
          relations.push({ kind: 'rate', name, numerator: arrived[0]!.figure.id, denominator: arrived[0]!.figure.id, rate: rate.id });
          return;
        }
      }
      // 有效回收率 is of the valid questionnaires (有效问卷470份), 回收率 of all returned.
      const valid = normalizeLabel(rate.label).includes(VALID_WORD);
      let numerators = group.filter((c) => isNumerator(c, spec, valid));
      // A rate standing alone in its sentence (`…结余689.66万元。项目执行率92.96%。`) is of the sentence before.
      let scopeFrom = 1;
      if (group.length === 0 && !earlierRate && si > 0 && sentences[si - 1]!.paragraph >= sentence.paragraph - 1) {
        const previous = sentences[si - 1]!;
        numerators = candidatesOf(previous, 0, previous.tokens.length).filter((c) => isNumerator(c, spec, valid));
        scopeFrom = 3;
      }
      if (distinct(numerators).length !== 1) {
        if (distinct(numerators).length > 1) noteSkip('competing-readings', rate.span);
        return;
      }
      const numerator = numerators[numerators.length - 1]!;
      const same = (c: Candidate) => measureOf(c.figure) === measureOf(numerator.figure) && (measureOf(c.figure) === 'amount' || countFamily(c.figure.unit) === countFamily(numerator.figure.unit));
      // The denominator: in the clause group, else before it in the sentence, else in the sentences
      // before (nearest first), else in the paragraph before.
      // After another rate of this sentence (`支出合计X，执行率p%，其中：基本支出Y，执行率q%`) a rate reads its own
      // clause only: the amounts before belong to that rate.
      const scopes: Candidate[][] = [group, earlierRate ? [] : candidatesOf(sentence, 0, start)];
      for (let s = si - 1; s >= 0 && scopes.length < 8 && !earlierRate; s--) {
        const previous = sentences[s]!;
        if (previous.paragraph < sentence.paragraph - 1) break;
        // A sentence that opens with 其中 breaks down the one before it: its amounts are parts, no budget of this rate
        // (`…到位资金6,379,600元。其中…区级财政资金1,913,880元，占30%。` then `实际支出…，预算执行率96.03%`).
        const first = previous.tokens[0];
        if (first?.kind === 'text' && first.text.startsWith(AMONG)) continue;
        scopes.push(candidatesOf(previous, 0, previous.tokens.length).reverse());
      }
      const labelled = (scope: Candidate[]) => {
        const found = scope.filter((c) => c !== numerator && c.figure.id !== numerator.figure.id && same(c) && isDenominator(c, spec) && !isNumerator(c, spec, valid));
        // A part listed after 其中 gives way to the whole it is part of (`全年可用资金X元，其中实际到位资金Y元`).
        const wholes = found.filter((c) => !c.label.startsWith(AMONG));
        return wholes.length > 0 ? wholes : found;
      };
      let denominators = labelled(group);
      // None labelled in the clause group: its one other amount (`案件审判411.95万元，年末结算支出411.95万元`);
      // only a group with no other amount looks further back.
      const unlabelled = group.filter((c) => c !== numerator && c.figure.id !== numerator.figure.id && same(c) && !isNumerator(c, spec, valid));
      if (denominators.length === 0 && unlabelled.length > 0) {
        if (unlabelled.length === 1 && spec.words.money) denominators = unlabelled;
        else {
          if (distinct(unlabelled).length > 1) noteSkip('competing-readings', rate.span);
          return;
        }
      }
      // (A rate whose amounts were in the sentence before looks for its budget there and before.)
      if (scopeFrom > 1) denominators = labelled(scopes[2] ?? []);
      for (const scope of scopes.slice(scopeFrom)) {
        if (denominators.length) break;
        denominators = labelled(scope);
      }
      const choices = distinct(denominators);
      if (choices.length === 0) return;
      // 年初预算 and 全年预算数 both given: the rate is of the adjusted budget, and wrong only if it is of neither.
      const adjusted = choices.length === 1 ? choices : choices.filter((d) => ADJUSTED_BUDGET.test(d.label));
      if (adjusted.length !== 1) {
        noteSkip('competing-readings', rate.span);
        return;
      }
      const others = choices.filter((d) => d !== adjusted[0]).map((d) => d.figure.id);
      relations.push({ kind: 'rate', name, numerator: numerator.figure.id, denominator: adjusted[0]!.figure.id, rate: rate.id, ...(others.length ? { otherDenominators: others } : {}) });
    });
  });
  return relations;
}
