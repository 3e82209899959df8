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
    description: 'Leftovers of Word/PDF conversion and templates: [bookmark: _GoBack], （此页为封面） in the body, XX/×× placeholders, （填写说明）, a sentence split across two paragraphs',
    rationale: 'Conversion marks and template placeholders in a published report show it was not proofread, and a placeholder may hide a missing figure.',
    messages: {
      artifact: '“{{text}}”是{{what}}，应删除或替换',
      brokenParagraph: '段落停在“{{text}}”，没有句末标点，下一段以“{{next}}”接着写：像是一句话被转换拆成了两段，应合并（若是两句，补上句末标点）',
    },
    messagesEn: {
      artifact: '"{{text}}" is a leftover ({{artifact}}); remove or replace it',
      brokenParagraph: 'The paragraph stops at "{{text}}" without a full stop and the next one goes on with "{{next}}": it looks like one sentence split in two by conversion; join them (or, if they are two sentences, end the first with a full stop)',
    },
    defaultOptions: {},
    examples: {
      valid: ['2025 年度整体支出绩效自评报告\n\n（此页为封面）\n\n一、基本情况\n\n2.健全支出管控机制。'],
      invalid: ['一、基本情况\n\n[bookmark: _GoBack]2.健全支出管控机制。', '一、基本情况\n\n本会内设办公室、业务部，人员稳定。\n\n全年收入 86.88 万元，支出 86.88 万元。\n\n项目按计划实施，完成率 100%。\n\n群众满意度 95%，较上年提高。\n\n全年共投入 22950 元为计生特殊家庭购买健康保险，发\n\n放住院护理补贴 19500 元。'],
    },
  },
  *check(model) {
    for (const mark of model.marks) {
      if (mark.kind === 'broken-paragraph') {
        yield { messageId: 'brokenParagraph', at: mark.span, data: { text: mark.text, next: mark.next } };
        continue;
      }
      if (mark.kind !== 'artifact') continue;
      yield { messageId: 'artifact', at: mark.span, data: { text: mark.text, artifact: mark.artifact, what: WHAT[mark.artifact] ?? mark.artifact } };
    }
  },
});
