import rule from '../../rules/score-rate-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const head = '资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\n';

const full = `${head}资金总额\t100.00\t100.00\t90.00\t10\t90.00\t9.8`;
const twenty = `${head}资金总额\t200.00\t200.00\t150.00\t20\t75.00\t16`;

testRule(rule, {
  valid: [
    `${head}资金总额\t100.00\t100.00\t90.00\t10\t90.00\t9`,
    // Execution above budget scores the full weight.
    `${head}资金总额\t100.00\t100.00\t105.00\t10\t105.00\t10`,
    `${head}资金总额\t3,104,531.58\t3,647,981.22\t3,500,000.00\t10\t95.94\t9.59`,
  ],
  invalid: [
    { name: 'a score above 分值 × 90% execution', text: full, errors: [{ messageId: 'mismatch', ...at(full, '9.8'), data: { computed: '9.00', written: '9.8' } }] },
    { name: 'a 20-point execution row', text: twenty, errors: [{ messageId: 'mismatch', ...at(twenty, '16'), data: { computed: '15.00' } }] },
  ],
});
