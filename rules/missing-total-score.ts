// missing-total-score: a 总分 cell left empty while a grade is given.
import { Decimal } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'missing-total-score',
    severity: 'warn',
    description: 'A 总分 cell left empty while a grade is given',
    rationale: 'A grade without the total it rests on cannot be checked; reviewers send such forms back.',
    messages: {
      missing: '总分为空，却给出了等级“{{grade}}”',
      missingWithSum: '总分为空，却给出了等级“{{grade}}”（各项得分之和为 {{sum}}）',
    },
    messagesEn: {
      missing: 'The total score is empty, yet the grade "{{grade}}" is given',
      missingWithSum: 'The total score is empty, yet the grade "{{grade}}" is given (the scores add up to {{sum}})',
    },
    defaultOptions: {},
    examples: {
      valid: ['一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t30\t28\n总分\t\t30\t28\n\n自评等级：优'],
      invalid: ['一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t30\t28\n总分\t\t\t\n\n自评等级：优'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'score-total' || relation.total !== null || !relation.grade) continue;
      const scores = relation.scores.map((id) => model.figures[id]!.value);
      const total = scores.reduce((a, b) => a.plus(b), new Decimal(0));
      // The sum of the scores, when every score of the form was read.
      const withSum = relation.complete && scores.length > 0;
      yield {
        messageId: withSum ? 'missingWithSum' : 'missing',
        at: relation.totalSpan,
        data: { grade: relation.grade.text, ...(withSum ? { sum: total.toString() } : {}) },
        related: [{ span: relation.grade.span }],
      };
    }
  },
});
