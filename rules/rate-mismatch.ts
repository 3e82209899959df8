// rate-mismatch: a named rate (执行率, 理赔率, 完成率…) that is not its two amounts' ratio.
import { effectiveDecimals, formatFixed, judge, percentHolds, ratioPercent, showFigure } from '../src/arith.js';
import { RATES } from '../src/lexicon/rates.js';
import { defineRule, relatedFigure } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'rate-mismatch',
    severity: 'error',
    description: `A named rate (${RATES.map((r) => r.names[r.names.length > 4 ? 3 : r.names.length - 1]).join(', ')}…) that is not B ÷ A`,
    rationale: 'Execution and claim rates drive the score of a performance evaluation; a rate that its own amounts contradict inflates or deflates the result.',
    messages: {
      mismatch: '{{name}}应为 {{numerator}} ÷ {{denominator}} = {{computed}}%，所写为 {{written}}%',
      overBudget: '执行数 {{numerator}} 超过预算数 {{denominator}}（{{name}} {{written}}%），请核实是否超预算支出',
      zeroBudget: '预算数为 0，{{name}}应为空或 0，所写为 {{written}}%',
    },
    messagesEn: {
      mismatch: 'The {{name}} should be {{numerator}} ÷ {{denominator}} = {{computed}}%, the text says {{written}}%',
      overBudget: 'Spending {{numerator}} exceeds the budget {{denominator}} ({{name}} {{written}}%); check for overspending',
      zeroBudget: 'The budget is 0, so the {{name}} should be empty or 0, not {{written}}%',
    },
    defaultOptions: {},
    examples: {
      valid: ['全市计生综合保险累计投保 938.3 万元，理赔 685.39 万元，理赔率 73.05%。'],
      invalid: ['全市计生综合保险累计投保 938.3 万元，理赔 685.39 万元，理赔率 78.05%。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'rate') continue;
      const rate = model.figures[relation.rate]!;
      const numerator = model.figures[relation.numerator]!;
      const denominator = model.figures[relation.denominator]!;
      const data = { name: relation.name, written: rate.digits, numerator: showFigure(numerator), denominator: showFigure(denominator) };
      if (denominator.value.isZero()) {
        if (!rate.value.isZero()) yield { messageId: 'zeroBudget', at: rate.span, data };
        continue;
      }
      const verdict = judge(model.usualDecimals, (d) => percentHolds(rate, numerator, denominator, d));
      if (verdict === 'holds') {
        // Execution above budget is possible but worth a look, where the rate does not say so itself (100%).
        if (/执行率/.test(relation.name) && numerator.value.gt(denominator.value) && numerator.unit === denominator.unit && rate.value.lte(100)) {
          yield { messageId: 'overBudget', at: numerator.span, data, severity: 'warn' };
        }
        continue;
      }
      // A rate of the other budget named beside this one (年初预算) is a reading, not a mistake.
      const others = (relation.otherDenominators ?? []).map((id) => model.figures[id]!).filter((d) => !d.value.isZero());
      if (others.some((other) => judge(model.usualDecimals, (d) => percentHolds(rate, numerator, other, d)) !== 'fails')) continue;
      const computed = formatFixed(ratioPercent(numerator, denominator), Math.max(2, effectiveDecimals(rate, model.usualDecimals)));
      yield {
        messageId: 'mismatch',
        at: rate.span,
        data: { ...data, computed },
        related: [relatedFigure(numerator), relatedFigure(denominator)],
        ...(verdict === 'holds-written' ? { severity: 'warn' as const } : {}),
      };
    }
  },
});
