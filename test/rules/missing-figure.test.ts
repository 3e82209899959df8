import rule from '../../rules/missing-figure.js';
import { at, testRule } from '../rule-tester.js';

const seed = '等4个一级项目开展了重点评价，涉及一般公共预算支出万元。从评价情况来看，项目完成良好。';
const yuan = '为计生特殊家庭购买健康保险，共计元，覆盖153人。';
const twoGaps = '2024年基本支出万元，其中人员经费 62.27 万元，公用经费亿元。';
const cell = '项目\t预算数\t执行数\n宣传经费\t5.00万元\t支出万元';

testRule(rule, {
  valid: [
    // A unit declared, no amount meant.,
    '本报告中金额单位除特别注明外均为万元。',
    '各项金额按万元保留两位小数。',
    '表中金额以万元为单位。',
    '涉及一般公共预算支出61.57万元，占28.81%。',
    '部门收支预决算情况（单位：万元）',
    '项目名称\t预算数（万元）\t执行数（万元）\n宣传经费\t5.00\t5.00',
    '| 项目 | 金额(元) |\n| --- | --- |\n| 保险 | 22950 |',
    '在元旦、春节、母亲节等重要时间节点开展宣传服务活动，推进多元化服务。',
    '全州各级协会共投入帮扶资金（含物资）360 余万元。',
    '每万元GDP能耗持续下降，个别农户成为万元户。',
    '救助金标准是2000元/人，补助标准1500元/人次。',
    '共筹集资金数万元，争取上百万元社会资金。',
    '资金(元) 运转类公用经费项目',
  ],
  invalid: [
    { name: 'seed 002: 支出万元', text: seed, errors: [{ messageId: 'missing', ...at(seed, '支出万元'), data: { text: '支出万元', unit: '万元' } }] },
    { name: 'a bare 元 after 共计', text: yuan, errors: [{ messageId: 'missing', ...at(yuan, '共计元'), data: { text: '共计元', unit: '元' } }] },
    {
      name: 'two gaps in one sentence',
      text: twoGaps,
      errors: [
        { messageId: 'missing', ...at(twoGaps, '支出万元'), data: { unit: '万元' } },
        { messageId: 'missing', ...at(twoGaps, '经费亿元'), data: { unit: '亿元' } },
      ],
    },
    { name: 'a table cell with a number missing', text: cell, errors: [{ messageId: 'missing', ...at(cell, '支出万元') }] },
  ],
});
