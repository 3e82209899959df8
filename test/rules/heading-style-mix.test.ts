import rule from '../../rules/heading-style-mix.js';
import { at, testRule } from '../rule-tester.js';

const seed = '二、自评工作开展情况\n    （一）自评的组织工作\n对自评工作进行研究和部署。\n（2） 自评的方法和过程\n对照各实施项目的内容逐条逐项自评。\n    三、部门整体支出绩效目标实现情况\n（1） 总体绩效目标实现情况\n完成良好。\n（二）分项绩效目标实现情况\n（1）开展集中宣传服务活动\n内容。\n（2）投保计划生育系列保险\n内容。';
const parent = '（二）部门预算执行情况\n\n1、基本支出情况\n\n内容。\n\n2、项目支出情况\n\n1、专项资金安排落实情况。\n\n2、专项资金实际使用情况。';
// The report numbers its second level （一）（二）: the odd one is the （1） that opens 二's list.
const usual = '一、部门基本情况\n（一）部门概况\n内容。\n（二）收支情况\n内容。\n二、绩效情况\n（1）总体目标\n内容。\n（二）分项目标\n内容。\n（三）问题\n内容。';
const dots = '三、绩效指标完成情况\n(一)产出指标\n内容。\n(二)效益指标\n内容。\n3.满意度指标\n内容。';

testRule(rule, {
  valid: [
    // A table of contents lists the top-level titles; the body's 一、 is not a sub-list of its 五、.
    '目  录\n一、部门概况\n二、收支情况\n三、存在的问题\n\n第一部分 部门概况\n\n一、部门概况\n\n（一）部门职能\n\n内容。\n\n二、收支情况\n\n内容。\n\n三、存在的问题\n\n无。',
    '一、部门基本情况\n（一）部门职能\n1.宣传贯彻。\n2.开展宣传。\n（二）人员构成\n（1）在编人员。\n（2）退休人员。\n二、支出情况',
    // Half-width and full-width parentheses are one style.
    '一、基本情况\n(一)部门职能\n内容。\n（二）人员构成\n内容。',
    '（一）绩效目标\n1.让群众得到保障。2.按时间节点做好帮扶。',
  ],
  invalid: [
    {
      name: 'seed 002: （2） after （一） and （二） after （1）',
      text: seed,
      errors: [
        { messageId: 'mix', ...at(seed, '（2）'), data: { first: '（一）' } },
        { messageId: 'mix', ...at(seed, '（二）'), data: { marker: '（二）', first: '（1）' } },
      ],
    },
    { name: 'a sub-list in its parent’s style', text: parent, errors: [{ messageId: 'parentStyle', ...at(parent, '1、', 2), data: { parent: '2、' } }] },
    {
      name: 'the first of a mixed level, when the report numbers that level like the others',
      text: usual,
      errors: [{ messageId: 'mix', ...at(usual, '（1）'), data: { marker: '（1）', first: '（二）', style: '（一）' } }],
    },
    { name: '3. after (一) (二)', text: dots, errors: [{ messageId: 'mix', ...at(dots, '3.'), data: { first: '(一)' } }] },
  ],
});
