// 自评表 forms and other report tables: the relations their rows state (资金总额 = its source or
// class rows, 执行率 = B/A, 得分 ≤ 分值, group and section weights, 总分, grade, a row and the rows
// numbered under it, 小计), read from rows aligned under their headers (tables/rows.ts).
import type { Figure, Locate, Relation, Segment, Span, Table } from '../model.js';
import { scoreSum, scoreTolerance } from '../arith.js';
import { TABLE_IDENTITIES } from '../lexicon/budget.js';
import { CLASS_ROW_WORDS, COST_CLASSES, COST_GROUP_NAME, COST_ROW_WORDS, FIRST_LEVEL_NAMES, GRADE_CELL_WORDS, MONEY_ROLES, SOURCE_ROW_WORDS, SUBTOTAL_WORD, SUM_ROW_WORDS, TOTAL_ROW_WORDS, TOTAL_SCORE_ROW_WORDS } from '../lexicon/forms.js';
import { AMONG } from '../lexicon/lists.js';
import { anyOf } from '../lexicon/words.js';
import { EMPTY_CELL as EMPTY } from './tables/cells.js';
import { hierarchySums } from './tables/hierarchy.js';
import type { Header } from './tables/header.js';
import { readRows, type Row, type Section, tableSections, type TableContext, type Value } from './tables/rows.js';

export { joinSplit } from './tables/rows.js';

/** A first-level indicator with its weight (`产出指标(50分)`, `效 益 指 标（30分）`). */
const GROUP_LABEL = new RegExp(`(${FIRST_LEVEL_NAMES.filter((n) => n.endsWith('指标')).map((n) => n.slice(0, -2)).join('|')})[ \\u3000]*指[ \\u3000]*标[ \\u3000]*[（(][ \\u3000]*(\\d+)[ \\u3000]*分[ \\u3000]*[)）]`);
/** Shapes whose tables end where the table ends (not where a copy of it was cut off). */
const WHOLE_TABLES: readonly Table['source'][] = ['gfm', 'tsv', 'cells'];
/** A row of a first-level weight alone, its name lost (`(50分)`). */
const ANONYMOUS_GROUP = /^[（(](\d+)分[)）]$/;
/** A section caption with its weight (`预算执行情况(10分)`, `绩效指标(90分)`, `年度绩效目标 (80分)`). */
const SECTION_WEIGHT = /[（(][ \u3000]*(\d+)[ \u3000]*分[ \u3000]*[)）]/;
const GRADE_WORD = new RegExp(`^(?:${anyOf(GRADE_CELL_WORDS)})$`);
const TOTAL_ROW = new RegExp(`${anyOf(TOTAL_ROW_WORDS.filter((w) => w.length > 2))}|^(?:${anyOf(TOTAL_ROW_WORDS.filter((w) => w.length <= 2))})[:：]?$`);
const CLASS_ROW = new RegExp(anyOf(CLASS_ROW_WORDS));
const SOURCE_ROW = new RegExp(anyOf(SOURCE_ROW_WORDS));
const TOTAL_SCORE_ROW = new RegExp(`^(?:${TOTAL_SCORE_ROW_WORDS.map((w) => [...w].join('[ \\u3000]*')).join('|')})(?:[（(][ \\u3000]*\\d+[ \\u3000]*分[ \\u3000]*[)）])?$`);
const SUM_ROW = new RegExp(`^(?:${SUM_ROW_WORDS.map((w) => [...w].join('[ \\u3000]*')).join('|')})$`);
/** Rows of an indicator table that may restate class rows (`动转类`, `小计`), besides the class rows. */
const COST_ROW = new RegExp(anyOf(COST_ROW_WORDS));
/** Each class a cost row may restate: what its label says, and what the fund row's says. */
const COST_CLASS = COST_CLASSES.map((c) => ({ cost: new RegExp(anyOf(c.cost)), fund: new RegExp(anyOf(c.fund)) }));
/** A row label's 其中 (`其中:1、公车购置：`). */
const AMONG_START = new RegExp(`^${AMONG}[:：]?`);
/** What an unreadable 分值 or 得分 cell looks like: digits, spaces and points (`2 2`, `9. 5分`). */
const SCORE_TEXT = /^[\d\s\u3000.．,，]+分?$/;

