// The extract stage: mdast + source to ReportModel. The only stage that reads text.
import type { Root } from 'mdast';
import type { DateMention, Figure, Heading, Locate, ReportModel, Segment, SkippedReading, Span, Table, YearMention } from '../model.js';
import { beginSkips, endSkips } from './skips.js';
import { scanDates } from './dates.js';
import { scanCellFigure, scanFigures, scanNumerals } from './figures.js';
import { scanHeading, scanUnnumberedHeading } from './outline.js';
import { buildTree, contentsEntries, type FlatHeading } from './tree.js';
import { scanMarks } from './wording.js';
import { buildPlain } from './plain.js';
import { findReportDate, findReportYear } from './report-year.js';
import { readForms } from './forms.js';
import { keyValueRates } from './tables/keyvalue.js';
import { findRelations } from './relations/index.js';
import { buildSentences } from './sentences.js';
import { EMPTY_CELL, segment, splitLines } from './segments.js';
import { scanBareUnits } from './units.js';
import { lastAtOrBelow, matchesOf, mostFrequent, rangeSet } from './shared.js';
import { GRADE_CHARACTERS, GRADE_NAME_WORDS, NAMED_GRADE_WORDS, NARRATIVE_SCORE_WORDS } from '../lexicon/grades.js';
import { anyOf } from '../lexicon/words.js';
import { MEASURE_WORDS, MONEY_UNITS } from '../lexicon/quantities.js';

/**
 * Offsets to 1-based line and UTF-16 column. Lines end at \n, \r\n or a lone \r, as in the
 * parser; a binary search over line starts keeps this logarithmic on reports with thousands of lines.
 */
function locator(source: string): Locate {
  const starts = splitLines(source).map((line) => line.start);
  const point = (offset: number) => {
    const line = lastAtOrBelow(starts.length, (i) => starts[i]!, offset);
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  };
  return (start, end) => ({ start: point(start), end: point(end) });
}

/** Build the ReportModel of a source and its tree. */
export function extract(source: string, tree: Root): ReportModel {
  const skipped = beginSkips();
  try {
    return extractModel(source, tree, skipped);
  } finally {
    endSkips();
  }
}

/** A money unit, percent sign or 分 (a score) opening a line (`万元。`, `元，`, `%`, `分，`). */
const UNIT_AT_START = new RegExp(`^[\\s\\u3000]*(${anyOf(MONEY_UNITS)}|%|％|分(?=$|[，,。；;、）)\\s]))`);

/** A count's measure word opening a line and ending its word there (`万户、`, `人次，`; not `个体工商户`). */
const MEASURE_AT_START = new RegExp(`^[\\s\\u3000]*(万?(?:${anyOf(MEASURE_WORDS)}))(?![\\p{Script=Han}])`, 'u');

/** The unit a prose line's last number (or `N万`) finds at the start of the next line of its paragraph, if any. */
function wrappedUnit(seg: Segment, next: Segment | undefined): string | undefined {
  if (seg.kind !== 'line' || next?.kind !== 'line' || next.paragraph !== seg.paragraph) return undefined;
  const end = seg.text.trimEnd();
  if (!/\d$/.test(end) && !/\d万$/.test(end)) return undefined;
  const unit = UNIT_AT_START.exec(next.text)?.[1] ?? (end.endsWith('万') ? undefined : MEASURE_AT_START.exec(next.text)?.[1]);
  if (!unit) return undefined;
  // `…增加227.75万` / `元，…`: only 元 completes a 万.
  if (end.endsWith('万')) return unit === '元' ? unit : undefined;
  return unit;
}

