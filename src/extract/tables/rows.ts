// A table's rows read under its header: each row aligned to the header's columns (align.ts), its
// label and the cells before it (the 一级/二级 indicator cells), and each value column's figure, with
// numbers that OCR split across two cells joined back.
import { Decimal } from 'decimal.js';
import { type ColumnRole, VALUE_ROLES } from '../../lexicon/forms.js';
import type { Figure, Locate, Relation, Segment, Span, Table, TableSource } from '../../model.js';
import { decimalsOf } from '../figures.js';
import { alignRow, slotOf } from './align.js';
import { noteSkip } from '../skips.js';
import { columnRole, EMPTY_CELL, INNER_COMPARATOR, readCell } from './cells.js';
import { dataSlots, readHeader, type Header } from './header.js';

/** What reading a document's tables needs. */
export interface TableContext {
  segments: Segment[];
  figures: Figure[];
  /** Figures by segment index (kept in step when repaired figures are added). */
  bySegment: Map<number, Figure[]>;
  locate: Locate;
  relations: Relation[];
}

/** A value cell of a row, read. */
export interface Value {
  text: string;
  figure?: Figure;
  /** More than one number, or junk where a number belongs. */
  unreadable: boolean;
  span: Span;
}

/** One row of a table under a header. */
export interface Row {
  label: string;
  labelSpan: Span;
  values: Partial<Record<ColumnRole, Value>>;
  /** The value of each header slot the row fills (value columns only). */
  cells: Array<Value | undefined>;
  /** Texts of the cells before the label (the 一级 and 二级 indicator cells). */
  cellsBefore: string[];
  /**
   * The row's cell under the first-level column (一级指标, or the first column), when the row has
   * one there; undefined when a merged cell above covers it.
   */
  firstLevel?: string;
  /** A value could not be read, or the row could not be aligned to the header. */
  unreadable: boolean;
  /** The row holds numbers (whether or not they could be read). */
  hasNumbers: boolean;
  /** The segments of the row's cells, in order. */
  segments: number[];
}

/** A header row of a table and the rows it heads, up to the next header. */
export interface Section {
  table: Table;
  /** The header's last row: data rows follow it. */
  row: number;
  /** The header's first row (a header broken over rows: `一级指标 | … | 年度指标值` / `实际完成值` / `分值 | 得分`). */
  first: number;
  header: Header;
  until: number;
}

/** Shapes whose rows keep a split header's split values (OCR splits a whole row alike). */
const SPLIT_VALUES: readonly TableSource[] = ['tsv', 'gfm', 'pipes', 'cells'];

/** Longest run of rows one header may be broken over. */
const MAX_HEADER_ROWS = 3;

/** Whether every filled cell of a row names a column (and one does): a piece of a header row. */
function namesColumnsOnly(texts: string[]): boolean {
  const filled = texts.map((t) => t.replace(/[\s\u3000]/g, '')).filter((t) => t !== '' && !EMPTY_CELL.test(t));
  return filled.length > 0 && filled.every((t) => readCell(t).cls === 'text' && columnRole(t) !== undefined);
}

/** The value roles a header names. */
function valueRoles(header: Header): ColumnRole[] {
  return header.slots.map((s) => s.role).filter((r) => VALUE_ROLES.includes(r));
}

/**
 * A header broken over rows from `r` on (a copy that wrapped the header row): rows that each only
 * name columns, the first opening with a label column, read together, when together they name more
 * value columns than any of them alone and no value column twice.
 */
function brokenHeader(texts: string[][], r: number, split: boolean): { header: Header; last: number } | undefined {
  const first = texts[r]!.map((t) => t.replace(/[\s\u3000]/g, '')).filter((t) => t !== '');
  if (first.length === 0 || columnRole(first[0]!) !== 'label' || !namesColumnsOnly(texts[r]!)) return undefined;
  let best: { header: Header; last: number } | undefined;
  for (let k = r + 1; k < Math.min(texts.length, r + MAX_HEADER_ROWS); k++) {
    if (!namesColumnsOnly(texts[k]!)) break;
    const header = readHeader(texts.slice(r, k + 1).flat(), split);
    if (!header) continue;
    const roles = valueRoles(header);
    if (new Set(roles).size !== roles.length) break;
    const alone = Math.max(...texts.slice(r, k + 1).map((row) => {
      const h = readHeader(row, split);
      return h ? valueRoles(h).length : 0;
    }));
    if (roles.length > alone) best = { header, last: k };
  }
  return best;
}

