import rule from '../../rules/share-sum-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const bad = '2023年基本支出89.13万元，其中：人员经费53.39万元，占基本支出的59.90%；公用经费35.74万元，占基本支出的42.10%。';

testRule(rule, {
  valid: [
    // 90.11 + 9.9 = 100.01: within the rounding of the two shares.
    '2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占基本支出的 90.11% ，公用经费 21.61 万元，占基本支出的 9.9 %。',
    '2023年基本支出89.13万元，其中：人员经费53.39万元，占基本支出的59.90%；公用经费35.74万元，占基本支出的40.10%。',
    // A partial list: the shares need not reach 100%.
    '项目支出 50 万元，主要包括宣传经费 20 万元，占 40%，培训经费 10 万元，占 20%。',
  ],
  invalid: [
    { name: 'two shares', text: bad, errors: [{ messageId: 'mismatch', ...at(bad, '42.10%'), data: { sum: '102.00', expression: '59.90% + 42.10%' } }] },
  ],
});