function extractModel(source: string, tree: Root, skipped: SkippedReading[]): ReportModel {
  const locate = locator(source);
  const view = buildPlain(source, tree);
  const { segments, tables: rawTables } = segment(view);
  const rowLabel = rowLabels(segments);
  const figures: Figure[] = [];
  const years: YearMention[] = [];
  const dates: DateMention[] = [];
  const bareUnits: ReportModel['bareUnits'] = [];
  const headingsRaw: FlatHeading[] = [];
  const cellFigure = new Map<number, number>();

  segments.forEach((seg, index) => {
    const scanned = scanDates(seg.text, seg.start);
    for (const y of scanned.years) years.push({ value: y.value, fiscal: y.fiscal, after: y.after, plan: y.plan, ...(y.fiveDigits ? { fiveDigits: true } : {}), span: locate(y.start, y.end), segment: index });
    for (const d of scanned.dates) {
      dates.push({
        fields: d.fields.map((f) => ({ unit: f.unit, value: f.value, span: locate(f.start, f.end) })),
        span: locate(d.start, d.end),
        segment: index,
        label: d.label || rowLabel[index]!,
        after: d.after,
      });
    }
    const inDate = rangeSet([...scanned.dates, ...scanned.years].map((d) => [d.start, d.end] as const));

    const found: ReturnType<typeof scanFigures> = [];
    // A cell, or a line that is one number alone (a form copied one cell per line that no table
    // reader took: `编制数` / `实际在职人数` / `52` / `50`).
    if (seg.kind === 'cell' || /^[\s\u3000]*\d[\d,.]*[\s\u3000]*$/.test(seg.text)) {
      const whole = scanCellFigure(seg.text, seg.start);
      if (whole && !inDate(whole.numberStart, whole.numberEnd)) {
        whole.label = rowLabel[index]!;
        found.push(whole);
        cellFigure.set(index, figures.length);
      }
    }
    // Not push(...): a line of 200,000 figures would pass them all as arguments and overflow the stack.
    if (found.length === 0) {
      // A line wrapped between a number and its unit (`其他收入44.00` / `万元。`, a PDF copy): the unit is
      // read from the next line of the paragraph; the figure's span stays on this line.
      const unit = wrappedUnit(seg, segments[index + 1]);
      const text = unit ? seg.text.trimEnd() + unit : seg.text;
      const end = seg.start + seg.text.length;
      for (const f of scanFigures(text, seg.start, inDate)) {
        if (f.end > end) f.end = end;
        found.push(f);
      }
    }
    // Counts in Chinese numerals (三个, 两部门), in prose only: read against the lists beside them.
    if (seg.kind === 'line' && /[一二两三四五六七八九十]/.test(seg.text)) {
      const numerals = scanNumerals(seg.text, seg.start, inDate);
      if (numerals.length) {
        for (const f of numerals) found.push(f);
        found.sort((a, b) => a.start - b.start);
      }
    }
    for (const f of found) {
      const { start, end, numberStart, numberEnd, ...rest } = f;
      figures.push({ ...rest, id: figures.length, span: locate(start, end), numberSpan: locate(numberStart, numberEnd), segment: index });
    }
    const inFigure = rangeSet(found.map((f) => [f.start, f.end] as const));
    const covered = (at: number) => inFigure(at, at + 1);
    for (const u of scanBareUnits(seg.text, seg.start, seg.kind === 'cell' && seg.row === 0, covered)) {
      bareUnits.push({ unit: u.unit, header: u.header, span: locate(u.start, u.end), segment: index });
    }
    if (seg.kind === 'line') {
      const h = scanHeading(seg.text, seg.start, index) ?? scanUnnumberedHeading(seg.text, seg.start, index);
      if (h) {
        const { start, end, markerStart, markerEnd, ...rest } = h;
        headingsRaw.push({ ...rest, span: locate(start, end), markerSpan: locate(markerStart, markerEnd) });
      }
    }
  });

  // The line each Markdown heading is on, by binary search over the lines (in source order).
  const lineIndices = segments.flatMap((s, i) => (s.kind === 'line' ? [i] : []));
  const lineAt = (offset: number): number => {
    const i = lineIndices[lastAtOrBelow(lineIndices.length, (k) => segments[lineIndices[k]!]!.start, offset)];
    return i !== undefined && segments[i]!.start <= offset && offset <= segments[i]!.end ? i : -1;
  };
  for (const md of view.markdownHeadings) {
    const segIndex = lineAt(md.textRange.start);
    headingsRaw.push({
      style: 'markdown',
      number: md.depth,
      depth: md.depth,
      marker: '#'.repeat(md.depth),
      markerSpan: locate(md.range.start, md.textRange.start),
      text: view.plain.slice(md.textRange.start, md.textRange.end).trim(),
      span: locate(md.range.start, md.range.end),
      runOn: false,
      segment: segIndex,
    });
  }
  headingsRaw.sort((a, b) => a.span.start.offset - b.span.start.offset);
  // A Markdown heading line that also opens with 一、 is one heading: keep the marker reading.
  const markerLines = new Set(headingsRaw.filter((h) => h.style !== 'markdown').map((h) => h.segment));
  const contents = contentsEntries(headingsRaw, segments);
  const headings: Heading[] = buildTree(
    headingsRaw.filter((h) => !(h.style === 'markdown' && markerLines.has(h.segment)) && !contents.has(h)),
    segments,
  );

  const tables: Table[] = rawTables.map((t) => ({
    source: t.source,
    span: locate(t.start, t.end),
    rows: t.rows.map((row) =>
      row.map((segIndex) => {
        const seg = segments[segIndex]!;
        const text = seg.text.trim();
        const cell: Table['rows'][number][number] = { segment: segIndex, text, span: locate(seg.start, seg.end), empty: EMPTY_CELL.test(text) };
        const fig = cellFigure.get(segIndex);
        if (fig !== undefined) cell.figure = fig;
        return cell;
      }),
    ),
  }));

  const titleLines = segments
    .filter((s) => s.kind === 'line' && s.text.trim() !== '')
    .slice(0, 5)
    .map((s) => s.text.trim())
    .filter((text) => text.length <= 60);
  const reportYear = findReportYear(segments, years, dates, titleLines);
  const reportDate = findReportDate(segments, dates);
  const usualDecimals = usualDecimalsOf(figures);
  const sentences = buildSentences(segments, figures, headings);
  const relations = findRelations(sentences, figures, usualDecimals, source, locate);
  for (const r of readForms(tables, segments, figures, locate, proseScores(segments, figures, locate))) relations.push(r);
  const bySegment = new Map<number, Figure[]>();
  for (const f of figures) {
    const list = bySegment.get(f.segment);
    if (list) list.push(f);
    else bySegment.set(f.segment, [f]);
  }
  const rated = new Set(relations.flatMap((r) => (r.kind === 'rate' ? [r.rate] : [])));
  for (const r of keyValueRates(segments, bySegment, rated)) relations.push(r);

  return {
    source,
    segments,
    figures,
    years,
    dates,
    bareUnits,
    tables,
    headings,
    relations,
    skipped,
    marks: scanMarks(segments, headings, locate),
    usualDecimals,
    directives: view.directives,
    reportYear,
    reportDate,
  };
}

