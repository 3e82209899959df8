// doc-number-format: 发文字号 must use 〔〕 (U+3014/3015).
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'doc-number-format',
    severity: 'warn',
    description: '发文字号 must bracket the year with 〔〕: not ﹝﹞, [], 【】, () or a missing 〕 (鹿发﹝2019﹞8号)',
    rationale: 'GB/T 9704 prescribes 〔〕 for the year of a document number; look-alike brackets also break searches for the cited document.',
    messages: {
      brackets: '发文字号“{{text}}”应使用六角括号〔〕：{{fixed}}',
      unclosed: '发文字号“{{text}}”缺少“〕”：{{fixed}}',
    },
    messagesEn: {
      brackets: 'Document number "{{text}}" must use "〔〕": {{fixed}}',
      unclosed: 'Document number "{{text}}" lacks its closing "〕": {{fixed}}',
    },
    defaultOptions: {},
    examples: {
      valid: ['根据《关于全面实施预算绩效管理的实施意见》（鹿发〔2019〕8号）文件要求开展自评。'],
      invalid: ['根据《关于全面实施预算绩效管理的实施意见》（鹿发﹝2019﹞8号）文件要求开展自评。'],
    },
  },
  *check(model) {
    for (const mark of model.marks) {
      if (mark.kind !== 'doc-number') continue;
      if (mark.open === '〔' && mark.close === '〕') continue;
      const fixed = mark.text.replace(/[〔﹝\[【(（][ \u3000]*(\d{4})[ \u3000]*[〕﹞\]】)）]?[ \u3000]*/, '〔$1〕');
      yield {
        messageId: mark.close === '' ? 'unclosed' : 'brackets',
        at: mark.span,
        data: { text: mark.text, fixed },
        suggestions: [{ desc: `改为“${fixed}”`, span: mark.span, text: fixed }],
      };
    }
  },
});
