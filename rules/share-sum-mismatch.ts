// share-sum-mismatch: the shares of the parts of one whole must add to 100%.
import { Decimal, formatFixed, halfUnit } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'share-sum-mismatch',
    severity: 'error',
    description: 'Shares of all the parts of one whole that do not add up to 100% within rounding',
    rationale: 'When 人员经费 and 公用经费 make up 基本支出, their shares must add to 100%; if they do not, at least one share is wrong.',
    messages: {
      mismatch: '各部分占比之和为 {{sum}}%（{{expression}}），应为 100%',
    },
    messagesEn: {
      mismatch: 'The shares add up to {{sum}}% ({{expression}}), not 100%',
    },
    defaultOptions: {},
    examples: {
      valid: ['2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占基本支出的 90.11% ，公用经费 21.61 万元，占基本支出的 9.9 %。'],
      invalid: ['2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占比 90.11% ，公用经费 21.61 万元，占比 19.9 %。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'share-group') continue;
      const shares = relation.shares.map((id) => model.figures[id]!);
      const sum = shares.reduce((acc, s) => acc.plus(s.value), new Decimal(0));
      const tolerance = shares.reduce((acc, s) => acc.plus(halfUnit(s.writtenDecimals)), new Decimal(0));
      if (sum.minus(100).abs().lte(tolerance)) continue;
      const decimals = Math.max(...shares.map((s) => s.writtenDecimals));
      const last = shares[shares.length - 1]!;
      yield {
        messageId: 'mismatch',
        at: last.span,
        data: { sum: formatFixed(sum, decimals), expression: shares.map((s) => `${s.digits}%`).join(' + '), tolerance: tolerance.toString() },
        related: shares.slice(0, -1).map((s) => ({ span: s.span, message: `${s.digits}%` })),
      };
    }
  },
});
