// Coverage: what a lint run checked. Which figures took part in which relation, which relations
// held, failed or were skipped as ambiguous, counted per file for every output.
import type { Figure, Relation, ReportModel, SkipReason, Span } from './model.js';

/** Counts of what was checked in one file (or a run, summed). */
export interface CoverageStats {
  /** Figures read from the text. */
  figures: number;
  /** Relations found: checked plus skipped. */
  relations: number;
  /** Relations a rule evaluated: held plus failed. */
  checked: number;
  held: number;
  failed: number;
  /** Relations not checked, by reason. */
  skipped: number;
  skippedBy: Partial<Record<SkipReason, number>>;
  /** Figures that took part in no relation. */
  unrelatedFigures: number;
}

/** A place in the source (1-based line, UTF-16 column, exclusive end). */
export interface CoveragePlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One relation and what became of it, with the places of its figures (the stated figure first). */
export interface RelationCoverage {
  kind: Relation['kind'] | 'unread';
  status: 'held' | 'failed' | 'skipped';
  /** For failed relations: 2 when an error reported it, else 1. */
  severity?: 1 | 2;
  reason?: SkipReason;
  /** The relation as arithmetic (`61.57 = 55.35 + 6.22`); empty for a reading dropped before it had figures. */
  expression: string;
  figures: CoveragePlace[];
}

/** Stats of a file with nothing read. */
export function emptyStats(): CoverageStats {
  return { figures: 0, relations: 0, checked: 0, held: 0, failed: 0, skipped: 0, skippedBy: {}, unrelatedFigures: 0 };
}

/** The stats of several files added up. */
export function sumStats(list: ReadonlyArray<CoverageStats | undefined>): CoverageStats {
  const total = emptyStats();
  for (const s of list) {
    if (!s) continue;
    total.figures += s.figures;
    total.relations += s.relations;
    total.checked += s.checked;
    total.held += s.held;
    total.failed += s.failed;
    total.skipped += s.skipped;
    total.unrelatedFigures += s.unrelatedFigures;
    for (const [reason, n] of Object.entries(s.skippedBy) as Array<[SkipReason, number]>) total.skippedBy[reason] = (total.skippedBy[reason] ?? 0) + n;
  }
  return total;
}

/**
 * The built-in rules that evaluate a relation. A relation is checked when one of them ran; it
 * failed when one of them reported on it. (A sum of counts is count-mismatch's, of money sum-mismatch's.)
 */
export function rulesFor(relation: Relation): readonly string[] {
  switch (relation.kind) {
    case 'sum':
      return relation.measure === 'count' ? ['count-mismatch'] : ['sum-mismatch'];
    case 'adjustment':
      return ['sum-mismatch'];
    case 'share':
      return ['share-mismatch'];
    case 'share-group':
      return ['share-sum-mismatch'];
    case 'rate':
      return ['rate-mismatch'];
    case 'product':
      return ['product-mismatch'];
    case 'restatement':
      return ['restatement-mismatch'];
    case 'growth':
      return ['growth-mismatch', 'times-phrasing'];
    case 'difference-growth':
      return ['growth-mismatch'];
    case 'points':
      return ['percentage-point-phrasing'];
    case 'item-count':
      return ['count-mismatch'];
    case 'score-weight':
    case 'score-group-cap':
      return ['score-exceeds-weight'];
    case 'score-group':
    case 'score-children':
    case 'weights-total':
    case 'narrative-score':
      return ['score-sum-mismatch'];
    case 'score-total':
      return ['score-sum-mismatch', 'missing-total-score'];
    case 'score-rate':
      return ['score-rate-mismatch'];
    case 'grade':
      return ['grade-mismatch'];
  }
}

/** Ids of the rules that evaluate some relation. */
export const RELATION_RULE_IDS: ReadonlySet<string> = new Set([
  'sum-mismatch', 'count-mismatch', 'share-mismatch', 'share-sum-mismatch', 'rate-mismatch', 'product-mismatch',
  'restatement-mismatch', 'growth-mismatch', 'times-phrasing', 'percentage-point-phrasing', 'score-exceeds-weight',
  'score-sum-mismatch', 'missing-total-score', 'score-rate-mismatch', 'grade-mismatch',
]);

