// score-exceeds-weight: a 得分 above its 分值, or negative; the 得分 of a group's rows above the
// group's weight in a form without a 分值 column.
import { scoreSum, scoreTolerance, writtenNumber } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'score-exceeds-weight',
    severity: 'error',
    description: 'A 得分 above its 分值, or a negative 得分, in a 自评表',
    rationale: 'An indicator cannot score more than its weight; a form that does inflates the total and the grade.',
    messages: {
      exceeds: '{{indicator}}得分 {{score}} 超过分值 {{weight}}',
      negative: '{{indicator}}得分 {{score}} 为负数',
      group: '“{{group}}”各项得分之和 {{sum}}（{{expression}}）超过其分值 {{weight}}',
    },
    messagesEn: {
      exceeds: '{{indicatorEn}}Score {{score}} exceeds the weight {{weight}}',
      negative: '{{indicatorEn}}Score {{score}} is negative',
      group: 'The scores of "{{group}}" add up to {{sum}} ({{expression}}), above its weight {{weight}}',
    },
    defaultOptions: {},
    examples: {
      valid: ['三级指标\t年度指标值\t实际完成值\t分值\t得分\n开展宣传活动\t=5场次\t5场次\t2\t2'],
      invalid: ['三级指标\t年度指标值\t实际完成值\t分值\t得分\n开展宣传活动\t=5场次\t5场次\t2\t3'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind === 'score-group-cap') {
        const stated = model.figures[relation.stated]!;
        const scores = relation.scores.map((id) => model.figures[id]!);
        const sum = scoreSum(scores);
        if (sum.minus(stated.value).gt(scoreTolerance([stated, ...scores]))) {
          const decimals = Math.max(0, ...scores.map((f) => f.writtenDecimals));
          yield {
            messageId: 'group',
            at: stated.span,
            data: { group: relation.group, sum: sum.toFixed(decimals), expression: scores.map((f) => f.digits).join(' + '), weight: stated.digits },
            related: scores.map((f) => ({ span: f.span, message: `得分 ${f.digits}` })),
          };
        }
        continue;
      }
      if (relation.kind !== 'score-weight') continue;
      const score = model.figures[relation.score]!;
      const weight = model.figures[relation.weight]!;
      // Named by its indicator (the row label) where the form gives one.
      const indicator = relation.indicator ? `“${relation.indicator}”` : '';
      const indicatorEn = relation.indicator ? `"${relation.indicator}": ` : '';
      if (score.value.isNeg()) yield { messageId: 'negative', at: score.span, data: { score: writtenNumber(score), indicator, indicatorEn } };
      else if (score.value.gt(weight.value)) {
        yield { messageId: 'exceeds', at: score.span, data: { score: score.digits, weight: weight.digits, indicator, indicatorEn }, related: [{ span: weight.span, message: `分值 ${weight.digits}` }] };
      }
    }
  },
});
