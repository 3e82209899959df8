// 自评表 forms: columns found by header text, rows by label, numbers split by OCR repaired, and
// the relations a form states (资金总额 = its rows, 执行率 = B/A, 得分 ≤ 分值, group weights, 总分, grade).
import type { Figure, Locate, Relation, Segment, Span, Table } from '../model.js';
import { scoreSum, scoreTolerance } from '../arith.js';
import { EMPTY_CELL as EMPTY } from './tables/cells.js';
import { readRows, type Row, tableSections, type TableContext, type Value } from './tables/rows.js';

export { joinSplit } from './tables/rows.js';

/** Rows whose label names a spending class or a source of funds, a total, a 总分 row. */
const GROUP_LABEL = /(产出|效益|满意度|成本)[ \u3000]*指[ \u3000]*标[ \u3000]*[（(][ \u3000]*(\d+)[ \u3000]*分[ \u3000]*[)）]/;
const GRADE_WORD = /^(优秀?|良好?|中等?|合格|差|不合格)$/;
const TOTAL_ROW = /资金总额|年度资金总额|^合计$|^总计$/;
const CLASS_ROW = /人员类|运转类|公用经费|特定目标类/;
const SOURCE_ROW = /财政拨款|上年结转|其他资金/;
const TOTAL_SCORE_ROW = /^总[ \u3000]*分$|^合计得分$|^总得分$/;
const SUM_ROW = /^(?:合[ \u3000]*计|总[ \u3000]*计)$/;
/** What an unreadable 分值 or 得分 cell looks like: digits, spaces and points (`2 2`, `9. 5分`). */
const SCORE_TEXT = /^[\d\s\u3000.．,，]+分?$/;

/** One form's rows so far: closed by its 总分 row. */
interface Form {
  totalRow?: Row;
  scores: Figure[];
  /** The 分值 of the scored rows, and whether every scored row had one. */
  weights: Figure[];
  allWeighted: boolean;
  /** False when a row could not be read, so its scores are not all known. */
  complete: boolean;
  /** The 分值 of the 资金总额 row (执行率 score) and of the 一级指标 group labels. */
  executionWeight?: Figure;
  groupWeights: Figure[];
}

function newForm(): Form {
  return { scores: [], weights: [], allWeighted: true, complete: true, groupWeights: [] };
}

function num(v: Value | undefined): Figure | undefined {
  return v?.figure && !v.figure.approx ? v.figure : undefined;
}

