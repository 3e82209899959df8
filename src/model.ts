// The ReportModel: what extraction hands to rules. Plain data, every figure with its source span.
import type { Decimal } from 'decimal.js';

/** A point in the source: 1-based line and UTF-16 column, 0-based offset (unist). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A source range; `end` is exclusive. */
export interface Span {
  start: Point;
  end: Point;
}

/** Turns source offsets into a span (1-based line, UTF-16 column). */
export type Locate = (start: number, end: number) => Span;

/** Monetary units that convert exactly into 元. */
export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

/** What a figure measures. */
export type FigureKind =
  | 'amount' // money: 元, 千元, 万元, 亿元
  | 'percentage' // p%
  | 'points' // 个百分点
  | 'times' // N倍
  | 'count' // an integer with a measure word: 人, 个, 次, 项…
  | 'numeral' // a count in Chinese numerals (三个, 两部门): read against a list of items only
  | 'number'; // a bare number (table cells only)

/** One calendar field of a written date, as written (it may be impossible). */
export interface DateField {
  unit: '年' | '月' | '日';
  value: number;
  span: Span;
}

/** A written year (`2024年`, `2024年度`). */
export interface YearMention {
  value: number;
  /** Covers the digits and 年 (and 度). */
  span: Span;
  /** Index of the segment it sits in. */
  segment: number;
  /** True for `YYYY年度`. */
  fiscal: boolean;
  /** Text right after the year (`远景目标`). */
  after: string;
  /** Written in a plan's wording (`力争到2035年`, `2035年远景目标`, `2035年前`): a goal year may stand there. */
  plan: boolean;
  /** Written with five digits (`20244年12月`): a slip, no year. */
  fiveDigits?: boolean;
}

/** A written date or partial date (`2024年12月31日`, `12月31日`, `2020月12月`). */
export interface DateMention {
  fields: DateField[];
  span: Span;
  segment: number;
  /** Text before the date in its clause (`完成时间`, `所有支出均在`). */
  label: string;
  /** Text right after the date (`前完成`). */
  after: string;
}

/** A number read from the text, with what it measures. */
export interface Figure {
  /** Index in ReportModel.figures. */
  id: number;
  kind: FigureKind;
  /** The value in the written unit (for 万元 amounts: in 万元). */
  value: Decimal;
  /** Decimal places as written (`95.30` has 2). */
  writtenDecimals: number;
  /** The number as written, normalised to ASCII digits without separators (`3104531.58`). */
  digits: string;
  /** Money unit, `%`, or the measure word of a count (`人`, `人次`, `个`). */
  unit: string;
  /** For counts in Chinese numerals (`三个`): the numeral as written (`digits` holds its value). */
  numeral?: string;
  /** For counts written with 万 (`1.2万人`): the multiplier. */
  multiplier?: number;
  /** Per-unit denominator of a unit price (`150元/人` → `人`). */
  per?: string;
  /** Approximation marker (约, 近, 余, 多, 左右, 以上, 以下, 不少于, ≥, ≤…); such figures never enter arithmetic. */
  approx?: string;
  /** Comparator written in a target cell (`=`, `≥`, `≤`, `>`, `<`). */
  comparator?: string;
  /** Written with thousands separators (`1,256.38`): messages quote it and values computed beside it so. */
  grouped?: boolean;
  /** True when OCR spacing inside the number was repaired (`3, 104, 531. 58`). */
  repaired?: boolean;
  /** This cell's number is only a fragment of the number at this id, joined across cells. */
  fragmentOf?: number;
  /** The whole figure: number and unit. */
  span: Span;
  /** The number alone. */
  numberSpan: Span;
  /** Text before the figure in its clause (`基本支出`, `理赔率`). */
  label: string;
  segment: number;
}

/** A money unit written with no number before it (`支出万元`). */
export interface BareUnit {
  unit: MoneyUnit;
  /** The unit and the word before it. */
  span: Span;
  segment: number;
  /** Header or caption use (`（万元）`, `单位：万元`): not a missing figure. */
  header: boolean;
}