/** A unit alone in a cell: the end of a header cell, not a value. */
const UNIT_ALONE = /^[（(]?(?:%|‰|万?元|分)[)）]?$/;

/**
 * Whether a row that names columns is a data row all the same: a header is a header by its cells'
 * roles and its place, not by two column words appearing (`预算执行率 | 预算执行率 | 100% | 96.40%`).
 * It is data when most of its filled cells are figures or targets, or when it holds any under a
 * header above it of the same width (a row among that header's data rows).
 */
function readsAsData(texts: string[], above: string[] | undefined): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => !EMPTY_CELL.test(t));
  const figures = filled.filter((t) => {
    const cls = readCell(t).cls;
    // (A unit alone, `%` or `（万元）`, finishes a header cell split in two.)
    return cls === 'number' || (cls === 'value' && !UNIT_ALONE.test(t)) || INNER_COMPARATOR.test(t);
  }).length;
  if (figures === 0) return false;
  return figures * 2 > filled.length || (above !== undefined && width(above) === width(texts));
}

/** A row's width from its first filled cell (a copy may open every data row with an empty cell). */
function width(texts: string[]): number {
  const first = texts.findIndex((t) => !EMPTY_CELL.test(t.trim()));
  return first < 0 ? 0 : texts.length - first;
}

/** The header rows of a table, each heading the rows up to the next. */
export function tableSections(table: Table, segments: Segment[]): Section[] {
  const found: Array<{ first: number; row: number; header: Header }> = [];
  const split = SPLIT_VALUES.includes(table.source);
  const texts = table.rows.map((row) => row.map((c) => segments[c.segment]!.text));
  for (let r = 0; r < texts.length; r++) {
    const broken = brokenHeader(texts, r, split);
    if (broken && broken.header.slots.some((s) => s.role === 'label' || s.role === 'other')) {
      found.push({ first: r, row: broken.last, header: broken.header });
      r = broken.last;
      continue;
    }
    const above = found[found.length - 1];
    if (readsAsData(texts[r]!, above ? texts[above.row] : undefined)) continue;
    const header = readHeader(texts[r]!, split);
    if (header && header.slots.some((s) => s.role === 'label' || s.role === 'other')) found.push({ first: r, row: r, header });
  }
  return found.map((h, k) => ({ table, first: h.first, row: h.row, header: h.header, until: found[k + 1]?.first ?? table.rows.length }));
}

/** One number (OCR may put a space after its comma or point), with an optional comparator and unit. */
export function isNumberLike(text: string): boolean {
  return /^[=＝≥≤><]?[-−]?\d+(?:[,，.] ?\d+)*\s*(?:%|元|万元|千元|亿元|分)?$/.test(text);
}

/** Repair a number split across two cells (`3, 647` | `7, 981. 22`): accept a join only when exactly one reading groups correctly. */
export function joinSplit(left: string, right: string): string | undefined {
  const l = left.replace(/\s/g, '');
  const r = right.replace(/\s/g, '');
  const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
  // One half empty: the other is the number, if it is one (`_` or `,` alone is none).
  if (l === '' || r === '') return grouped.test(l + r) ? l + r : undefined;
  const readings = new Set<string>();
  const plain = l + r;
  if (grouped.test(plain)) readings.add(plain);
  // The OCR repeated the digit at the cut: `255` | `5,573.38`.
  if (/\d$/.test(l) && l[l.length - 1] === r[0]) {
    const dedup = l + r.slice(1);
    if (grouped.test(dedup)) readings.add(dedup);
  }
  return readings.size === 1 ? [...readings][0] : undefined;
}

