import rule from '../../rules/heading-sequence.js';
import { at, testRule } from '../rule-tester.js';

const gap = '一、部门基本情况\n\n内容。\n\n二、支出情况\n\n内容。\n\n四、存在的问题\n\n内容。';
const repeat = '（一）基本支出\n内容。\n（二）项目支出\n内容。\n（二）三公经费\n内容。';
const arabic = '二、绩效目标实现情况\n1.产出指标\n内容。\n2.效益指标\n内容。\n4.满意度指标\n内容。';
const unnumbered = '八、下一步改进措施\n\n加强预算管理。\n\n九、自评结果拟应用和公开情况\n\n按要求公开。\n\n其他需要说明的情况\n\n无';

testRule(rule, {
  valid: [
    // 3.0—6岁: the marker 3. before a range of ages.,
    '1.老年人健康管理。正文。\n\n2.慢性病患者健康管理。正文。\n\n3.0—6岁儿童健康管理。正文。',
    '一、部门基本情况\n（一）部门职能\n1、宣传贯彻。\n2、开展宣传。\n（二）人员构成\n内容。\n二、支出情况\n（一）收支情况\n内容。',
    // A list inside a paragraph is not a heading sequence.
    '（一）绩效目标\n1.让群众得到保障。2.按时间节点做好帮扶。4.对困难家庭救助。',
    // Table row numbers are not headings.
    '四、评价结论\n序号\t项目名称\t自评得分\n1\t宣传活动\t100分\n3\t保险项目\t97分',
    // A sub-list restarting at 1 under its parent is not a repeat.
    '（二）部门预算执行情况\n1、基本支出情况\n内容。\n2、项目支出情况\n1、专项资金安排。\n2、专项资金使用。\n（三）三公经费\n无',
    '# 自评报告\n\n## 一、基本情况\n\n内容。\n\n## 二、支出情况\n\n内容。',
  ],
  invalid: [
    { name: 'a gap', text: gap, errors: [{ messageId: 'gap', ...at(gap, '四、'), data: { marker: '四、', previous: '二、', expected: '三、' } }] },
    { name: 'a repeat', text: repeat, errors: [{ messageId: 'repeat', ...at(repeat, '（二）', 2), data: { expected: '（三）' } }] },
    { name: 'a gap in 1. 2. 4.', text: arabic, errors: [{ messageId: 'gap', ...at(arabic, '4.'), data: { expected: '3.' } }] },
    { name: 'an unnumbered standard title', text: unnumbered, errors: [{ messageId: 'unnumbered', ...at(unnumbered, '其他需要说明的情况'), data: { expected: '十、', previous: '九、' } }] },
  ],
});