/** One form's rows so far: closed by its 总分 row. */
interface Form {
  totalRow?: Row;
  scores: Figure[];
  /** The 分值 of the scored rows, and whether every scored row had one. */
  weights: Figure[];
  allWeighted: boolean;
  /** The 分值 of every row, scored or not, and whether every row's could be read. */
  rowWeights: Figure[];
  /** False when a row could not be read, so its scores are not all known. */
  complete: boolean;
  /** The 分值 of the 资金总额 row (执行率 score) and of the 一级指标 group labels. */
  executionWeight?: Figure;
  groupWeights: Figure[];
  /** The weights in section captions: the fund table's (`预算执行情况(10分)`) and the indicators' (`绩效指标(90分)`). */
  fundCaption?: Figure;
  indicatorCaption?: Figure;
  /** The grade written in a cell of its own after the 总分 row. */
  totalGrade?: { text: string; span: Span };
}

function newForm(): Form {
  return { scores: [], weights: [], allWeighted: true, rowWeights: [], complete: true, groupWeights: [] };
}

function num(v: Value | undefined): Figure | undefined {
  return v?.figure && !v.figure.approx ? v.figure : undefined;
}

/**
 * Money columns of a form are in 元 unless its caption or headers say 万元: the header row, the rows
 * just above it, and for a first section the lines just above the table (`单位：万元`).
 */
function moneyUnit(table: Table, headerRow: number, segments: Segment[]): string {
  const cells = table.rows.slice(Math.max(0, headerRow - 3), headerRow + 1).flat();
  const first = table.rows[0]?.[0]?.segment;
  const above = headerRow <= 3 && first !== undefined ? segments.slice(Math.max(0, first - 3), first).filter((s) => s.text.length <= 60) : [];
  const text = [...above, ...cells.map((c) => segments[c.segment]!)].map((seg) => seg.text).join(' ');
  return /万元/.test(text) && !/[（(]元[)）]/.test(text) ? '万元' : '元';
}

/** Give a form cell's figure the unit its column implies. */
function asMoney(f: Figure | undefined, unit: string): Figure | undefined {
  if (!f) return undefined;
  if (f.kind === 'number') {
    f.kind = 'amount';
    f.unit = unit;
  }
  return f.kind === 'amount' ? f : undefined;
}

function asScore(f: Figure | undefined): Figure | undefined {
  if (!f) return undefined;
  if (f.kind === 'number' || (f.kind === 'count' && f.unit === '分')) {
    f.kind = 'number';
    f.unit = '分';
  }
  return f.unit === '分' ? f : undefined;
}

function asPercent(f: Figure | undefined): Figure | undefined {
  if (!f) return undefined;
  // A bare number up to 1.5 under 执行率 (`0.951`, a sheet's General format) is likelier a fraction than a
  // percent under 1.5: which is meant is unclear, so the rate is not read.
  if (f.kind === 'number' && f.value.gt(0) && f.value.lte(1.5)) return undefined;
  if (f.kind === 'number') {
    f.kind = 'percentage';
    f.unit = '%';
  }
  return f.kind === 'percentage' ? f : undefined;
}

/**
 * The weight a section's caption states (`预算执行情况(10分)`, `绩效指标(90分)`): in the header's
 * first cell, or alone in the row just above the header (a copy puts a merged caption there).
 */
function captionWeight(section: Section, ctx: TableContext): Figure | undefined {
  const { table, first: row } = section;
  const candidates = [table.rows[row]![0], table.rows[row - 1]?.filter((c) => c.text !== '').at(-1)].filter((c) => c !== undefined);
  for (const cell of candidates) {
    const m = SECTION_WEIGHT.exec(cell.text);
    if (!m || cell.text.length > 20 || /\d/.test(cell.text.replace(SECTION_WEIGHT, ''))) continue;
    const figure = (ctx.bySegment.get(cell.segment) ?? []).find((f) => f.kind === 'count' && f.unit === '分' && f.value.eq(Number(m[1])));
    if (figure) {
      figure.kind = 'number';
      return figure;
    }
  }
  return undefined;
}

