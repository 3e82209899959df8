import rule from '../../rules/growth-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const pct = '2024年募捐金额为50000元，较去年40000元增长35%。';
const down = '2024年“三公”经费支出12.5万元，较上年15万元下降20%。';
const direction = '县财政投入专项资金从2022年的7万元下降到2023年的21万元。';
const times = '2024年参训人数900人，比上年300人增长5倍。';
const fromTo = '项目区服务人数由1520人增加到1565人，增长8.56%。';
const difference = '2023年“三公”经费支出28.64万元，较上年的33.80万元减少5.16万元，下降12.57%。';
const byDifference = '2024年度部门决算收入合计1,523.46万元，比上年增加123.46万元，增长9.82%。';
const byDifferenceDown = '本年度公用经费支出186.35万元，较上年减少12.65万元，下降6.63%，主要原因是压减会议费。';
const fromToDown = '“三公”经费由15.60万元减少到12.48万元，下降了25.00%。';

testRule(rule, {
  valid: [
    '2024年募捐金额为50000元，较去年40000元增长25%。',
    '2024年“三公”经费支出12万元，较上年15万元下降20%。',
    '县财政投入专项资金逐年递减，从2022年的21万元下降到2023年的7万元。',
    // 增长2倍 = three times the old value: correct.
    '2024年参训人数900人，比上年300人增长2倍。',
    // 提升2.67倍 for a ratio of 2.67 is a phrasing problem (times-phrasing), not a wrong number.
    '2023年线上募捐金额为71811.16元（含配捐），较去年26848.57元大幅提升2.67倍。',
    // 由A到B, then the change stated for it.
    '项目区服务人数由1520人增加到1565人，增长2.96%。',
    '资金由52.00万元增加到56.50万元，增长了8.65%。',
    '“三公”经费由15.60万元减少到12.48万元，下降了20.00%。',
    // Integers stand for [519.5, 520.5] and [564.5, 565.5]: 8.45%–8.85% allows 8.56%.
    '粮食亩产由520公斤提高到565公斤，增长8.56%。',
    // Between two percentages a stated change may be points (here 7) or relative (8.2%): percentage-point-phrasing's matter.
    '群众满意度由85.0%提高到92.0%，提高了7.0%。',
    // The difference, then the percentage.
    '2023年“三公”经费支出28.64万元，较上年的33.80万元减少5.16万元，下降15.27%。',
    // The difference and the percentage, the earlier value unstated: 1,523.46 − 123.46 = 1,400.00.
    '2024年度部门决算收入合计1,523.46万元，比上年增加123.46万元，增长8.82%。',
    '本年度公用经费支出186.35万元，较上年减少12.65万元，下降6.36%，主要原因是压减会议费。',
    '全年资助学生3.86万人次，比上年增加0.34万人次，增长9.66%。',
    // After a list, whether the difference is the total's or the last part's is unclear.
    '收入合计1,523.46万元，其中财政拨款1,200.00万元，比上年增加123.46万元，增长9.82%。',
    // 增长N倍 after 由A到B is not read (only a percentage is): the finding would point at 增加到B.
    '资金由52.00万元增加到104.00万元，增长了5倍。',
    // The stated change runs the other way from the first verb: which one is meant is unclear.
    '资金由56.50万元下降到52.00万元，增长10%。',
  ],
  invalid: [
    { name: 'growth percentage', text: pct, errors: [{ messageId: 'percent', ...at(pct, '35%'), data: { computed: '25.0', written: '35' } }] },
    { name: 'decline percentage', text: down, errors: [{ messageId: 'percent', ...at(down, '20%'), data: { computed: '16.7' } }] },
    { name: '下降 where it rose', text: direction, errors: [{ messageId: 'direction', ...at(direction, '下降到2023年的21万元'), data: { verb: '下降', actual: '增加' } }] },
    { name: '由A增加到B，增长p%', text: fromTo, errors: [{ messageId: 'percent', ...at(fromTo, '8.56%'), data: { computed: '2.96', written: '8.56', verb: '增加' } }] },
    { name: '由A减少到B，下降p%', text: fromToDown, errors: [{ messageId: 'percent', ...at(fromToDown, '25.00%'), data: { computed: '20.00', written: '25.00' } }] },
    { name: '较A减少D，下降p%', text: difference, errors: [{ messageId: 'percent', ...at(difference, '12.57%'), data: { computed: '15.27', written: '12.57', verb: '下降' } }] },
    {
      name: '比上年增加D，增长p%',
      text: byDifference,
      errors: [{ messageId: 'percentOfChange', ...at(byDifference, '9.82%'), message: '上年为 1,400.00 万元（1,523.46 万元 − 123.46 万元），增长 123.46 万元 即增长 8.82%，所写为 9.82%', data: { computed: '8.82', written: '9.82' } }],
    },
    { name: '较上年减少D，下降p%', text: byDifferenceDown, errors: [{ messageId: 'percentOfChange', ...at(byDifferenceDown, '6.63%'), data: { previous: '199.00 万元', computed: '6.36', written: '6.63', direction: '下降' } }] },
    { name: '增长N倍 that is neither reading', text: times, errors: [{ messageId: 'times', ...at(times, '增长5倍'), data: { ratio: '3.00', growth: '2.00' } }] },
  ],
});
