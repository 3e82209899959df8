// grade-mismatch: a stated grade (优/良/中/差) against the band of its score.
import { DEFAULT_BANDS, gradeFor, gradeOf } from '../src/lexicon/grades.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'grade-mismatch',
    severity: 'error',
    description: 'A stated grade (优/良/中/差) outside the band of its score (优 ≥ 90, 良 ≥ 80, 中 ≥ 60); bands are options',
    rationale: 'The grade is what gets reported upward; a grade its own score does not reach overstates the evaluation.',
    messages: {
      mismatch: '得分 {{score}} 分对应等级“{{expected}}”，所写为“{{written}}”',
    },
    messagesEn: {
      mismatch: 'A score of {{score}} is graded "{{expected}}", the form says "{{written}}"',
    },
    defaultOptions: { bands: DEFAULT_BANDS },
    schema: { bands: { type: 'object', properties: Object.fromEntries(Object.keys(DEFAULT_BANDS).map((grade) => [grade, { type: 'number', minimum: 0, maximum: 100 }])) } },
    examples: {
      valid: ['序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t97分\t优'],
      invalid: ['序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t87分\t优'],
    },
  },
  *check(model, options: { bands: typeof DEFAULT_BANDS }) {
    const bands = { ...DEFAULT_BANDS, ...options.bands };
    for (const relation of model.relations) {
      if (relation.kind !== 'grade') continue;
      const score = model.figures[relation.score]!;
      // Bands are for a 100-point total; a 总分 out of 90 is a subtotal (the execution row is elsewhere).
      if (relation.outOf !== undefined && !model.figures[relation.outOf]!.value.eq(100)) continue;
      const written = gradeOf(relation.grade);
      if (!written) continue;
      const expected = gradeFor(score.value.toNumber(), bands);
      if (expected === written) continue;
      yield { messageId: 'mismatch', at: relation.gradeSpan, data: { score: score.digits, expected, written: relation.grade }, related: [{ span: score.span }] };
    }
  },
});