/** A grade after its name (`评价等级为“优秀”`). */
const GRADE_STATED = new RegExp(`(?:${anyOf(GRADE_NAME_WORDS)})[为是：:\\s\\u3000]*[“"‘'「『]?(${anyOf(NAMED_GRADE_WORDS)})`, 'g');
/** A grade standing alone in OCR'd text (`绩 优。`). */
const GRADE_ALONE = new RegExp(`(?<=^|[\\s\\u3000])(${anyOf(GRADE_CHARACTERS)})(?=[。\\s\\u3000]|$)`, 'g');
const NARRATIVE_SCORE = new RegExp(anyOf(NARRATIVE_SCORE_WORDS));

/** Grades and self-evaluation scores stated in prose, for checking against a form. */
function proseScores(segments: Segment[], figures: Figure[], locate: Locate): { gradeMentions: Array<{ text: string; span: Span }>; narrativeScores: Figure[] } {
  const gradeMentions: Array<{ text: string; span: Span }> = [];
  segments.forEach((seg) => {
    if (seg.kind !== 'line') return;
    for (const re of [GRADE_STATED, GRADE_ALONE]) {
      for (const m of matchesOf(re, seg.text)) {
        const grade = m[1]!;
        const at = seg.start + m.index + m[0].length - grade.length;
        gradeMentions.push({ text: grade, span: locate(at, at + grade.length) });
      }
    }
  });
  const narrativeScores = figures.filter((f) => f.kind === 'count' && f.unit === '分' && !f.approx && segments[f.segment]?.kind === 'line' && NARRATIVE_SCORE.test(f.label));
  return { gradeMentions, narrativeScores };
}

/** The most common written decimals of each unit's figures (on a tie, the most decimals). */
function usualDecimalsOf(figures: Figure[]): Record<string, number> {
  const decimals = new Map<string, number[]>();
  for (const f of figures) {
    if (f.approx) continue;
    const list = decimals.get(f.unit) ?? [];
    list.push(f.writtenDecimals);
    decimals.set(f.unit, list);
  }
  return Object.fromEntries([...decimals].map(([unit, list]) => [unit, mostFrequent(list, 'largest')!]));
}

/**
 * Each cell's row label: the nearest text cell to its left in the same row ('' for lines and for
 * cells with none). One pass left to right, so a row of thousands of numbers is read once, not
 * once per cell.
 */
function rowLabels(segments: Segment[]): string[] {
  const labels: string[] = [];
  segments.forEach((seg, i) => {
    const left = segments[i - 1];
    if (seg.kind !== 'cell' || left?.kind !== 'cell' || left.table !== seg.table || left.row !== seg.row) {
      labels.push('');
      return;
    }
    const text = left.text.trim();
    // The row label is text, not another number of the same row.
    labels.push(text !== '' && !/^[\d\s,.%=≥≤<>＝\-—_]+$/.test(text) ? text.replace(/[ \u3000]+/g, '') : labels[i - 1]!);
  });
  return labels;
}