/** The sums of a fund table: 资金总额 against its source rows and against its class rows, per money column. */
function fundSums(rows: Row[], ctx: TableContext): void {
  const total = rows.find((r) => TOTAL_ROW.test(r.label));
  if (!total || total.unreadable) return;
  // A row with figures that names neither a source nor a class is a part of a breakdown the words
  // do not know: which rows add up to the total is then unclear.
  const others = rows.filter((r) => r !== total && r.hasNumbers && !SOURCE_ROW.test(r.label) && !CLASS_ROW.test(r.label) && !TOTAL_ROW.test(r.label));
  if (others.length > 0) return;
  for (const pattern of [CLASS_ROW, SOURCE_ROW]) {
    // Every row of the kind the form lists; those left blank are no part.
    const listed = rows.filter((r) => r !== total && pattern.test(r.label) && !TOTAL_ROW.test(r.label));
    if (listed.length < 2 || listed.some((p) => p.unreadable)) continue;
    // A second 其中 opens the parts of the row before it (`其他资金` / `其中：自筹资金` / `社会资金`): the
    // total's parts are the rows outside that block, which runs to one of the rows after it.
    const nested = listed.findIndex((r, k) => k > 0 && AMONG_START.test(r.label));
    const readings = nested < 0 ? [listed] : listed.slice(nested).map((_, n) => [...listed.slice(0, nested), ...listed.slice(nested + n + 1)]);
    for (const role of ['budgetStart', 'budget', 'executed'] as const) {
      // A row with money in another column and nothing in this one (no cell, or a blank one) may have
      // its figure out of place (a copy that shifted the row's cells): the sum is not known.
      const blank = (p: Row) => !p.values[role]?.figure;
      if (listed.some((p) => blank(p) && (['budgetStart', 'budget', 'executed'] as const).some((other) => other !== role && p.values[other]?.figure && !p.values[other]!.figure!.value.isZero()))) continue;
      columnSum(total.values[role], readings.map((reading) => reading.map((p) => p.values[role])), '表', ctx);
    }
  }
}

/**
 * One money column's sum: the total's cell over the parts' cells, when every filled part cell is a
 * figure (a part left blank is no part) and at least one is.
 */
function columnSum(total: Value | undefined, readings: Array<Array<Value | undefined>>, wording: string, ctx: TableContext): void {
  const t = num(total);
  if (!t) return;
  // Several readings (which rows are parts) when the form leaves it open; the first is shown.
  if (readings.some((r) => r.some((c) => c !== undefined && !c.figure && !EMPTY.test(c.text)))) return;
  const ids = readings.map((r) => r.map((c) => num(c)).filter((f): f is Figure => f !== undefined).map((f) => f.id)).filter((r) => r.length > 0);
  if (ids.length === 0) return;
  ctx.relations.push({ kind: 'sum', total: t.id, parts: ids[0]!, candidates: ids, partial: false, complete: true, wording, measure: 'amount' });
}

/** A row label as an identity names it: without 其中, a marker, a colon (`其中:1、公车购置：` → 公车购置). */
function identityLabel(label: string): string {
  return label.replace(AMONG_START, '').replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/, '').replace(/[:：]$/, '');
}

/** The identities of budget tables among a section's rows (三公经费 = 出国 + 公务用车 + 公务接待…), per money column. */
function tableIdentities(rows: Row[], header: Header, ctx: TableContext): void {
  const labelled = rows.filter((r) => !r.unreadable).map((r) => ({ row: r, label: identityLabel(r.label) }));
  for (const identity of TABLE_IDENTITIES) {
    const totals = labelled.filter((r) => identity.total.test(r.label));
    const parts = identity.parts.map((re) => labelled.filter((r) => re.test(r.label)));
    // One row each, the parts after the total (a table lists an item's parts under it).
    if (totals.length !== 1 || parts.some((p) => p.length !== 1)) continue;
    const total = totals[0]!.row;
    const partRows = parts.map((p) => p[0]!.row);
    if (partRows.some((p) => rows.indexOf(p) < rows.indexOf(total))) continue;
    header.slots.forEach((slot, k) => {
      if (MONEY_ROLES.includes(slot.role)) columnSum(total.cells[k], [partRows.map((p) => p.cells[k])], 'identity', ctx);
    });
  }
}

