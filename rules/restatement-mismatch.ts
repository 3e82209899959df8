// restatement-mismatch: one item stated twice, in 元 and in 万元, with values that cannot both hold.
import { sameFigure, showFigure } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'restatement-mismatch',
    severity: 'warn',
    description: 'The same item stated twice in different units (89200元 … 8.92万元) with values that cannot both hold',
    rationale: 'Reports restate the same amount in 元 and 万元 in different sections; when the two disagree beyond rounding, one of them was not updated.',
    messages: {
      mismatch: '“{{label}}”前文为 {{first}}，此处为 {{second}}，两者不一致',
    },
    messagesEn: {
      mismatch: '"{{label}}" was {{first}} earlier and is {{second}} here; they disagree',
    },
    defaultOptions: {},
    examples: {
      valid: ['截止12月共发放住院护理补贴89200元。\n\n2023年发放住院护理补贴8.92万元。'],
      invalid: ['截止12月共发放住院护理补贴89200元。\n\n2023年发放住院护理补贴9.82万元。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'restatement') continue;
      const first = model.figures[relation.first]!;
      const second = model.figures[relation.second]!;
      // Restating changes precision: compare at the precision each was written with.
      if (sameFigure(first, second, (f) => f.writtenDecimals)) continue;
      yield {
        messageId: 'mismatch',
        at: second.span,
        data: { label: relation.label, first: showFigure(first), second: showFigure(second) },
        related: [{ span: first.span, message: showFigure(first) }],
      };
    }
  },
});