function valueOf(cells: number[], ctx: TableContext, role: ColumnRole): Value {
  const segs = cells.map((c) => ctx.segments[c]!);
  const texts = segs.map((s) => s.text.trim());
  const span = ctx.locate(segs[0]!.start, segs[segs.length - 1]!.end);
  const text = texts.join('');
  const numeric = role !== 'target' && role !== 'actual' && role !== 'grade' && role !== 'other';
  if (cells.length === 2) {
    const joined = joinSplit(texts[0]!, texts[1]!);
    if (joined === undefined) return { text, span, unreadable: numeric && texts.some((t) => /\d/.test(t)) };
    const singleAt = texts[0] === '' || texts[1] === '' ? cells.find((c) => ctx.segments[c]!.text.trim() !== '') : undefined;
    const existing = singleAt === undefined ? undefined : ctx.bySegment.get(singleAt)?.[0];
    if (existing) return { text, figure: existing, span: existing.span, unreadable: false };
    const digits = joined.replace(/,/g, '');
    const figure: Figure = {
      id: ctx.figures.length,
      kind: 'number',
      value: new Decimal(digits),
      writtenDecimals: decimalsOf(digits),
      digits,
      unit: '',
      repaired: true,
      ...(joined.includes(',') ? { grouped: true } : {}),
      span,
      numberSpan: span,
      label: '',
      segment: cells[0]!,
    };
    ctx.figures.push(figure);
    for (const c of cells) for (const part of ctx.bySegment.get(c) ?? []) part.fragmentOf = figure.id;
    return { text, figure, span, unreadable: false };
  }
  const seg = segs[0]!;
  const inCell = ctx.bySegment.get(cells[0]!) ?? [];
  const trimmed = seg.text.trim();
  if (EMPTY_CELL.test(trimmed)) return { text: trimmed, span, unreadable: false };
  const whole = inCell.find((f) => f.span.start.offset <= seg.start + seg.text.indexOf(trimmed) + 1 && f.span.end.offset >= seg.start + seg.text.trimEnd().length);
  if (whole && inCell.length === 1) return { text: trimmed, figure: whole, span, unreadable: false };
  if (!numeric) return { text: trimmed, span, unreadable: false };
  return { text: trimmed, span, unreadable: true };
}

