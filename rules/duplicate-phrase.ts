// duplicate-phrase: a phrase of four or more characters repeated back to back, or a doubled word.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'duplicate-phrase',
    severity: 'warn',
    description: 'A phrase of ≥ 4 characters repeated back to back (从评价情况来看，从评价情况来看), or a doubled word (对象对象)',
    rationale: 'Repeated phrases are copy-paste slips that make a published report look careless.',
    messages: {
      phrase: '“{{phrase}}”紧接着重复出现',
      word: '“{{word}}{{word}}”疑为重复字词',
    },
    messagesEn: {
      phrase: '"{{phrase}}" is repeated back to back',
      word: '"{{word}}{{word}}" looks like a doubled word',
    },
    defaultOptions: {},
    examples: {
      valid: ['从评价情况来看，根据年初设定的绩效目标，按时完成各项活动，要研究研究下一步工作。'],
      invalid: ['从评价情况来看，从评价情况来看，根据年初设定的绩效目标，按时完成各项活动。'],
    },
  },
  *check(model) {
    for (const mark of model.marks) {
      if (mark.kind === 'repeated-phrase') {
        yield {
          messageId: 'phrase',
          at: mark.span,
          data: { phrase: mark.phrase },
          related: [{ span: mark.first }],
          suggestions: [{ desc: '删除重复的部分', span: { start: mark.first.end, end: mark.span.end }, text: '' }],
        };
      } else if (mark.kind === 'doubled-word') {
        yield { messageId: 'word', at: mark.span, data: { word: mark.word }, suggestions: [{ desc: '删除重复的词', span: mark.span, text: '' }] };
      }
    }
  },
});
