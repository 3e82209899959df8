// score-exceeds-weight: a 得分 above its 分值, or negative.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'score-exceeds-weight',
    severity: 'error',
    description: 'A 得分 above its 分值, or a negative 得分, in a 自评表',
    rationale: 'An indicator cannot score more than its weight; a form that does inflates the total and the grade.',
    messages: {
      exceeds: '得分 {{score}} 超过分值 {{weight}}',
      negative: '得分 {{score}} 为负数',
    },
    messagesEn: {
      exceeds: 'Score {{score}} exceeds the weight {{weight}}',
      negative: 'Score {{score}} is negative',
    },
    defaultOptions: {},
    examples: {
      valid: ['三级指标\t年度指标值\t实际完成值\t分值\t得分\n开展宣传活动\t=5场次\t5场次\t2\t2'],
      invalid: ['三级指标\t年度指标值\t实际完成值\t分值\t得分\n开展宣传活动\t=5场次\t5场次\t2\t3'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'score-weight') continue;
      const score = model.figures[relation.score]!;
      const weight = model.figures[relation.weight]!;
      if (score.value.isNeg()) yield { messageId: 'negative', at: score.span, data: { score: score.digits } };
      else if (score.value.gt(weight.value)) {
        yield { messageId: 'exceeds', at: score.span, data: { score: score.digits, weight: weight.digits }, related: [{ span: weight.span, message: `分值 ${weight.digits}` }] };
      }
    }
  },
});