/** Read the rows of a section: each aligned to the header's columns. */
export function readRows(section: Section, ctx: TableContext): Row[] {
  const { table, header } = section;
  // Columns empty in the header and in every row of the section (a sheet or a table wider than the
  // form's block) are no columns of it: rows aligned with them would shift their values.
  let used = 0;
  for (let r = section.row; r < section.until; r++) {
    const row = table.rows[r]!;
    for (let k = row.length - 1; k >= used; k--) {
      if (ctx.segments[row[k]!.segment]!.text.trim() !== '') {
        used = k + 1;
        break;
      }
    }
  }
  // (Counted from the end: a header may have a label slot with no cell of its own before its first.)
  const unused = Math.max(0, table.rows[section.row]!.length - used);
  const allSlots = dataSlots(header);
  const slots = allSlots.slice(0, Math.max(1, allSlots.length - unused));
  const headerSlotOf = header.widths.flatMap((w, i) => Array.from({ length: w }, () => i));
  const firstValue = header.slots.findIndex((s) => VALUE_ROLES.includes(s.role));
  const rows: Row[] = [];
  for (let r = section.row + 1; r < section.until; r++) {
    const row = table.rows[r]!.map((c) => c.segment);
    // Empty cells past the header's width (a sheet wider than this block of it, a title merged over
    // more columns) are no cells of the row: aligned with them, its values would shift.
    let width = row.length;
    while (width > slots.length && ctx.segments[row[width - 1]!]!.text.trim() === '') width--;
    const cells = row.slice(0, width);
    const texts = cells.map((c) => ctx.segments[c]!.text.trim());
    const readings = texts.map(readCell);
    const classes = readings.map((r) => r.cls);
    if (classes.every((c) => c === 'empty')) continue;
    const hasNumbers = classes.includes('number');
    const firstText = cells.find((_, i) => classes[i] !== 'empty');
    const fallbackSpan = () => {
      const seg = ctx.segments[firstText!]!;
      return ctx.locate(seg.start, seg.end);
    };
    const alignment = alignRow(readings, slots);
    if (!alignment || alignment.ambiguous) {
      // A row of figures that fits its header two ways: its relations are not read.
      if (alignment?.ambiguous && hasNumbers) noteSkip('ambiguous-table-row', fallbackSpan());
      const label = texts.find((_, i) => classes[i] === 'text') ?? '';
      rows.push({ label: label.replace(/[\s\u3000]+/g, ''), labelSpan: fallbackSpan(), values: {}, cells: [], cellsBefore: [], unreadable: true, hasNumbers, segments: cells });
      continue;
    }
    // Cells by header slot.
    const bySlot = new Map<number, number[]>();
    cells.forEach((_, i) => {
      const at = slotOf(alignment, i);
      if (at < 0 || at >= slots.length) return;
      const slot = headerSlotOf[at]!;
      const list = bySlot.get(slot) ?? [];
      list.push(i);
      bySlot.set(slot, list);
    });
    // The label: the last filled text cell under a label column (or a column before the first value column).
    let labelCell = -1;
    header.slots.forEach((slot, s) => {
      if (slot.role !== 'label' && !(slot.role === 'other' && s < firstValue)) return;
      for (const i of bySlot.get(s) ?? []) if (classes[i] === 'text') labelCell = i;
    });
    // A value slot that a nearly as good placement fills with another cell is not read.
    const cellsIn = (placement: Pick<typeof alignment, 'shift' | 'gapAt' | 'jump'>, s: number) =>
      cells.flatMap((_, i) => {
        const at = slotOf(placement, i);
        return at >= 0 && at < slots.length && headerSlotOf[at] === s && classes[i] !== 'empty' ? [i] : [];
      }).join();
    // Only where the row is shorter than its header (a cell the copy dropped), and only for the
    // columns after the money: 执行率, 分值 and 得分 are what a blank cell leaves in doubt.
    const short = cells.length + alignment.shift < slots.length;
    const unsure = (s: number) => short && ['rate', 'weight', 'score'].includes(header.slots[s]!.role) && alignment.near.some((p) => cellsIn(p, s) !== cellsIn(alignment, s));
    const values: Row['values'] = {};
    const slotValues: Row['cells'] = [];
    let unreadable = false;
    header.slots.forEach((slot, s) => {
      const inSlot = bySlot.get(s);
      if (!inSlot || !VALUE_ROLES.includes(slot.role) || unsure(s)) return;
      const value = valueOf(inSlot.map((i) => cells[i]!), ctx, slot.role);
      if (value.unreadable || (['weight', 'score'].includes(slot.role) && value.figure && !['', '分'].includes(value.figure.unit))) unreadable = true;
      values[slot.role] = value;
      slotValues[s] = value;
    });
    const labelSeg = labelCell >= 0 ? ctx.segments[cells[labelCell]!]! : undefined;
    // The first-level column: 一级指标, or the first column unless the header starts at a lower level.
    const levelOne = header.slots.findIndex((slot) => slot.level === 1);
    const lowerFirst = header.slots[0]?.level !== undefined && header.slots[0]!.level > 1;
    const firstCell = lowerFirst && levelOne < 0 ? undefined : bySlot.get(levelOne >= 0 ? levelOne : 0)?.[0];
    rows.push({
      ...(firstCell !== undefined ? { firstLevel: texts[firstCell]! } : {}),
      label: labelCell >= 0 ? texts[labelCell]!.replace(/[\s\u3000]+/g, '') : '',
      labelSpan: labelSeg ? ctx.locate(labelSeg.start, labelSeg.end) : fallbackSpan(),
      values,
      cells: slotValues,
      cellsBefore: labelCell >= 0 ? texts.slice(0, labelCell) : [],
      unreadable,
      hasNumbers,
      segments: cells,
    });
  }
  return rows;
}
