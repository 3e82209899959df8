// Aligning a row's cells to its table's columns. Web pages and PDFs drop merged cells (the 一级指标
// of every row but the first, a 原因 column spanning all rows, a blank 年初预算数), so a row may hold
// fewer cells than the header: each possible shift, with at most one column skipped inside the row,
// is scored by how well the cells fit the columns' roles (a percentage is no 分值, a count of 亩 is
// no 执行数), and a row whose two best readings read different numbers is not read at all.
import { FIRST_LEVEL_NAMES, NAME_TAIL_WORDS, NUMERIC_ROLES, SECOND_LEVEL_NAMES, type ColumnRole } from '../../lexicon/forms.js';
import { type CellReading, isGradeWord } from './cells.js';

/** One column slot of a header. */
export interface Slot {
  role: ColumnRole;
  /** For indicator label columns: 一级, 二级 or 三级. */
  level?: 1 | 2 | 3;
  /** A 序号 column: its cells are small whole numbers. */
  serial?: boolean;
}

/** A cell as alignment sees it. */
export type AlignCell = CellReading;

/** A cell that cannot stand in a slot. */
const FORBIDDEN = -1000;
/** Texts longer than this are explanations, not labels. */
const LONG_TEXT = 24;
/** Skipping a column inside a row (a cell the copy dropped) costs this much. */
const GAP_COST = 0.75;

const FIRST_LEVEL = new RegExp(`^(?:${FIRST_LEVEL_NAMES.join('|')})`);
const SECOND_LEVEL = new Set(SECOND_LEVEL_NAMES);

/** How well a number of a kind fits a numeric column. */
function numberFit(cell: AlignCell, role: ColumnRole): number {
  const kind = cell.kind ?? 'bare';
  switch (role) {
    case 'weight':
    case 'score':
      // A form's 分值 and 得分 are rarely above its full score (a wrong 总分 110 may be).
      if (kind !== 'bare' && kind !== 'score') return FORBIDDEN;
      return Number.parseFloat(cell.text) <= 100 ? 2 : 1;
    case 'rate':
      return kind === 'bare' || kind === 'percent' ? 2 : FORBIDDEN;
    case 'budgetStart':
    case 'budget':
    case 'executed':
      return kind === 'bare' || kind === 'amount' ? 2 : kind === 'percent' || kind === 'score' ? FORBIDDEN : -3;
    default:
      return 0;
  }
}

/** How well a cell fits a slot. */
export function fit(cell: AlignCell, slot: Slot): number {
  if (cell.cls === 'empty') return 0;
  const numeric = NUMERIC_ROLES.includes(slot.role);
  switch (cell.cls) {
    case 'number':
      if (slot.serial) return /^\d{1,3}$/.test(cell.text) ? 1 : FORBIDDEN;
      if (numeric) return numberFit(cell, slot.role);
      if (slot.role === 'target' || slot.role === 'actual') return cell.kind && cell.kind !== 'bare' ? 1 : 0.5;
      if (slot.role === 'label') return -1;
      if (slot.role === 'other') return 0;
      return -0.5;
    case 'value':
      if (numeric) return FORBIDDEN;
      if (slot.role === 'target' || slot.role === 'actual') return 0.5;
      if (slot.role === 'unit' || slot.role === 'nature') return 1;
      if (slot.role === 'label') return -2;
      return 0;
    case 'text': {
      if (numeric) return FORBIDDEN;
      // A long text is an explanation or a note, not a row's label.
      const long = cell.text.length > LONG_TEXT || /[；;。，,]/.test(cell.text);
      if (long) return slot.role === 'note' || slot.role === 'other' ? 1 : slot.role === 'label' ? -1 : 0;
      if (slot.role === 'label') {
        const name = cell.text.replace(/[\s\u3000]/g, '');
        // An indicator group names its weight (`规划(15分)`, `基础信息(3分)`).
        const weighted = /[（(]\d+(?:\.\d+)?分[)）]$/.test(name);
        if (slot.level === 1) return FIRST_LEVEL.test(name) ? 2 : weighted ? 1 : -0.5;
        if (slot.level === 2) return SECOND_LEVEL.has(name) || NAME_TAIL_WORDS.some((w) => name.endsWith(w)) ? 2 : weighted ? 1 : 0;
        return 2;
      }
      if (slot.role === 'grade') return isGradeWord(cell.text) ? 2 : -0.5;
      if (slot.role === 'target' || slot.role === 'actual' || slot.role === 'note') return 0.5;
      return 0;
    }
  }
  return 0;
}