/** The figures a relation relates, the stated one (total, rate, share…) first. */
export function relationFigures(relation: Relation): number[] {
  switch (relation.kind) {
    case 'sum':
      return [relation.total, ...relation.parts];
    case 'adjustment':
      return [relation.result, relation.base, relation.change];
    case 'share':
      return [relation.share, relation.part, relation.whole];
    case 'share-group':
      return [relation.whole, ...relation.shares];
    case 'rate':
      return [relation.rate, relation.numerator, relation.denominator];
    case 'product':
      return [relation.total, relation.quantity, relation.price];
    case 'restatement':
      return [relation.second, relation.first];
    case 'growth':
      return [...(relation.stated !== undefined ? [relation.stated] : []), relation.current, relation.previous];
    case 'difference-growth':
      return [relation.stated, relation.current, relation.difference];
    case 'points':
      return [relation.change, relation.from, relation.to];
    case 'item-count':
      return [relation.total];
    case 'score-weight':
      return [relation.score, relation.weight];
    case 'score-group':
      return [relation.stated, ...relation.weights];
    case 'score-group-cap':
      return [relation.stated, ...relation.scores];
    case 'score-children':
      return [relation.parent, ...relation.children];
    case 'weights-total':
      return [...(relation.stated !== undefined ? [relation.stated] : []), ...relation.weights];
    case 'score-total':
      return [...(relation.total !== null ? [relation.total] : []), ...relation.scores];
    case 'score-rate':
      return [relation.score, relation.weight, relation.numerator, relation.denominator];
    case 'grade':
      return [relation.score, ...(relation.outOf !== undefined ? [relation.outOf] : [])];
    case 'narrative-score':
      return [relation.stated, relation.total];
  }
}

/** Places a relation covers besides its figures (a grade, a 总分 cell, the items of a count). */
function extraSpans(relation: Relation): Span[] {
  if (relation.kind === 'grade') return [relation.gradeSpan];
  if (relation.kind === 'score-total') return [relation.totalSpan, ...(relation.grade ? [relation.grade.span] : [])];
  if (relation.kind === 'item-count') return [relation.itemsSpan];
  if (relation.kind === 'growth') return [relation.phrase];
  return [];
}

/** Every span a relation covers: its figures, then the other places it reads. */
export function relationSpans(relation: Relation, figures: readonly Figure[]): Span[] {
  return [...relationFigures(relation).map((id) => figures[id]?.span).filter((s): s is Span => s !== undefined), ...extraSpans(relation)];
}

/** A figure as the arithmetic shows it: the number as written, with % for percentages. */
function written(figure: Figure | undefined, source: string): string {
  if (!figure) return '?';
  const number = source.slice(figure.numberSpan.start.offset, figure.numberSpan.end.offset).replace(/\s+/g, '');
  return figure.kind === 'percentage' ? `${number}%` : number;
}

