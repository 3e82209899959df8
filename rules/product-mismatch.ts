// product-mismatch: quantity × unit price against the stated total.
import { baseValue, formatLike, judge, productHolds, showFigure, YUAN_PER_UNIT, isMoneyUnit, effectiveDecimals, writtenNumber } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'product-mismatch',
    severity: 'error',
    description: 'Unit price × quantity that does not give the stated total (560人 × 150元/人 = 84000元)',
    rationale: 'A total that is not price times quantity means the head count, the standard or the spending is misreported.',
    messages: {
      mismatch: '{{quantity}} × {{price}} = {{computed}} {{unit}}，所写合计 {{written}} {{unit}}',
    },
    messagesEn: {
      mismatch: '{{quantity}} × {{price}} = {{computed}} {{unit}}, the stated total is {{written}} {{unit}}',
    },
    defaultOptions: {},
    examples: {
      valid: ['为计生特殊家庭人口560人买了150元/人的健康保险，共计84000元。'],
      invalid: ['为计生特殊家庭人口560人买了150元/人的健康保险，共计86000元。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'product') continue;
      const quantity = model.figures[relation.quantity]!;
      const price = model.figures[relation.price]!;
      const total = model.figures[relation.total]!;
      const verdict = judge(model.usualDecimals, (d) => productHolds(quantity, price, total, d));
      if (verdict === 'holds') continue;
      const yuan = baseValue(quantity).times(baseValue(price));
      const computed = formatLike(isMoneyUnit(total.unit) ? yuan.div(YUAN_PER_UNIT[total.unit]) : yuan, effectiveDecimals(total, model.usualDecimals), [total]);
      yield {
        messageId: 'mismatch',
        at: total.numberSpan,
        data: { quantity: showFigure(quantity), price: showFigure(price), computed, written: writtenNumber(total), unit: total.unit },
        related: [
          { span: quantity.span, message: showFigure(quantity) },
          { span: price.span, message: showFigure(price) },
        ],
        ...(verdict === 'holds-written' ? { severity: 'warn' as const } : { suggestions: [{ desc: `改为 ${computed}`, span: total.numberSpan, text: computed }] }),
      };
    }
  },
});
