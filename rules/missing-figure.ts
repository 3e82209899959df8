// missing-figure: a money unit with no number before it (`涉及一般公共预算支出万元`).
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'missing-figure',
    severity: 'error',
    description: 'A money unit with no number: 涉及一般公共预算支出万元 (not captions like （万元）)',
    rationale: 'A sentence that states an amount without its number was left unfinished; readers cannot know the sum, and the report is incomplete.',
    messages: {
      missing: '“{{text}}”缺少金额：{{unit}}前没有数字',
    },
    messagesEn: {
      missing: '"{{text}}" lacks its amount: no number before {{unit}}',
    },
    defaultOptions: {},
    examples: {
      valid: ['项目资金（万元）\n\n涉及一般公共预算支出61.57万元，单位：万元。'],
      invalid: ['涉及一般公共预算支出万元。'],
    },
  },
  *check(model) {
    for (const bare of model.bareUnits) {
      if (bare.header) continue;
      const text = model.source.slice(bare.span.start.offset, bare.span.end.offset);
      yield { messageId: 'missing', at: bare.span, data: { text, unit: bare.unit } };
    }
  },
});
