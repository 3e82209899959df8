import rule from '../../rules/score-rate-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const head = '资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\n';

const full = `${head}资金总额\t100.00\t100.00\t90.00\t10\t90.00\t9.8`;
const twenty = `${head}资金总额\t200.00\t200.00\t150.00\t20\t75.00\t16`;
/** The place of the last `needle` in `text` (the 得分 cell closes the row). */
const atLast = (text: string, needle: string) => at(text, needle, text.split(needle).length - 1);
const review = `${head}资金总额\t1,256.38\t1,256.38\t1,158.00\t10\t92.17\t10`;
const over = `${head}资金总额\t100.00\t100.00\t105.00\t10\t105.00\t9`;

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
    {
      name: 'plain wording: the score as 分值 × rate, in 分',
      text: review,
      errors: [{ messageId: 'mismatch', ...atLast(review, '10'), message: '执行率得分应为 10 × 92.17% = 9.22 分，表中为 10 分' }],
    },
    {
      name: 'the cap at 100% said in words where it applies',
      text: over,
      errors: [{ messageId: 'capped', ...atLast(over, '9'), data: { rate: '105.00', computed: '10.00' }, message: '执行率 105.00% 超过 100%，按 100% 计，执行率得分应为 10 × 100% = 10.00 分，表中为 9 分' }],
    },
  ],
});
