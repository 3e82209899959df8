// stray-latin: an English word inside Chinese prose (队伍建设 and 业务指导); acronyms and units allowed.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'stray-latin',
    severity: 'warn',
    description: 'An English word inside Chinese prose (队伍建设 and 业务指导); acronyms (PPP, GDP, APP) and units are fine',
    rationale: 'An English word in Chinese prose is usually a machine-translation or typing slip (and for 和).',
    messages: {
      latin: '中文正文中出现英文单词“{{word}}”',
    },
    messagesEn: {
      latin: 'English word "{{word}}" inside Chinese prose',
    },
    defaultOptions: {},
    examples: {
      valid: ['推进PPP项目和APP建设，人均GDP稳步增长，平均每天处理垃圾5 kg。'],
      invalid: ['加强队伍建设，抓好绩效评价管理部门的队伍建设 and 业务指导。'],
    },
  },
  *check(model) {
    for (const mark of model.marks) {
      if (mark.kind !== 'latin-word') continue;
      yield { messageId: 'latin', at: mark.span, data: { word: mark.word }, ...(mark.word === 'and' ? { suggestions: [{ desc: '改为“和”', span: mark.span, text: '和' }] } : {}) };
    }
  },
});
