// split-number: a number broken by OCR spaces or across cells; the repaired value is what other rules use.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'split-number',
    severity: 'warn',
    description: 'A number broken by OCR spaces (3, 104, 531. 58) or across table cells; other rules use the repaired value',
    rationale: 'GB/T 9704 never wraps a number, so a split number is an extraction artefact; the source should be fixed so others can copy the figure.',
    messages: {
      split: '数字“{{written}}”被拆开，已按 {{repaired}} 读取',
    },
    messagesEn: {
      split: 'The number "{{written}}" is broken up; read as {{repaired}}',
    },
    defaultOptions: {},
    examples: {
      valid: ['资金来源\t全年预算数(A)\t全年执行数(B)\n资金总额\t3,647,981.22\t3,647,981.22'],
      invalid: ['资金来源\t全年预算数(A)\t全年执行数(B)\n资金总额\t3,647,981.22\t3, 647, 981. 22'],
    },
  },
  *check(model) {
    for (const figure of model.figures) {
      if (!figure.repaired || figure.fragmentOf !== undefined) continue;
      const written = model.source.slice(figure.numberSpan.start.offset, figure.numberSpan.end.offset).replace(/\t/g, ' ⇥ ');
      yield { messageId: 'split', at: figure.numberSpan, data: { written, repaired: figure.digits } };
    }
  },
});
