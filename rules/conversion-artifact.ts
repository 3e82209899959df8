// conversion-artifact: leftovers of Word/PDF conversion and templates.
import { defineRule } from '../src/rule.js';

const WHAT: Record<string, string> = {
  bookmark: 'Word 书签或对象标记',
  'field-error': 'Word 域代码错误',
  cover: '模板中的封面提示',
  placeholder: '未替换的占位符',
  template: '模板中的填写说明',
};

export default defineRule({
  meta: {
    id: 'conversion-artifact',
    severity: 'warn',
    description: 'Leftovers of Word/PDF conversion and templates: [bookmark: _GoBack], （此页为封面） in the body, XX/×× placeholders, （填写说明）',
    rationale: 'Conversion marks and template placeholders in a published report show it was not proofread, and a placeholder may hide a missing figure.',
    messages: {
      artifact: '“{{text}}”是{{what}}，应删除或替换',
    },
    messagesEn: {
      artifact: '"{{text}}" is a leftover ({{artifact}}); remove or replace it',
    },
    defaultOptions: {},
    examples: {
      valid: ['2025 年度整体支出绩效自评报告\n\n（此页为封面）\n\n一、基本情况\n\n2.健全支出管控机制。'],
      invalid: ['一、基本情况\n\n[bookmark: _GoBack]2.健全支出管控机制。'],
    },
  },
  *check(model) {
    for (const mark of model.marks) {
      if (mark.kind !== 'artifact') continue;
      yield { messageId: 'artifact', at: mark.span, data: { text: mark.text, artifact: mark.artifact, what: WHAT[mark.artifact] ?? mark.artifact } };
    }
  },
});