/** A stretch of text scanned for figures: a prose line or a table cell. */
export interface Segment {
  kind: 'line' | 'cell';
  /** Offsets into the source (exclusive end). */
  start: number;
  end: number;
  /** Text with markup masked, same length as the source slice. */
  text: string;
  /** Paragraph index for lines (consecutive non-blank lines). */
  paragraph: number;
  /** For cells: table, row and column. */
  table?: number;
  row?: number;
  column?: number;
}

/** One cell of a table. */
export interface TableCell {
  segment: number;
  /** The cell text, trimmed. */
  text: string;
  span: Span;
  /** The cell holds `-`, `—` or nothing. */
  empty: boolean;
  /** The single figure making up the cell, when the cell is just a number (with unit or comparator). */
  figure?: number;
}

/**
 * The shape a table arrived in: a GFM table, tab-separated rows, tab-indented cells one per line,
 * `|` rows (broken across lines or without a delimiter row), ` |` cells one per line, bare cells one
 * per line between blank lines, or space-separated words.
 */
export type TableSource = 'gfm' | 'tsv' | 'cells' | 'pipes' | 'pipe-cells' | 'bare-cells' | 'spaces';

/** A table, with its cells by row. */
export interface Table {
  source: TableSource;
  rows: TableCell[][];
  span: Span;
}

/** Heading marker styles, GB/T 9704 order first. */
export type MarkerStyle =
  | 'markdown' // # heading
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） (一)
  | 'arabic-dot' // 1. 1．
  | 'arabic-dun' // 1、
  | 'arabic-paren' // （1） (1)
  | 'circled' // ①
  | 'none'; // an unnumbered line that is a standard section title (其他需要说明的情况)

/** One entry of the outline: a line that starts with a heading marker, or a Markdown heading. */
export interface Heading {
  style: MarkerStyle;
  /** The ordinal written (一 → 1, ③ → 3); Markdown headings have depth here. */
  number: number;
  /** The marker as written (`（一）`, `1、`). */
  marker: string;
  markerSpan: Span;
  /** Heading text after the marker, up to the first 。 or the end of the line. */
  text: string;
  span: Span;
  /** Depth in the outline tree (1 = top). */
  level: number;
  /** Index (in ReportModel.headings) of the heading this one sits under. */
  parent: number | null;
  /** The sibling before it under the same parent. */
  previousSibling: number | null;
  /** Marker style of the first sibling of its group: the style its siblings should share. */
  groupStyle: MarkerStyle;
  /** It continues a sibling sequence in another marker style (`（一）` … `（2）`). */
  styleMix: boolean;
  /** It opens a sub-list in its parent's marker style (`2、项目支出` → `1、专项资金`). */
  reusesParentStyle: boolean;
  /** The section has no content: the next heading is not below it, or the text ends. */
  empty: boolean;
  /** A title (short, no clause punctuation), not a numbered list item written as a sentence. */
  titleLike: boolean;
  /** The section's body: segment indices [from, to) up to the next heading at its level or above. */
  body: { from: number; to: number };
  /** Markdown heading depth, for `markdown` style. */
  depth?: number;
  /** Prose follows the heading text on the same line (`（一）综合评价结论。反映…`). */
  runOn: boolean;
  segment: number;
}

/** A wording observation for the wording rules. */
export type TextMark =
  | { kind: 'repeated-phrase'; span: Span; phrase: string; first: Span }
  | { kind: 'doubled-word'; span: Span; word: string }
  | { kind: 'doc-number'; span: Span; text: string; open: string; close: string; key: string }
  | { kind: 'jiezhi'; span: Span; following: string }
  | { kind: 'latin-word'; span: Span; word: string }
  | { kind: 'budget-type'; span: Span; name: string; segment: number }
  | { kind: 'artifact'; span: Span; text: string; artifact: 'bookmark' | 'cover' | 'placeholder' | 'template' | 'field-error' }
  /** A sentence cut in two paragraphs by conversion (`…为广大育龄群众和计` / `划生育家庭谋福祉。`): `text` ends the first, `next` opens the second. */
  | { kind: 'broken-paragraph'; span: Span; text: string; next: string };

/** An inline control comment (`<!-- crossfoot-disable sum-mismatch -->`). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means all rules. */
  ruleIds: string[];
  line: number;
  /** The comment itself (where an unknown rule id in it is reported). */
  span: Span;
}

