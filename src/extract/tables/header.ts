// A table's header row as column slots: each header cell's role, split headers joined (`全年` `预算数`,
// `全年执行` `数(B)`), a money group caption over its columns (`年度预算数(万元)` over 年初/调整后/执行数)
// dropped, and the caption before the first named column (`经费控制情况(万元)`) kept as the label column.
import { MONEY_ROLES, VALUE_ROLES } from '../../lexicon/forms.js';
import type { Slot } from './align.js';
import { columnRole, columnRoleAt, EMPTY_CELL, indicatorLevel } from './cells.js';

/** A header cell that only finishes the one before it (`全年执行` | `数(B)`, `项目资金` | `(万元)`). */
export const HEADER_CONTINUATION = /^(?:数|额|值)?[（(]?[A-Z]?[)）]?$|^数[（(][A-Z][)）]$|^[（(](?:万?元|%|分|[A-Z](?:[/／][A-Z])?)[)）]?$/;

/** Header cells as slots. */
export interface Header {
  slots: Slot[];
  /** For each header cell, the slot it belongs to (-1: a group caption with no column of its own). */
  cellSlot: number[];
  /** Per slot, how many cells of a data row it takes (2 where OCR split the header and the values alike). */
  widths: number[];
}

/** Longest text a header cell has (longer cells are notes or prose). */
const MAX_HEADER_CELL = 24;

/**
 * Read `texts` as a header row, or undefined when it names fewer than two value columns (and is
 * no list of amounts).
 * `splitValues`: a header cell split in two (`全年执行` | `数(B)`) splits the values under it too,
 * as OCR does to a whole row; when false (a form copied one cell per line), a split header is
 * one column.
 */
export function readHeader(texts: readonly string[], splitValues: boolean): Header | undefined {
  const clean = texts.map((t) => t.replace(/[\s\u3000]/g, ''));
  const roles = clean.map((t) => (t.length > MAX_HEADER_CELL ? undefined : columnRole(t)));
  // Two value columns make a header; one does when it is money and a named label column is before
  // it (`项目 | 预算数`, `序号 | 项目名称 | 金额 | 备注`: a list of amounts with its 合计).
  const values = roles.filter((r) => r && VALUE_ROLES.includes(r));
  const moneyList = values.length === 1 && MONEY_ROLES.includes(values[0]!) && roles.indexOf('label') >= 0 && roles.indexOf('label') < roles.indexOf(values[0]);
  if (values.length < 2 && !moneyList) return undefined;
  const slots: Slot[] = [];
  const widths: number[] = [];
  const cellSlot: number[] = [];
  const firstNamed = roles.findIndex((r) => r !== undefined);
  for (let i = 0; i < clean.length; i++) {
    const text = clean[i]!;
    const role = roles[i];
    const previous = slots.length - 1;
    const unitCaption = /^[（(]万?元[)）]?$/.test(text);
    if (role === undefined && text !== '' && HEADER_CONTINUATION.test(text) && previous >= 0 && (slots[previous]!.role !== 'label' || unitCaption)) {
      cellSlot.push(previous);
      if (splitValues) widths[previous]!++;
      continue;
    }
    // In a copy of a web page, an empty cell right after the label column's caption is that
    // caption's merged second half (`项目资金(万元)` spanning two columns), not a column: the rows
    // write their label once.
    if (!splitValues && text === '' && previous >= 0 && slots[previous]!.role === 'label') {
      cellSlot.push(previous);
      continue;
    }
    // `全年` before `预算数`, `年初` before `预算数`: a header word broken over two cells is one column,
    // named by the whole word.
    const next = clean[i + 1];
    // (Only where the word runs across the two cells: `指标解释` before `指标说明` is a column of its own.)
    const joined = role === undefined && text !== '' && text.length <= 4 && next !== undefined && roles[i + 1] !== undefined ? columnRoleAt(text + next) : undefined;
    if (joined && joined.at < text.length) {
      cellSlot.push(slots.length);
      roles[i + 1] = joined.role;
      continue;
    }
    // `年度预算数(万元)` over 年初预算 | 调整后预算数 | 预算执行数: a caption, not a column.
    // (A unit on every column, `年初预算数（万元）` | `全年预算数（万元）`, is no caption.)
    const followers = [1, 2].map((k) => i + k);
    if (role && MONEY_ROLES.includes(role) && /元/.test(text) && followers.every((k) => roles[k] && MONEY_ROLES.includes(roles[k]!) && !/元/.test(clean[k]!))) {
      cellSlot.push(-1);
      continue;
    }
    if (role === undefined) {
      // The caption before the first named column is the label column; empty cells are columns of their own.
      const label = i < firstNamed && text !== '' && !EMPTY_CELL.test(text);
      slots.push({ role: label ? 'label' : 'other' });
    } else {
      const level = role === 'label' ? indicatorLevel(text) : undefined;
      slots.push(level ? { role, level } : role === 'label' && /^序号$/.test(text) ? { role, serial: true } : { role });
    }
    widths.push(1);
    cellSlot.push(slots.length - 1);
  }
  // A header that names no label column before its values (the caption was on a line of its own)
  // still heads rows that open with their label: the label column is there, unnamed.
  if (slots.length > 0 && VALUE_ROLES.includes(slots[0]!.role)) {
    slots.unshift({ role: 'label' });
    widths.unshift(1);
    for (let k = 0; k < cellSlot.length; k++) if (cellSlot[k]! >= 0) cellSlot[k]!++;
  }
  return unscramble({ slots, cellSlot, widths });
}

/** The order columns of a form stand in: labels, then what the indicator is and its target, then the results. */
const CANONICAL_ORDER: readonly string[] = ['label', 'other', 'nature', 'budgetStart', 'budget', 'executed', 'rate', 'target', 'unit', 'actual', 'weight', 'score', 'grade', 'note'];

/**
 * A header whose label columns come after its value columns (`绩效指标 | 年度指标值 | … | 得分 | 一级指标 |
 * 二级指标 | 三级指标`) is two header rows a PDF copy read in the wrong order: no form is laid out so.
 * Its slots are put in the order a form's columns stand in (a stable sort; cells keep their slot).
 */
function unscramble(header: Header): Header {
  const firstValue = header.slots.findIndex((s) => VALUE_ROLES.includes(s.role));
  const lateLabel = header.slots.findIndex((s, i) => i > firstValue && s.role === 'label' && s.level !== undefined);
  if (firstValue < 0 || lateLabel < 0) return header;
  const order = header.slots.map((slot, i) => ({ slot, i, rank: slot.role === 'label' ? (slot.level ?? 0) : 10 + CANONICAL_ORDER.indexOf(slot.role) }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const moved = new Map(order.map((o, k) => [o.i, k]));
  return {
    slots: order.map((o) => o.slot),
    widths: order.map((o) => header.widths[o.i]!),
    cellSlot: header.cellSlot.map((s) => (s < 0 ? s : moved.get(s)!)),
  };
}

/** The slots of a header with each slot repeated as many times as cells it takes in a data row. */
export function dataSlots(header: Header): Slot[] {
  return header.slots.flatMap((slot, i) => Array.from({ length: header.widths[i]! }, () => slot));
}
