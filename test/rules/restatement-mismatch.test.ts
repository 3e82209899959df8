import rule from '../../rules/restatement-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const seed = '截止12月共发放住院护理补贴89200元（其中已发58200元）。\n\n2023年发放计生特殊家庭住院护理补贴69人次9.82万元。';
const reverse = '计生特殊家庭健康保险 2.3 万元。\n\n全年为计生特殊家庭购买计生特殊家庭健康保险 25950 元。';

testRule(rule, {
  valid: [
    '截止12月共发放住院护理补贴89200元。\n\n2023年发放计生特殊家庭住院护理补贴69人次8.92万元。',
    // The same label in the same unit is two items (two budgets), not a restatement.
    '基本支出办公费 5.49 万元。专项经费办公费 4.17 万元。',
    '计生特殊家庭健康保险 2.3 万元。\n\n全年为计生特殊家庭购买计生特殊家庭健康保险 22950 元。',
    // Two changes of different items, in different units: 比上年增加 names no item.
    '2024年收入合计86.50万元，比上年增加1.50万元。\n\n公用经费支出45,600元，比上年增加12,300元，主要是办公费增加。',
  ],
  invalid: [
    { name: '89200元 restated as 9.82万元', text: seed, errors: [{ messageId: 'mismatch', ...at(seed, '9.82万元'), data: { first: '89200 元', second: '9.82 万元' } }] },
    { name: '万元 first, 元 later', text: reverse, errors: [{ messageId: 'mismatch', ...at(reverse, '25950 元'), data: { label: '计生特殊家庭健康保险' } }] },
  ],
});