/**
 * A 总分 row whose cells did not align to the header (`总分(100分) | 100 | 自评等级 | 优`): its one
 * number is the total score and a grade word its grade.
 */
function totalFromCells(row: Row, totalCell: string, form: Form, ctx: TableContext): void {
  const cells = row.segments.map((k) => ({ k, text: ctx.segments[k]!.text.replace(/[\s\u3000]/g, '') }));
  const numbers = cells.filter((c) => c.text !== totalCell && /^\d+(?:\.\d+)?分?$/.test(c.text));
  if (numbers.length !== 1) return;
  const figure = ctx.bySegment.get(numbers[0]!.k)?.find((f) => !f.approx);
  if (!figure) return;
  row.values.score = { text: numbers[0]!.text, figure, span: figure.span, unreadable: false };
  const grade = cells.find((c) => GRADE_WORD.test(c.text));
  if (!row.values.grade && grade) {
    const seg = ctx.segments[grade.k]!;
    const at = seg.start + seg.text.indexOf(grade.text);
    form.totalGrade = { text: grade.text, span: ctx.locate(at, at + grade.text.length) };
  }
}

/** A cell that states a grade: the word alone, or after 等级 (`优`, `自评等级：良`, `等级为优`). */
const GRADE_IN_CELL = new RegExp(`^(?:(?:自评|评价|绩效)?等级[:：为]?)?(${anyOf(GRADE_CELL_WORDS)})$`);
/** A row that gives the form's grade (`自评等级 | 优`). */
const GRADE_ROW = /等级/;

/** The first grade a run of cells states, with its place. */
function gradeInCells(cells: readonly number[], ctx: TableContext): { text: string; span: Span } | undefined {
  for (const k of cells) {
    const seg = ctx.segments[k]!;
    const m = GRADE_IN_CELL.exec(seg.text.replace(/[\s\u3000]/g, ''));
    if (!m) continue;
    const at = seg.start + seg.text.lastIndexOf(m[1]!);
    return { text: m[1]!, span: ctx.locate(at, at + m[1]!.length) };
  }
  return undefined;
}

/** A caption's name without its weight (`年度绩效目标\n(80分)` → 年度绩效目标). */
function captionName(text: string): string {
  return text.replace(SECTION_WEIGHT, '').replace(/[\s\u3000]/g, '') || '指标';
}

