import rule from '../../rules/growth-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const pct = '2024年募捐金额为50000元，较去年40000元增长35%。';
const down = '2024年“三公”经费支出12.5万元，较上年15万元下降20%。';
const direction = '县财政投入专项资金从2022年的7万元下降到2023年的21万元。';
const times = '2024年参训人数900人，比上年300人增长5倍。';

testRule(rule, {
  valid: [
    '2024年募捐金额为50000元，较去年40000元增长25%。',
    '2024年“三公”经费支出12万元，较上年15万元下降20%。',
    '县财政投入专项资金逐年递减，从2022年的21万元下降到2023年的7万元。',
    // 增长2倍 = three times the old value: correct.
    '2024年参训人数900人，比上年300人增长2倍。',
    // 提升2.67倍 for a ratio of 2.67 is a phrasing problem (times-phrasing), not a wrong number.
    '2023年线上募捐金额为71811.16元（含配捐），较去年26848.57元大幅提升2.67倍。',
  ],
  invalid: [
    { name: 'growth percentage', text: pct, errors: [{ messageId: 'percent', ...at(pct, '35%'), data: { computed: '25.0', written: '35' } }] },
    { name: 'decline percentage', text: down, errors: [{ messageId: 'percent', ...at(down, '20%'), data: { computed: '16.7' } }] },
    { name: '下降 where it rose', text: direction, errors: [{ messageId: 'direction', ...at(direction, '下降到2023年的21万元'), data: { verb: '下降', actual: '增加' } }] },
    { name: '增长N倍 that is neither reading', text: times, errors: [{ messageId: 'times', ...at(times, '增长5倍'), data: { ratio: '3.00', growth: '2.00' } }] },
  ],
});
