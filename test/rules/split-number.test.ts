import rule from '../../rules/split-number.js';
import { at, testRule } from '../rule-tester.js';

const spaced = '资金来源\t年初预算数\t全年预算数(A)\n资金总额\t3, 104, 531. 58\t3,647,981.22';
const across = '资金来源\t全年预算数(A)\t全年执行\t数(B)\t分值\n资金总额\t3,647,981.22\t3, 647\t7, 981. 22\t10\n人员类项目\t2,070,407.84\t2,070\t, 407. 84\t0';

testRule(rule, {
  valid: [
    '资金来源\t全年预算数(A)\t全年执行数(B)\n资金总额\t3,647,981.22\t3,647,981.22',
    // Prose numbers with ordinary separators.
    '部门预算收入3,256.40万元，其中一般公共预算拨款3,016.40万元。',
  ],
  invalid: [
    { name: 'OCR spaces inside a number', text: spaced, errors: [{ messageId: 'split', ...at(spaced, '3, 104, 531. 58'), data: { repaired: '3104531.58' } }] },
    {
      name: 'numbers split across cells under a split header',
      text: across,
      errors: [
        { messageId: 'split', line: 2, column: 19, endLine: 2, endColumn: 36, data: { repaired: '3647981.22' } },
        { messageId: 'split', line: 3, column: 20, endLine: 3, endColumn: 35, data: { repaired: '2070407.84' } },
      ],
    },
  ],
});
