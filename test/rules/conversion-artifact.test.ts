import rule from '../../rules/conversion-artifact.js';
import { at, testRule } from '../rule-tester.js';

const bookmark = '（二）针对问题提出具体的改进措施\n1.严把预算源头关口。\n[bookmark: _GoBack]2.健全支出管控机制。';
const placeholder = '一、部门基本情况\n\nXX县计划生育协会核定编制××人，2024年支出XX万元。';
const cover = '一、部门基本情况\n\n内容。\n\n（此页为封面）\n\n二、支出情况';
const template = '（一）综合评价结论（主要反映自评得分及评价等级）\n\n自评得分98分。';
const fieldError = '详见附表错误！未定义书签。';

testRule(rule, {
  valid: [
    // A cover page may say it is the cover.
    '2025 年度岳阳市计划生育协会整体支出绩效自评报告\n\n部门（单位）名称：（盖章）\n\n（此页为封面）\n\n一、部门（单位）基本情况\n\n内容。',
    '推进PPP项目和XXL码服装采购。',
    '（一）综合评价结论。自评得分98分，评价等级为优。',
  ],
  invalid: [
    { name: 'a Word bookmark', text: bookmark, errors: [{ messageId: 'artifact', ...at(bookmark, '[bookmark: _GoBack]'), data: { artifact: 'bookmark' } }] },
    {
      name: 'placeholders',
      text: placeholder,
      errors: [
        { messageId: 'artifact', ...at(placeholder, 'XX'), data: { artifact: 'placeholder' } },
        { messageId: 'artifact', ...at(placeholder, '××'), data: { artifact: 'placeholder' } },
        { messageId: 'artifact', ...at(placeholder, 'XX', 2), data: { artifact: 'placeholder' } },
      ],
    },
    { name: 'a cover marker in the body', text: cover, errors: [{ messageId: 'artifact', ...at(cover, '（此页为封面）'), data: { artifact: 'cover' } }] },
    { name: 'a template instruction', text: template, errors: [{ messageId: 'artifact', ...at(template, '（主要反映自评得分及评价等级）'), data: { artifact: 'template' } }] },
    { name: 'a Word field error', text: fieldError, errors: [{ messageId: 'artifact', ...at(fieldError, '错误！未定义书签。'), data: { artifact: 'field-error' } }] },
  ],
});