/** How the report year was found. */
export interface ReportYear {
  year: number;
  from: 'title' | 'fiscal-year' | 'fill-date' | 'year-mentions';
}

/** A stated total and its listed parts (figure ids). */
export interface SumRelation {
  kind: 'sum';
  total: number;
  /** The reading of the list that holds, else the primary reading. */
  parts: number[];
  /** Every plausible reading of the list; the relation holds if any does. */
  candidates: number[][];
  /** 主要包括 / …等 / a single part: the parts need not reach the total. */
  partial: boolean;
  /** The list is complete even with one part (a form's source rows with the others left blank, a 小计 over one row). */
  complete?: boolean;
  /** Other figures the list may be the parts of (the other amounts of the sentence before 其中): it is wrong only if it fits none. */
  otherTotals?: number[];
  /** The wording that introduced the parts (其中, 包括, （, identity). */
  wording: string;
  /** Money amounts or counts. */
  measure: 'amount' | 'count';
}

/** `年初X，调减D，全年Y`: the result of an adjustment, Y = X − D (追加, 调增: X + D). */
export interface AdjustmentRelation {
  kind: 'adjustment';
  base: number;
  change: number;
  result: number;
  direction: 'up' | 'down';
}

/** `A，占X的p%`: part A is p% of whole X. */
export interface ShareRelation {
  kind: 'share';
  part: number;
  whole: number;
  share: number;
  resolvedBy: 'explicit' | 'label' | 'enclosing' | 'preceding';
}

/** Shares of the parts of one whole whose parts are complete: they should add to 100%. */
export interface ShareGroupRelation {
  kind: 'share-group';
  whole: number;
  shares: number[];
}

/** A named rate (执行率, 理赔率…) and the two figures it relates. */
export interface RateRelation {
  kind: 'rate';
  name: string;
  numerator: number;
  denominator: number;
  rate: number;
  /** Other figures the rate may be taken of (年初预算 beside 全年预算数): it is wrong only if it fits none. */
  otherDenominators?: number[];
}

/** Quantity × unit price = total. */
export interface ProductRelation {
  kind: 'product';
  quantity: number;
  price: number;
  total: number;
}

/** The same item stated twice in different money units. */
export interface RestatementRelation {
  kind: 'restatement';
  first: number;
  second: number;
  label: string;
}

/** A change between two figures, with the stated rate or multiple if any. */
export interface GrowthRelation {
  kind: 'growth';
  previous: number;
  current: number;
  /** The stated percentage or 倍 figure. */
  stated?: number;
  direction: 'up' | 'down';
  verb: string;
  /** The verb and the stated figure (`提升2.67倍`), or the verb alone. */
  phrase: Span;
}

/**
 * A change stated as an amount and a percentage, the earlier value unstated
 * (`收入1,523.46万元，比上年增加123.46万元，增长8.82%`): the earlier value is current ∓ difference.
 */
export interface DifferenceGrowthRelation {
  kind: 'difference-growth';
  current: number;
  difference: number;
  stated: number;
  direction: 'up' | 'down';
  verb: string;
}

/** A change between two percentages stated as a percentage (`由85%提高到92%，提高了7%`). */
export interface PointsRelation {
  kind: 'points';
  from: number;
  to: number;
  change: number;
}

/** `共N项：A、B、C`, `A、B、C等N个`: a stated count and the items listed with it. */
export interface ItemCountRelation {
  kind: 'item-count';
  total: number;
  items: string[];
  itemsSpan: Span;
  /** The list ends with 等 (or is cut off by the end of the text): the count is at least the items named. */
  atLeast?: boolean;
}

/** A form row's 得分 and its 分值. */
export interface ScoreWeightRelation {
  kind: 'score-weight';
  score: number;
  weight: number;
  /** The row's label (the indicator, `老年人健康管理率`), when it has one. */
  indicator?: string;
}

/** The 分值 of a 一级指标 group against the weight in its label (`产出指标(50分)`). */
export interface ScoreGroupRelation {
  kind: 'score-group';
  /** The figure `50分` in the group label. */
  stated: number;
  weights: number[];
  group: string;
}

