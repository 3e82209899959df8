// sum-mismatch: a stated total against its listed parts (其中, 包括, parentheses, known identities).
import { countUnit, effectiveDecimals, formatLike, readingVerdict, sumExpression, sumIn, type Verdict, writtenNumber } from '../src/arith.js';
import type { AdjustmentRelation, ReportModel, SumRelation } from '../src/model.js';
import { defineRule, relatedFigure, type RuleFinding } from '../src/rule.js';

/** Judge a sum relation over all its readings: it holds if any reading holds. */
export function judgeSum(model: ReportModel, relation: SumRelation): Verdict {
  let best: Verdict = 'fails';
  for (const id of [relation.total, ...(relation.otherTotals ?? [])]) {
    const total = model.figures[id]!;
    for (const reading of relation.candidates) {
      const verdict = readingVerdict(total, reading.map((part) => model.figures[part]!), relation.partial, model.usualDecimals, relation.complete);
      if (verdict === 'holds') return 'holds';
      // Another total that fits only at written precision is no reason to warn about this one.
      if (verdict === 'holds-written' && id === relation.total) best = 'holds-written';
    }
  }
  return best;
}

/** The finding for a sum relation that does not hold. */
export function sumFinding(model: ReportModel, relation: SumRelation): RuleFinding | undefined {
  const verdict = judgeSum(model, relation);
  if (verdict === 'holds') return undefined;
  const total = model.figures[relation.total]!;
  const parts = relation.parts.map((id) => model.figures[id]!);
  const decimals = Math.max(effectiveDecimals(total, model.usualDecimals), ...parts.map((p) => (p.unit === total.unit ? p.writtenDecimals : 0)));
  // Quoted as the document writes its figures (`1,266.38` beside `1,256.38`), so a search finds them.
  const computed = formatLike(sumIn(parts, total), decimals, [total, ...parts]);
  const partial = relation.partial || (parts.length === 1 && !relation.complete);
  const finding: RuleFinding = {
    messageId: partial ? 'partialExceeds' : 'mismatch',
    at: total.numberSpan,
    data: {
      written: writtenNumber(total),
      computed,
      // Parts in 万人次 sum in 万人次 (sumIn works in the total's multiplier).
      unit: countUnit(total),
      expression: sumExpression(parts, total),
      wording: relation.wording,
    },
    related: parts.map(relatedFigure),
  };
  if (verdict === 'holds-written') finding.severity = 'warn';
  if (!partial && relation.candidates.length === 1) {
    finding.suggestions = [{ desc: `改为分项之和 ${computed}`, span: total.numberSpan, text: computed }];
  }
  return finding;
}

/** The finding for an adjustment whose result is not its base plus or minus the change: base = result ± change, in the rounding model of a sum. */
function adjustmentFinding(model: ReportModel, relation: AdjustmentRelation): RuleFinding | undefined {
  const base = model.figures[relation.base]!;
  const change = model.figures[relation.change]!;
  const result = model.figures[relation.result]!;
  // 年初X − 调减D = 全年Y is X = Y + D; 年初X + 追加D = 调整后Y is Y = X + D.
  const [total, parts] = relation.direction === 'down' ? [base, [result, change]] : [result, [base, change]];
  const verdict = readingVerdict(total, parts, false, model.usualDecimals, true);
  if (verdict === 'holds') return undefined;
  const decimals = Math.max(effectiveDecimals(result, model.usualDecimals), base.unit === result.unit ? base.writtenDecimals : 0, change.unit === result.unit ? change.writtenDecimals : 0);
  const sign = relation.direction === 'down' ? '−' : '+';
  const computed = relation.direction === 'down' ? sumIn([base], result).minus(sumIn([change], result)) : sumIn([base, change], result);
  const finding: RuleFinding = {
    messageId: 'adjusted',
    at: result.numberSpan,
    data: { written: writtenNumber(result), computed: formatLike(computed, decimals, [base, change, result]), unit: result.unit, expression: `${writtenNumber(base)} ${sign} ${writtenNumber(change)}` },
    related: [relatedFigure(base), relatedFigure(change)],
  };
  if (verdict === 'holds-written') finding.severity = 'warn';
  return finding;
}

export default defineRule({
  meta: {
    id: 'sum-mismatch',
    severity: 'error',
    description: 'A stated total that its listed parts do not add up to (其中, 包括, parentheses, 基本支出 = 人员经费 + 公用经费…)',
    rationale: 'Totals are what readers quote; a total that its own breakdown contradicts means one of the figures is wrong, and nobody can tell which without recomputing.',
    messages: {
      mismatch: '分项之和 {{computed}} {{unit}}（{{expression}}），所写合计 {{written}} {{unit}}',
      adjusted: '调整后应为 {{expression}} = {{computed}} {{unit}}，所写为 {{written}} {{unit}}',
      partialExceeds: '所列分项之和 {{computed}} {{unit}}（{{expression}}）已超过所写合计 {{written}} {{unit}}',
    },
    messagesEn: {
      mismatch: 'The parts add up to {{computed}} {{unit}} ({{expression}}), the stated total is {{written}} {{unit}}',
      adjusted: 'After the adjustment it should be {{expression}} = {{computed}} {{unit}}, the text says {{written}} {{unit}}',
      partialExceeds: 'The listed parts add up to {{computed}} {{unit}} ({{expression}}), more than the stated total {{written}} {{unit}}',
    },
    defaultOptions: {},
    examples: {
      valid: ['基本支出 74.63 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。'],
      invalid: ['基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind === 'adjustment') {
        const finding = adjustmentFinding(model, relation);
        if (finding) yield finding;
      }
      if (relation.kind !== 'sum' || relation.measure !== 'amount') continue;
      const finding = sumFinding(model, relation);
      if (finding) yield finding;
    }
  },
});
