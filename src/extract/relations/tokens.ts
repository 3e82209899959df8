// Small readers over a sentence's tokens, shared by the relation finders.
import type { Figure } from '../../model.js';
import type { FigureToken, Sentence } from '../sentences.js';
import { LABEL_NOISE_END, LABEL_NOISE_START } from '../../lexicon/lists.js';
import { anyOf } from '../../lexicon/words.js';
import { COUNT_FAMILIES } from '../../lexicon/quantities.js';

/** Indices of the figure tokens of a sentence. */
export function figureIndices(sentence: Sentence): number[] {
  const out: number[] = [];
  sentence.tokens.forEach((t, i) => {
    if (t.kind === 'figure') out.push(i);
  });
  return out;
}

/** The text between token `i` and the next figure token. */
export function textAfter(sentence: Sentence, i: number): string {
  let text = '';
  for (let j = i + 1; j < sentence.tokens.length; j++) {
    const t = sentence.tokens[j]!;
    if (t.kind === 'figure') break;
    text += t.text;
  }
  return text;
}

/** The text between the previous figure token and token `i`. */
export function textBefore(sentence: Sentence, i: number): string {
  let text = '';
  for (let j = i - 1; j >= 0; j--) {
    const t = sentence.tokens[j]!;
    if (t.kind === 'figure') break;
    text = t.text + text;
  }
  return text;
}

/** The figure token at index `i`. */
export function tokenAt(sentence: Sentence, i: number): FigureToken {
  return sentence.tokens[i] as FigureToken;
}

/** The family a count's measure word belongs to, for comparing counts: 名 with 人 (people), km with 公里. */
export function countFamily(unit: string): string {
  return COUNT_FAMILIES.find((family) => family.includes(unit))?.[0] ?? unit;
}

/** Money amounts and counts can be totals and parts; percentages and multiples cannot. */
export function measureOf(figure: Figure): 'amount' | 'count' | null {
  if (figure.kind === 'amount' && !figure.per) return 'amount';
  if (figure.kind === 'count') return 'count';
  return null;
}

/** The connecting words (and punctuation) a label starts with (`其中：`). */
const NOISE_START = new RegExp(`^(?:${anyOf(LABEL_NOISE_START)}|[:：，,、])+`);

/**
 * `label` without the connecting words it ends with (`人员经费共计为` → `人员经费`). Taken off one
 * at a time from the end, the longest first: as a regular expression, `(?:为|共计|共|计…)+$` tries
 * every split of `共计共计…` and takes exponential time.
 */
export function stripNoiseEnd(label: string): string {
  let end = label.length;
  while (end > 0) {
    const word = LABEL_NOISE_END.find((w) => label.endsWith(w, end));
    if (word === undefined) break;
    end -= word.length;
  }
  return label.slice(0, end);
}

/** A figure's label without connecting words (`其中：人员经费为` → `人员经费`). */
export function normalizeLabel(label: string): string {
  return stripNoiseEnd(label.replace(/^\d{4}年度?/, '').replace(NOISE_START, ''));
}

const CLAUSE_STOP = /[，,。；;]/g;

/**
 * The clause a text ends with: what follows its last `，,。；;` (all of it when it has none). A
 * test of `/X[^，,。；;]*$/` is a test of /X/ on this, without the regular expression restarting
 * its scan to the end at every X.
 */
export function lastClause(text: string): string {
  let start = 0;
  CLAUSE_STOP.lastIndex = 0;
  while (CLAUSE_STOP.exec(text) !== null) start = CLAUSE_STOP.lastIndex;
  return text.slice(start);
}

/** Significant digits written (`61.57` has 4; `0.24` has 2). */
export function significantDigits(figure: Figure): number {
  return figure.digits.replace('.', '').replace(/^0+/, '').length;
}
