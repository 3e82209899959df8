// share-mismatch: `A，占X的p%` where A / X is not p%.
import { formatFixed, judge, percentHolds, ratioPercent, showFigure, effectiveDecimals } from '../src/arith.js';
import { defineRule, relatedFigure } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'share-mismatch',
    severity: 'error',
    description: 'A share 占…p% that is not the part divided by the whole',
    rationale: 'A percentage that does not follow from the amounts beside it misstates the structure of spending, and readers rarely recompute it.',
    messages: {
      mismatch: '{{part}} ÷ {{whole}} = {{computed}}%，所写为 {{written}}%',
    },
    messagesEn: {
      mismatch: '{{part}} ÷ {{whole}} = {{computed}}%, the text says {{written}}%',
    },
    defaultOptions: {},
    examples: {
      valid: ['2024 年度基本支出 74.63 万元，其中人员经费 62.27 万元，占基本支出的 83.44%，公用经费 12.36 万元，占基本支出的 16.56%。'],
      invalid: ['2024 年度基本支出 74.63 万元，其中人员经费 62.27 万元，占基本支出的 85.44%，公用经费 12.36 万元，占基本支出的 16.56%。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'share') continue;
      const share = model.figures[relation.share]!;
      const part = model.figures[relation.part]!;
      const whole = model.figures[relation.whole]!;
      const verdict = judge(model.usualDecimals, (d) => percentHolds(share, part, whole, d));
      if (verdict === 'holds') continue;
      const decimals = effectiveDecimals(share, model.usualDecimals);
      const computed = formatFixed(ratioPercent(part, whole), decimals);
      yield {
        messageId: 'mismatch',
        at: share.span,
        data: { written: share.digits, computed, part: showFigure(part), whole: showFigure(whole) },
        related: [relatedFigure(part), relatedFigure(whole)],
        ...(verdict === 'holds-written' ? { severity: 'warn' as const } : {}),
        ...(relation.resolvedBy === 'explicit' || relation.resolvedBy === 'label'
          ? { suggestions: [{ desc: `改为 ${computed}%`, span: share.numberSpan, text: computed }] }
          : {}),
      };
    }
  },
});