/** The best placement of a row's cells over slots. */
export interface Alignment {
  /** Cell i sits in slot i + shift, or i + shift + 1 from the gap on. */
  shift: number;
  /** The first cell placed after the skipped columns, or -1 when none is skipped. */
  gapAt: number;
  /** How many columns are skipped at `gapAt` (1, or more after a label spanning columns). */
  jump: number;
  score: number;
  /** Whether another placement scores as well and reads different numbers. */
  ambiguous: boolean;
  /** Placements nearly as good that read other numbers: a slot they fill differently is not read. */
  near: Array<Pick<Alignment, 'shift' | 'gapAt' | 'jump'>>;
}

/** The slot cell `i` takes under an alignment. */
export function slotOf(alignment: Pick<Alignment, 'shift' | 'gapAt'> & { jump?: number }, i: number): number {
  return i + alignment.shift + (alignment.gapAt >= 0 && i >= alignment.gapAt ? alignment.jump ?? 1 : 0);
}

/**
 * Score every placement of `cells` over `slots` — a shift, and at most one run of columns skipped
 * inside the row (cells the copy dropped: a blank 年初预算数; the merged 一级 and 二级 cells after a
 * 序号; the columns a 总分 label spans) — and return the best. A placement may leave out leading or
 * trailing slots, and push leading or trailing cells off the grid only when they are empty. A row
 * must put a text cell in a label slot (its label) unless `needsLabel` is false.
 */
export function alignRow(cells: readonly AlignCell[], slots: readonly Slot[], needsLabel = true): Alignment | undefined {
  const filled = cells.map((c, i) => (c.cls === 'empty' ? -1 : i)).filter((i) => i >= 0);
  if (filled.length === 0) return undefined;
  const firstFilled = filled[0]!;
  const lastFilled = filled[filled.length - 1]!;
  const scored: Array<{ shift: number; gapAt: number; jump: number; score: number; numbers: string }> = [];
  const tryPlacement = (shift: number, gapAt: number, jump: number) => {
    // A longer run of skipped columns costs a little more than one; a 分值 is almost never left blank.
    let score = gapAt >= 0 ? -GAP_COST - 0.1 * (jump - 1) : 0;
    if (gapAt >= 0) {
      const from = gapAt + shift;
      for (let k = from; k < from + jump; k++) if (slots[k]?.role === 'weight') score -= 0.5;
    }
    let labelled = !needsLabel;
    const numbers: string[] = [];
    for (const i of filled) {
      const slot = slots[slotOf({ shift, gapAt, jump }, i)];
      if (!slot) return;
      const cell = cells[i]!;
      const f = fit(cell, slot);
      if (f <= FORBIDDEN) return;
      score += f;
      if (cell.cls === 'text' && slot.role === 'label') labelled = true;
      if (cell.cls === 'number' && NUMERIC_ROLES.includes(slot.role)) numbers.push(`${i}:${slot.role}`);
    }
    if (!labelled) return;
    // Cells missing at both ends at once (a gap on each side) is less likely than at one end.
    if (shift > 0 && cells.length + shift + (gapAt >= 0 ? jump : 0) < slots.length) score -= 0.25;
    scored.push({ shift, gapAt, jump, score, numbers: numbers.join(',') });
  };
  for (let shift = -firstFilled; lastFilled + shift < slots.length; shift++) {
    tryPlacement(shift, -1, 1);
    // One run of columns skipped between two filled cells.
    for (let jump = 1; lastFilled + shift + jump < slots.length; jump++) for (let k = 1; k < filled.length; k++) tryPlacement(shift, filled[k]!, jump);
  }
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.score - a.score || (a.gapAt >= 0 ? a.jump : 0) - (b.gapAt >= 0 ? b.jump : 0) || Math.abs(a.shift) - Math.abs(b.shift));
  const best = scored[0]!;
  const rival = scored.find((s) => s !== best && s.score === best.score && s.numbers !== best.numbers);
  // Near rivals: one skipped column away from the best (`年度资金总额 880 880 880 10 10` may leave 执行率
  // or 得分 blank). A skip right after the label is not one: values follow their label.
  const labelAt = filled[0]!;
  const near = scored
    .filter((s) => s !== best && s.numbers !== best.numbers && s.score >= best.score - GAP_COST && !(best.gapAt < 0 && s.gapAt === filled[1] && cells[labelAt]!.cls === 'text'))
    .map((s) => ({ shift: s.shift, gapAt: s.gapAt, jump: s.jump }));
  return { shift: best.shift, gapAt: best.gapAt, jump: best.jump, score: best.score, ambiguous: rival !== undefined, near };
}
