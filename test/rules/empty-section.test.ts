import rule from '../../rules/empty-section.js';
import { at, testRule } from '../rule-tester.js';

const seed = '八、下一步改进措施\n\n加强预算管理。\n\n九、部门整体支出绩效自评结果拟应用和公开情况\n\n十、其他需要说明的情况\n\n无';
const atEnd = '一、部门基本情况\n\n内容。\n\n二、存在的问题及原因分析';
const sub = '（一）基本支出情况\n内容。\n（二）项目支出情况\n（三）三公经费\n无';
// Seed 003 ends with its last template title unnumbered and unfilled.
// A numbered table of contents, then the body, where 四、 is left empty.
const contents = '目  录\n一、部门概况\n二、存在的问题\n三、改进措施\n\n一、部门概况\n\n内容。\n\n二、存在的问题\n\n三、改进措施\n\n加强管理。';
const unnumberedLast = '九、部门整体支出绩效自评结果拟应用和公开情况\n\n自评结果将在部门网站公开。\n\n其他需要说明的情况\n';

testRule(rule, {
  valid: [
    // A body of 无, 本单位无此项开支 or 见附表 is content.
    '（三）"三公"经费使用和管理情况\n\n本单位无此项开支\n\n（四）综合评价结论\n\n见附表\n\n九、其他需要说明的情况\n\n无',
    // A heading followed by its own sub-headings is not empty.
    '二、部门整体支出管理及使用情况\n\n（一）预算执行总体情况\n\n内容。',
    // A run-on heading has its content on the same line.
    '（一）综合评价结论。自评得分98分，评价等级为优。\n\n（二）评价指标分析\n\n内容。',
    // A table is content.
    '四、评价结论和评价等级\n序号\t项目名称\t自评得分\n1\t宣传活动\t100分\n五、存在的问题\n无',
    // List items written as sentences are not section titles.
    '（一）主要职能\n1.负责计划生育宣传工作。\n2.承办交办的其他工作。\n（二）人员情况\n在编4人。',
    // Unnumbered template titles in a table of contents, one after another, then the text.
    '目录\n\n部门基本情况\n\n存在的问题及原因分析\n\n下一步改进措施\n\n一、部门基本情况\n\n内容。',
    // A numbered table of contents (with leader dots and page numbers, one entry a paragraph): its
    // entries are not sections.
    '目录\n\n一、部门概况……1\n\n二、存在的问题……5\n\n三、改进措施……6\n\n一、部门概况\n\n内容。\n\n二、存在的问题\n\n无。\n\n三、改进措施\n\n加强管理。',
    // An unnumbered last title with 无 under it.
    '八、下一步改进措施\n\n加强预算管理。\n\n其他需要说明的情况\n\n无',
  ],
  invalid: [
    { name: 'seed 003: 九、 followed by 十、', text: seed, errors: [{ messageId: 'empty', ...at(seed, '九、部门整体支出绩效自评结果拟应用和公开情况') }] },
    { name: 'a heading at the end', text: atEnd, errors: [{ messageId: 'empty', ...at(atEnd, '二、存在的问题及原因分析') }] },
    { name: 'an unnumbered template title at the end', text: unnumberedLast, errors: [{ messageId: 'empty', ...at(unnumberedLast, '其他需要说明的情况') }] },
    { name: 'an empty section after a table of contents', text: contents, errors: [{ messageId: 'empty', ...at(contents, '二、存在的问题', 2) }] },
    { name: 'a sub-section', text: sub, errors: [{ messageId: 'empty', ...at(sub, '（二）项目支出情况') }] },
  ],
});