/** A relation as arithmetic: `61.57 = 55.35 + 6.22`, `92.96% = 689.66 ÷ 741.90`. */
export function relationExpression(relation: Relation, model: Pick<ReportModel, 'figures' | 'source'>): string {
  const w = (id: number | null | undefined) => (id === null || id === undefined ? '—' : written(model.figures[id], model.source));
  const sum = (ids: readonly number[]) => ids.map(w).join(' + ');
  switch (relation.kind) {
    case 'sum':
      return `${w(relation.total)} ${relation.partial ? '≥' : '='} ${sum(relation.parts)}`;
    case 'adjustment':
      return `${w(relation.result)} = ${w(relation.base)} ${relation.direction === 'up' ? '+' : '−'} ${w(relation.change)}`;
    case 'share':
      return `${w(relation.share)} = ${w(relation.part)} ÷ ${w(relation.whole)}`;
    case 'share-group':
      return `${sum(relation.shares)} = 100%`;
    case 'rate':
      return `${w(relation.rate)} = ${w(relation.numerator)} ÷ ${w(relation.denominator)}`;
    case 'product':
      return `${w(relation.total)} = ${w(relation.quantity)} × ${w(relation.price)}`;
    case 'restatement':
      return `${w(relation.first)} = ${w(relation.second)}`;
    case 'growth':
      return `${w(relation.previous)} → ${w(relation.current)}${relation.stated !== undefined ? ` (${w(relation.stated)})` : ''}`;
    case 'difference-growth':
      return `${w(relation.stated)} = ${w(relation.difference)} ÷ (${w(relation.current)} ${relation.direction === 'up' ? '−' : '+'} ${w(relation.difference)})`;
    case 'points':
      return `${w(relation.from)} → ${w(relation.to)} (${w(relation.change)})`;
    case 'item-count':
      return `${w(relation.total)} = ${relation.items.length}${relation.atLeast ? '+' : ''}: ${relation.items.join('、')}`;
    case 'score-weight':
      return `${w(relation.score)} ≤ ${w(relation.weight)}`;
    case 'score-group':
      return `${w(relation.stated)} = ${sum(relation.weights)}`;
    case 'score-group-cap':
      return `${w(relation.stated)} ≥ ${sum(relation.scores)}`;
    case 'score-children':
      return `${w(relation.parent)} = ${sum(relation.children)}`;
    case 'weights-total':
      return `${relation.stated !== undefined ? w(relation.stated) : relation.full} = ${sum(relation.weights)}`;
    case 'score-total':
      return `${w(relation.total)} = ${sum(relation.scores)}`;
    case 'score-rate':
      return `${w(relation.score)} = ${w(relation.weight)} × min(${w(relation.numerator)} ÷ ${w(relation.denominator)}, 1)`;
    case 'grade':
      return `${relation.grade} ← ${w(relation.score)}${relation.outOf !== undefined ? ` / ${w(relation.outOf)}` : ''}`;
    case 'narrative-score':
      return `${w(relation.stated)} = ${w(relation.total)}`;
  }
}

/** What the rules did with one relation. */
export interface RelationOutcome {
  /** Some rule that evaluates it ran (and did not throw). */
  evaluated: boolean;
  /** Highest severity of a shown finding on it (0: none). */
  shown: 0 | 1 | 2;
  /** A finding on it was silenced by a disable comment. */
  silenced: boolean;
}

const place = (span: Span): CoveragePlace => ({ line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column });

/** The coverage of a model, given what the rules did with each relation (same order as model.relations). */
export function coverageOf(model: ReportModel, outcomes: readonly RelationOutcome[]): { stats: CoverageStats; relations: RelationCoverage[] } {
  const stats = emptyStats();
  stats.figures = model.figures.length;
  const relations: RelationCoverage[] = [];
  const skip = (reason: SkipReason) => {
    stats.skipped++;
    stats.skippedBy[reason] = (stats.skippedBy[reason] ?? 0) + 1;
  };
  const related = new Set<number>();
  model.relations.forEach((relation, i) => {
    for (const id of relationFigures(relation)) related.add(id);
    const outcome = outcomes[i] ?? { evaluated: false, shown: 0, silenced: false };
    const entry: RelationCoverage = {
      kind: relation.kind,
      status: 'held',
      expression: relationExpression(relation, model),
      figures: relationSpans(relation, model.figures).map(place),
    };
    if (outcome.shown > 0) {
      entry.status = 'failed';
      entry.severity = outcome.shown as 1 | 2;
      stats.failed++;
    } else if (outcome.silenced || !outcome.evaluated) {
      entry.status = 'skipped';
      entry.reason = outcome.silenced ? 'disabled' : 'rule-off';
      skip(entry.reason);
    } else stats.held++;
    relations.push(entry);
  });
  for (const dropped of model.skipped ?? []) {
    skip(dropped.reason);
    relations.push({ kind: 'unread', status: 'skipped', reason: dropped.reason, expression: '', figures: [place(dropped.at)] });
  }
  stats.checked = stats.held + stats.failed;
  stats.relations = stats.checked + stats.skipped;
  stats.unrelatedFigures = model.figures.filter((f) => !related.has(f.id) && (f.fragmentOf === undefined || !related.has(f.fragmentOf))).length;
  return { stats, relations };
}
