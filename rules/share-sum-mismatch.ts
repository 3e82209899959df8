// share-sum-mismatch: the shares of the parts of one whole must add to 100%.
import { Decimal, formatFixed, halfUnit, judge, percentHolds, ratioPercent } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'share-sum-mismatch',
    severity: 'error',
    description: 'Shares of all the parts of one whole that do not add up to 100% within rounding',
    rationale:
      'When 人员经费 and 公用经费 make up 基本支出, their shares must add to 100%; if they do not, at least one share is wrong. (A share that its own amounts already show wrong is left to share-mismatch, when correcting it makes the sum add up.)',
    messages: {
      mismatch: '各部分占比之和为 {{sum}}%（{{expression}}），应为 100%',
    },
    messagesEn: {
      mismatch: 'The shares add up to {{sum}}% ({{expression}}), not 100%',
    },
    defaultOptions: {},
    examples: {
      valid: ['2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占基本支出的 90.11% ，公用经费 21.61 万元，占基本支出的 9.9 %。'],
      invalid: ['2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占比 90.11% ，公用经费 31.61 万元，占比 14.47 %。'],
    },
  },
  *check(model) {
    // Each share's own part ÷ whole, where the share is stated with its amounts and share-mismatch finds it wrong.
    const ownShare = new Map<number, Decimal>();
    for (const relation of model.relations) {
      if (relation.kind !== 'share') continue;
      const [share, part, whole] = [relation.share, relation.part, relation.whole].map((id) => model.figures[id]!);
      if (judge(model.usualDecimals, (d) => percentHolds(share!, part!, whole!, d)) === 'fails') ownShare.set(relation.share, ratioPercent(part!, whole!));
    }
    for (const relation of model.relations) {
      if (relation.kind !== 'share-group') continue;
      const shares = relation.shares.map((id) => model.figures[id]!);
      const sum = shares.reduce((acc, s) => acc.plus(s.value), new Decimal(0));
      const tolerance = shares.reduce((acc, s) => acc.plus(halfUnit(s.writtenDecimals)), new Decimal(0));
      if (sum.minus(100).abs().lte(tolerance)) continue;
      // One wrong share throws the sum off too: share-mismatch reports it at that share, and the sum
      // with that share corrected adds up, so a second finding (on a correct share) would mislead.
      const corrected = shares.reduce((acc, s) => acc.plus(ownShare.get(s.id) ?? s.value), new Decimal(0));
      if (shares.some((s) => ownShare.has(s.id)) && corrected.minus(100).abs().lte(tolerance)) continue;
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