/** One sum stated once: an identity (三公经费 = 1、+ 2、+ 3、) may also be a row over its numbered rows. */
function withoutRepeats(relations: Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    if (r.kind !== 'sum') return true;
    const key = `${r.total}:${[...r.parts].sort((a, b) => a - b).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Read every form in the document and state its relations. Figures for repaired cells are appended to `figures`. */
export function readForms(tables: Table[], segments: Segment[], figures: Figure[], locate: Locate, prose: { gradeMentions: Array<{ text: string; span: Span }>; narrativeScores: Figure[] }): Relation[] {
  const bySegment = new Map<number, Figure[]>();
  for (const f of figures) {
    const list = bySegment.get(f.segment);
    if (list) list.push(f);
    else bySegment.set(f.segment, [f]);
  }
  const ctx: TableContext = { segments, figures, bySegment, locate, relations: [] };
  // A document may append several forms (one per project), each closed by its 总分 row: scores,
  // weights and completeness are kept per form, so one form's total is never checked against
  // another's scores.
  const forms: Form[] = [];
  let form = newForm();
  const fundRows: Array<{ row: Row; unit: string }> = [];
  const costRows: Row[] = [];
  // One grid may hold several forms (the fund table, then the indicator table), each under its own header row.
  const sections = tables.flatMap((table) => tableSections(table, segments));
  for (const section of sections) {
    const { table, header } = section;
    const unit = moneyUnit(table, section.first, segments);
    const rows = readRows(section, ctx);
    const hasMoney = header.slots.some((c) => c.role === 'budget' || c.role === 'executed' || c.role === 'budgetStart');
    const hasScores = header.slots.some((c) => c.role === 'score' || c.role === 'weight');
    const scoresOnly = !hasMoney && header.slots.some((c) => c.role === 'score');
    const caption = hasScores || hasMoney ? captionWeight(section, ctx) : undefined;
    if (caption && hasMoney) form.fundCaption = caption;
    else if (caption) form.indicatorCaption = caption;
    const sectionWeights: Figure[] = [];
    let sectionWeighted = true;
    let group: { label: string; stated: Figure; weights: Figure[]; scores: Figure[]; ok: boolean } | undefined;
    const weightColumn = header.slots.some((slot) => slot.role === 'weight');
    const closeGroup = (atEnd = false) => {
      // A copied table may end before its last group does (the copy cut off, the rest in prose):
      // a group that only the end of such a table closes is not checked.
      const cut = atEnd && !WHOLE_TABLES.includes(table.source);
      if (group && group.ok && group.weights.length && !cut) ctx.relations.push({ kind: 'score-group', stated: group.stated.id, weights: group.weights.map((w) => w.id), group: group.label });
      // Without a 分值 column the group's weight caps its rows' scores.
      if (group && group.ok && !weightColumn && group.scores.length && !cut) ctx.relations.push({ kind: 'score-group-cap', stated: group.stated.id, scores: group.scores.map((f) => f.id), group: group.label });
      group = undefined;
    };
    for (const [index, row] of rows.entries()) {
      // 总分 closes a form; so does 合计 or 总计 in a table of scores (a fund table's 合计 sums money).
      // (The 总分 cell may stand in the first column with the score and grade after it: `总分(100分) | 100 | 自评等级 | 优`.)
      const firstCell = row.cellsBefore[0]?.replace(/[\s\u3000]/g, '') ?? '';
      if (TOTAL_SCORE_ROW.test(row.label) || (scoresOnly && SUM_ROW.test(row.label)) || TOTAL_SCORE_ROW.test(firstCell)) {
        if (!row.values.score) totalFromCells(row, firstCell, form, ctx);
        // 总分 ends the last group.
        closeGroup();
        form.totalRow = row;
        // A grade a copy put on a line of its own after the 总分 row is the row's grade cell.
        const next = rows[index + 1];
        if (!row.values.grade && next && GRADE_WORD.test(next.label) && Object.keys(next.values).length === 0) form.totalGrade = { text: next.label, span: next.labelSpan };
        // Else a grade the form writes in the 总分 row's last cells (偏差原因 | 优, `自评等级：优`) or in a
        // `自评等级 | 优` row right after it.
        if (!row.values.grade && !form.totalGrade) {
          const scoreAt = row.values.score ? row.segments.findIndex((k) => ctx.segments[k]!.start <= row.values.score!.span.start.offset && row.values.score!.span.start.offset < ctx.segments[k]!.end) : -1;
          const fromRow = scoreAt >= 0 ? gradeInCells(row.segments.slice(scoreAt + 1), ctx) : undefined;
          const fromNext = next && GRADE_ROW.test(next.label) && Object.keys(next.values).filter((role) => role !== 'grade').length === 0 ? gradeInCells(next.segments, ctx) : undefined;
          const found = fromRow ?? fromNext;
          if (found) form.totalGrade = found;
        }
        forms.push(form);
        form = newForm();
        continue;
      }
      // A 一级指标 label (`产出指标(50分)`) in the cells before the row label opens a group; so does a
      // row of the weight alone (`(50分)`: the copy lost the name).
      const anonymous = !hasMoney && Object.keys(row.values).length === 0 && ANONYMOUS_GROUP.exec(row.label);
      const groupCell = row.cellsBefore.map((t) => GROUP_LABEL.exec(t)).find(Boolean) ?? (anonymous ? (['', '一级', anonymous[1]] as unknown as RegExpExecArray) : undefined);
      if (groupCell) {
        closeGroup();
        const labelCells = table.rows.flat().filter((c) => (row.cellsBefore.includes(segments[c.segment]!.text.trim()) && GROUP_LABEL.test(segments[c.segment]!.text)) || (anonymous && segments[c.segment]!.text.replace(/[\s\u3000]/g, '') === row.label));
        const stated = labelCells
          .flatMap((c) => bySegment.get(c.segment) ?? [])
          .find((f) => f.kind === 'count' && f.unit === '分' && f.value.eq(Number(groupCell[2])));
        if (stated) {
          stated.kind = 'number';
          form.groupWeights.push(stated);
          group = { label: `${groupCell[1]}指标`, stated, weights: [], scores: [], ok: true };
        }
      } else if (group && row.firstLevel !== undefined && !EMPTY.test(row.firstLevel) && row.cellsBefore.length > 0) {
        // A first-level cell naming something else (预算执行率) ends the group.
        closeGroup();
      }
      if (row.unreadable) {
        // A row whose 分值 or 得分 cannot be read (`2 2`), or whose cells cannot be placed under the
        // header at all, leaves its form's and group's sums unknown; a row of text (年度总体目标 |
        // 预期目标 | 实际完成情况, 培训农民520人次, even where a merged cell puts it under 分值) has no score to miss.
        const scoreLike = (v: Value | undefined) => v !== undefined && (v.figure !== undefined || (v.unreadable === true && SCORE_TEXT.test(v.text)));
        const placed = Object.keys(row.values).length > 0;
        if (scoreLike(row.values.weight) || scoreLike(row.values.score) || (!placed && row.hasNumbers)) {
          form.complete = false;
          sectionWeighted = false;
          if (group) group.ok = false;
        }
        continue;
      }
      const weight = asScore(num(row.values.weight));
      const score = asScore(num(row.values.score));
      if (weight && score) ctx.relations.push({ kind: 'score-weight', score: score.id, weight: weight.id, ...(row.label ? { indicator: row.label } : {}) });
      if (weight && group && !hasMoney) group.weights.push(weight);
      if (score && group && !hasMoney) group.scores.push(score);
      if (weight) form.rowWeights.push(weight);
      if (weight && !hasMoney) sectionWeights.push(weight);
      if (score) {
        form.scores.push(score);
        if (weight) form.weights.push(weight);
        else form.allWeighted = false;
      }
      const grade = row.values.grade;
      if (score && grade && GRADE_WORD.test(grade.text)) ctx.relations.push({ kind: 'grade', grade: grade.text, gradeSpan: grade.span, score: score.id });
      if (hasMoney) {
        const budget = asMoney(num(row.values.budget), unit);
        const executed = asMoney(num(row.values.executed), unit);
        asMoney(num(row.values.budgetStart), unit);
        const rate = asPercent(num(row.values.rate));
        if (budget && executed && rate) ctx.relations.push({ kind: 'rate', name: '执行率', numerator: executed.id, denominator: budget.id, rate: rate.id });
        // The execution score's weight: its 分值 cell, or without a 分值 column the weight in the
        // fund table's caption (`预算执行情况(万元)(20分)` over `得分(20分*执行率)`).
        const executionWeight = weight ?? (!weightColumn ? caption : undefined);
        if (TOTAL_ROW.test(row.label) && executionWeight) {
          form.executionWeight = executionWeight;
          if (score && budget && executed) ctx.relations.push({ kind: 'score-rate', score: score.id, weight: executionWeight.id, numerator: executed.id, denominator: budget.id });
        }
        fundRows.push({ row, unit });
      } else if (row.cellsBefore.join('').includes(COST_GROUP_NAME) || CLASS_ROW.test(row.label) || COST_ROW.test(row.label)) {
        costRows.push(row);
      }
    }
    closeGroup(true);
    // An indicator section's caption weight (`绩效指标(90分)`) against the 分值 of its rows.
    if (caption && !hasMoney && sectionWeighted && sectionWeights.length >= 2) {
      ctx.relations.push({ kind: 'score-group', stated: caption.id, weights: sectionWeights.map((w) => w.id), group: segments[caption.segment]!.text.trim().replace(SECTION_WEIGHT, '').trim() || '指标' });
    }
    if (hasMoney) {
      // Every money column's cells are amounts in the table's unit (two 决算数 columns, not only the last).
      for (const row of rows) header.slots.forEach((slot, k) => MONEY_ROLES.includes(slot.role) && asMoney(num(row.cells[k]), unit));
      fundSums(rows.filter((r) => fundRows.some((f) => f.row === r)), ctx);
      tableIdentities(rows, header, ctx);
    }
    // Rows over the rows numbered under them, 其中 rows, 小计 rows; a fund total's sources and classes are summed above.
    const fundTotalOverItsRows = (parent: Row, parts: Row[]) => hasMoney && TOTAL_ROW.test(parent.label) && parts.every((p) => SOURCE_ROW.test(p.label) || CLASS_ROW.test(p.label));
    for (const r of hierarchySums(rows, header, fundTotalOverItsRows)) ctx.relations.push(r);
  }
  forms.push(form);
  // The prose's grade and 自评得分 belong to the form only when there is one.
  const single = forms.filter((f) => f.totalRow).length === 1;
  for (const f of forms) {
    const { totalRow, scores, weights, allWeighted, complete, executionWeight, groupWeights } = f;
    // The execution weight and the indicators' weights make the full score.
    const execution = executionWeight ?? f.fundCaption;
    if (execution && groupWeights.length >= 3) ctx.relations.push({ kind: 'weights-total', weights: [execution.id, ...groupWeights.map((g) => g.id)], full: 100 });
    else if (execution && f.indicatorCaption) ctx.relations.push({ kind: 'weights-total', weights: [execution.id, f.indicatorCaption.id], full: 100 });
    // The indicators' caption (`年度绩效目标(80分)`) over the weights of its groups.
    if (f.indicatorCaption && groupWeights.length >= 2) {
      ctx.relations.push({ kind: 'score-group', stated: f.indicatorCaption.id, weights: groupWeights.map((g) => g.id), group: captionName(segments[f.indicatorCaption.segment]!.text) });
    }
    if (!totalRow) continue;
    const totalFigure = asScore(num(totalRow.values.score));
    const outOf = asScore(num(totalRow.values.weight));
    // Rows whose 分值 do not add up to the total's belong to more than this form (a form before
    // it without a 总分 row) or miss some: which scores the total sums is then unclear.
    const scoped = !outOf || !allWeighted || scoreSum(weights).minus(outOf.value).abs().lte(scoreTolerance([outOf, ...weights]));
    // In a document of one standard form (its fund table's execution row, then its indicators), the
    // 总分 row's 分值 is the sum of every row's.
    if (outOf && single && execution && complete && f.rowWeights.length >= 2 && !f.rowWeights.includes(outOf)) {
      // (A fund table whose weight is only in its caption, `预算执行情况（万元）（10分）`, adds that weight.)
      const rowWeights = f.rowWeights.includes(execution) ? f.rowWeights : [execution, ...f.rowWeights];
      ctx.relations.push({ kind: 'weights-total', weights: rowWeights.map((w) => w.id), full: 100, stated: outOf.id });
    }
    const gradeCell = totalRow.values.grade && GRADE_WORD.test(totalRow.values.grade.text) ? { text: totalRow.values.grade.text, span: totalRow.values.grade.span } : f.totalGrade ?? (single ? prose.gradeMentions[0] : undefined);
    ctx.relations.push({ kind: 'score-total', total: totalFigure ? totalFigure.id : null, totalSpan: totalRow.labelSpan, scores: scores.map((s) => s.id), complete: complete && scoped, ...(gradeCell ? { grade: gradeCell } : {}) });
    const of = outOf ? { outOf: outOf.id } : {};
    if (totalFigure && gradeCell) ctx.relations.push({ kind: 'grade', grade: gradeCell.text, gradeSpan: gradeCell.span, score: totalFigure.id, ...of });
    if (totalFigure && single) for (const stated of prose.narrativeScores) ctx.relations.push({ kind: 'narrative-score', stated: stated.id, total: totalFigure.id, ...of });
  }
  // A form's 元 figures restated in 万元 in its 成本指标 rows.
  for (const cost of costRows) {
    const key = COST_CLASS.find((c) => c.cost.test(cost.label))?.fund;
    if (!key || cost.label.includes(SUBTOTAL_WORD)) continue;
    const fund = fundRows.find((f) => key.test(f.row.label) && !TOTAL_ROW.test(f.row.label));
    if (!fund) continue;
    for (const [from, to] of [['budgetStart', 'target'], ['executed', 'actual']] as const) {
      const a = num(fund.row.values[from]);
      const b = num(cost.values[to]);
      if (a && b && a.kind === 'amount' && b.kind === 'amount' && a.unit !== b.unit) ctx.relations.push({ kind: 'restatement', first: a.id, second: b.id, label: cost.label });
    }
  }
  return withoutRepeats(ctx.relations);
}
