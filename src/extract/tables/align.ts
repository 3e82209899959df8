// Aligning a row's cells to its table's columns. Web pages and PDFs drop merged cells (the 一级指标
// of every row but the first, a 原因 column spanning all rows), so a row may hold fewer cells than
// the header: each possible shift is scored by how well the cells' classes fit the columns' roles,
// and a row whose two best shifts read different numbers is not read at all.
import { FIRST_LEVEL_NAMES, NUMERIC_ROLES, SECOND_LEVEL_NAMES, type ColumnRole } from '../../lexicon/forms.js';
import { type CellClass, isGradeWord } from './cells.js';

/** One column slot of a header. */
export interface Slot {
  role: ColumnRole;
  /** For indicator label columns: 一级, 二级 or 三级. */
  level?: 1 | 2 | 3;
  /** A 序号 column: its cells are small whole numbers. */
  serial?: boolean;
}

/** A cell as alignment sees it. */
export interface AlignCell {
  cls: CellClass;
  text: string;
}

/** A cell that cannot stand in a slot. */
const FORBIDDEN = -1000;

const FIRST_LEVEL = new RegExp(`^(?:${FIRST_LEVEL_NAMES.join('|')})`);
const SECOND_LEVEL = new Set(SECOND_LEVEL_NAMES);

/** How well a cell fits a slot. */
export function fit(cell: AlignCell, slot: Slot): number {
  if (cell.cls === 'empty') return 0;
  const numeric = NUMERIC_ROLES.includes(slot.role);
  switch (cell.cls) {
    case 'number':
      if (slot.serial) return /^\d{1,3}$/.test(cell.text) ? 1 : FORBIDDEN;
      if (numeric) return 2;
      if (slot.role === 'target' || slot.role === 'actual') return 0.5;
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
      if (slot.role === 'label') {
        const name = cell.text.replace(/[\s\u3000]/g, '');
        if (slot.level === 1) return FIRST_LEVEL.test(name) ? 2 : -0.5;
        if (slot.level === 2) return SECOND_LEVEL.has(name) || /指标$/.test(name) ? 2 : 0;
        return 2;
      }
      if (slot.role === 'grade') return isGradeWord(cell.text) ? 2 : -0.5;
      if (slot.role === 'target' || slot.role === 'actual' || slot.role === 'note') return 0.5;
      return 0;
    }
  }
  return 0;
}

/** The best shift of a row against slots. */
export interface Alignment {
  /** Cell i sits in slot i + shift. */
  shift: number;
  score: number;
  /** Whether another shift scores as well and reads different numbers. */
  ambiguous: boolean;
}

/**
 * Score every shift of `cells` over `slots` and return the best. A shift may leave out leading or
 * trailing slots, and push leading or trailing cells off the grid only when they are empty. A row
 * must put a text cell in a label slot (its label) unless `needsLabel` is false.
 */
export function alignRow(cells: readonly AlignCell[], slots: readonly Slot[], needsLabel = true): Alignment | undefined {
  const filled = cells.map((c, i) => (c.cls === 'empty' ? -1 : i)).filter((i) => i >= 0);
  if (filled.length === 0) return undefined;
  const firstFilled = filled[0]!;
  const lastFilled = filled[filled.length - 1]!;
  const scored: Array<{ shift: number; score: number; numbers: string }> = [];
  for (let shift = -firstFilled; lastFilled + shift < slots.length; shift++) {
    let score = 0;
    let labelled = !needsLabel;
    const numbers: string[] = [];
    for (const i of filled) {
      const slot = slots[i + shift]!;
      const cell = cells[i]!;
      const f = fit(cell, slot);
      score += f;
      if (f <= FORBIDDEN) break;
      if (cell.cls === 'text' && slot.role === 'label') labelled = true;
      if (cell.cls === 'number' && NUMERIC_ROLES.includes(slot.role)) numbers.push(`${i}:${slot.role}`);
    }
    if (score <= FORBIDDEN / 2 || !labelled) continue;
    // Cells missing at both ends at once (a gap on each side) is less likely than at one end.
    if (shift > 0 && cells.length + shift < slots.length) score -= 0.25;
    scored.push({ shift, score, numbers: numbers.join(',') });
  }
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.score - a.score || Math.abs(a.shift) - Math.abs(b.shift));
  const best = scored[0]!;
  const rival = scored.find((s) => s !== best && s.score === best.score && s.numbers !== best.numbers);
  return { shift: best.shift, score: best.score, ambiguous: rival !== undefined };
}