/**
 * The 得分 of a group's rows against the group's weight, in a form with no 分值 column
 * (`产出指标(60分)` over rows scored 20, 20, 20): their sum may not exceed it.
 */
export interface ScoreGroupCapRelation {
  kind: 'score-group-cap';
  /** The figure `60分` in the group label. */
  stated: number;
  scores: number[];
  group: string;
}

/** A table row's 分值 or 得分 against the rows numbered under it (`一、示范区建立 15.0` over `1、… 5.0`, `2、… 5.0`, `3、… 5.0`). */
export interface ScoreChildrenRelation {
  kind: 'score-children';
  parent: number;
  children: number[];
  /** The parent row's label. */
  label: string;
  column: 'weight' | 'score';
}

/** The weights of a form (group labels and the execution row) against the full score. */
export interface WeightsTotalRelation {
  kind: 'weights-total';
  weights: number[];
  full: number;
  /** The total the form writes (its 总分 row's 分值), when the weights are checked against it instead of the full score. */
  stated?: number;
}

/** 总分 against the 得分 of every row, and the grade given with it. */
export interface ScoreTotalRelation {
  kind: 'score-total';
  /** The 总分 figure, or null when the cell is empty. */
  total: number | null;
  totalSpan: Span;
  scores: number[];
  /** Whether every scored row could be read (else Σ is not checked). */
  complete: boolean;
  grade?: { text: string; span: Span };
}

/** 执行率得分 = 分值 × min(B/A, 1). */
export interface ScoreRateRelation {
  kind: 'score-rate';
  score: number;
  weight: number;
  numerator: number;
  denominator: number;
}

/** A grade (优/良/中/差) and the score it should band. */
export interface GradeRelation {
  kind: 'grade';
  grade: string;
  gradeSpan: Span;
  score: number;
  /** The 分值 the score is out of, when the form states it (a 总分 row of 90 is a subtotal). */
  outOf?: number;
}

/** A narrative `自评得分为S分` against the form's 总分. */
export interface NarrativeScoreRelation {
  kind: 'narrative-score';
  stated: number;
  total: number;
  /** The 分值 of the 总分 row, when stated. */
  outOf?: number;
}

/** Every relation extraction recognises. */
export type Relation =
  | SumRelation
  | AdjustmentRelation
  | ShareRelation
  | ShareGroupRelation
  | RateRelation
  | ProductRelation
  | RestatementRelation
  | GrowthRelation
  | DifferenceGrowthRelation
  | PointsRelation
  | ItemCountRelation
  | ScoreWeightRelation
  | ScoreGroupRelation
  | ScoreGroupCapRelation
  | ScoreChildrenRelation
  | WeightsTotalRelation
  | ScoreTotalRelation
  | ScoreRateRelation
  | GradeRelation
  | NarrativeScoreRelation;

/**
 * Why a relation was not checked: two readings of the text compete (two candidate numerators or
 * budgets for a rate), a table row aligns to its header in more than one way, the rules that check
 * it are off, or its finding was silenced by a disable comment.
 */
export type SkipReason = 'competing-readings' | 'ambiguous-table-row' | 'rule-off' | 'disabled';

/** A candidate relation a reader dropped as ambiguous, where it stands. */
export interface SkippedReading {
  reason: SkipReason;
  /** The figure or row the dropped relation would have started from. */
  at: Span;
}

/** Everything rules may look at. */
export interface ReportModel {
  /** The source text exactly as read. */
  source: string;
  segments: Segment[];
  figures: Figure[];
  years: YearMention[];
  dates: DateMention[];
  bareUnits: BareUnit[];
  tables: Table[];
  headings: Heading[];
  /** Wording observations (repeated phrases, document numbers, 截止, Latin words, leftovers). */
  marks: TextMark[];
  /** Relations the prose states between figures. */
  relations: Relation[];
  /** Candidate relations readers dropped as ambiguous (for the coverage stats; rules ignore them). */
  skipped?: SkippedReading[];
  /** Most common written decimals per unit (`万元` → 2): the effective precision of `8万元`. */
  usualDecimals: Record<string, number>;
  directives: Directive[];
  reportYear: ReportYear | null;
  /** The report's own date (signing date or 填报日期), when written. */
  reportDate: { year: number; month: number; day: number; span: Span } | null;
}