/** Money columns of a form are in 元 unless its caption or headers say 万元. */
function moneyUnit(table: Table, segments: Segment[]): string {
  const text = table.rows.slice(0, 4).flat().map((c) => segments[c.segment]!.text).join(' ');
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
  if (f.kind === 'number') {
    f.kind = 'percentage';
    f.unit = '%';
  }
  return f.kind === 'percentage' ? f : undefined;
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
    const unit = moneyUnit(table, segments);
    const rows = readRows(section, ctx);
    const hasMoney = header.slots.some((c) => c.role === 'budget' || c.role === 'executed' || c.role === 'budgetStart');
    const scoresOnly = !hasMoney && header.slots.some((c) => c.role === 'score');
    let group: { label: string; stated: Figure; weights: Figure[]; ok: boolean } | undefined;
    const closeGroup = () => {
      if (group && group.ok && group.weights.length) ctx.relations.push({ kind: 'score-group', stated: group.stated.id, weights: group.weights.map((w) => w.id), group: group.label });
      group = undefined;
    };
    for (const row of rows) {
      // 总分 closes a form; so does 合计 or 总计 in a table of scores (a fund table's 合计 sums money).
      if (TOTAL_SCORE_ROW.test(row.label) || (scoresOnly && SUM_ROW.test(row.label))) {
        form.totalRow = row;
        forms.push(form);
        form = newForm();
        continue;
      }
      // A 一级指标 label (`产出指标(50分)`) in the cells before the row label opens a group.
      const groupCell = row.cellsBefore.map((t) => GROUP_LABEL.exec(t)).find(Boolean);
      if (groupCell) {
        closeGroup();
        const labelCells = table.rows.flat().filter((c) => row.cellsBefore.includes(segments[c.segment]!.text.trim()) && GROUP_LABEL.test(segments[c.segment]!.text));
        const stated = labelCells
          .flatMap((c) => bySegment.get(c.segment) ?? [])
          .find((f) => f.kind === 'count' && f.unit === '分' && f.value.eq(Number(groupCell[2])));
        if (stated) {
          stated.kind = 'number';
          form.groupWeights.push(stated);
          group = { label: `${groupCell[1]}指标`, stated, weights: [], ok: true };
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
          if (group) group.ok = false;
        }
        continue;
      }
      const weight = asScore(num(row.values.weight));
      const score = asScore(num(row.values.score));
      if (weight && score) ctx.relations.push({ kind: 'score-weight', score: score.id, weight: weight.id });
      if (weight && group && !hasMoney) group.weights.push(weight);
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
        if (TOTAL_ROW.test(row.label) && weight) {
          form.executionWeight = weight;
          if (score && budget && executed) ctx.relations.push({ kind: 'score-rate', score: score.id, weight: weight.id, numerator: executed.id, denominator: budget.id });
        }
        fundRows.push({ row, unit });
      } else if (/成本指标/.test(row.cellsBefore.join('')) || CLASS_ROW.test(row.label) || /[运动]转类|小计/.test(row.label)) {
        costRows.push(row);
      }
    }
    closeGroup();
    // 资金总额 = its class rows, and = its source rows, per money column.
    if (hasMoney) {
      const tableFund = rows.filter((r) => fundRows.some((f) => f.row === r));
      const total = tableFund.find((r) => TOTAL_ROW.test(r.label));
      if (total && !total.unreadable) {
        for (const pattern of [CLASS_ROW, SOURCE_ROW]) {
          const parts = tableFund.filter((r) => r !== total && pattern.test(r.label) && !TOTAL_ROW.test(r.label));
          if (parts.length < 2 || parts.some((p) => p.unreadable)) continue;
          for (const role of ['budgetStart', 'budget', 'executed'] as const) {
            const t = num(total.values[role]);
            const ps = parts.map((p) => num(p.values[role]));
            if (!t || ps.some((p) => !p)) continue;
            ctx.relations.push({ kind: 'sum', total: t.id, parts: ps.map((p) => p!.id), candidates: [ps.map((p) => p!.id)], partial: false, wording: '表', measure: 'amount' });
          }
        }
      }
    }
  }
  forms.push(form);
  // The prose's grade and 自评得分 belong to the form only when there is one.
  const single = forms.filter((f) => f.totalRow).length === 1;
  for (const { totalRow, scores, weights, allWeighted, complete, executionWeight, groupWeights } of forms) {
    if (executionWeight && groupWeights.length >= 3) ctx.relations.push({ kind: 'weights-total', weights: [executionWeight.id, ...groupWeights.map((g) => g.id)], full: 100 });
    if (!totalRow) continue;
    const totalFigure = asScore(num(totalRow.values.score));
    const outOf = asScore(num(totalRow.values.weight));
    // Rows whose 分值 do not add up to the total's belong to more than this form (a form before
    // it without a 总分 row) or miss some: which scores the total sums is then unclear.
    const scoped = !outOf || !allWeighted || scoreSum(weights).minus(outOf.value).abs().lte(scoreTolerance([outOf, ...weights]));
    const gradeCell = totalRow.values.grade && GRADE_WORD.test(totalRow.values.grade.text) ? { text: totalRow.values.grade.text, span: totalRow.values.grade.span } : single ? prose.gradeMentions[0] : undefined;
    ctx.relations.push({ kind: 'score-total', total: totalFigure ? totalFigure.id : null, totalSpan: totalRow.labelSpan, scores: scores.map((s) => s.id), complete: complete && scoped, ...(gradeCell ? { grade: gradeCell } : {}) });
    const of = outOf ? { outOf: outOf.id } : {};
    if (totalFigure && gradeCell) ctx.relations.push({ kind: 'grade', grade: gradeCell.text, gradeSpan: gradeCell.span, score: totalFigure.id, ...of });
    if (totalFigure && single) for (const stated of prose.narrativeScores) ctx.relations.push({ kind: 'narrative-score', stated: stated.id, total: totalFigure.id, ...of });
  }
  // A form's 元 figures restated in 万元 in its 成本指标 rows.
  for (const cost of costRows) {
    const key = /人员/.test(cost.label) ? /人员/ : /[运动]转|公用/.test(cost.label) ? /运转|公用/ : /特定目标/.test(cost.label) ? /特定目标/ : undefined;
    if (!key || /小计/.test(cost.label)) continue;
    const fund = fundRows.find((f) => key.test(f.row.label) && !TOTAL_ROW.test(f.row.label));
    if (!fund) continue;
    for (const [from, to] of [['budgetStart', 'target'], ['executed', 'actual']] as const) {
      const a = num(fund.row.values[from]);
      const b = num(cost.values[to]);
      if (a && b && a.kind === 'amount' && b.kind === 'amount' && a.unit !== b.unit) ctx.relations.push({ kind: 'restatement', first: a.id, second: b.id, label: cost.label });
    }
  }
  return ctx.relations;
}
