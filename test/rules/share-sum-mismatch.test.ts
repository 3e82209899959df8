import rule from '../../rules/share-sum-mismatch.js';
import { at, testRule } from '../rule-tester.js';

import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';

// 42.10% is wrong by its own amounts (35.74 ÷ 89.13 = 40.10%): share-mismatch says so, and with it corrected the sum adds up.
const oneSlip = '2023年基本支出89.13万元，其中：人员经费53.39万元，占基本支出的59.90%；公用经费35.74万元，占基本支出的42.10%。';
// Each share is its part ÷ the whole, but the parts are not the whole: the sum is wrong on its own.
const bad = '2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占比 90.11% ，公用经费 31.61 万元，占比 14.47 %。';
// 88.2% is wrong (86.2%), and the parts are not the whole either: with 88.2% corrected the shares still add to 102.8%.
const twoSlips = '2025年度基本支出362.50万元，其中人员经费312.40万元，占基本支出的88.2%，公用经费60.10万元，占基本支出的16.6%。';

testRule(rule, {
  valid: [
    // 90.11 + 9.9 = 100.01: within the rounding of the two shares.
    '2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占基本支出的 90.11% ，公用经费 21.61 万元，占基本支出的 9.9 %。',
    '2023年基本支出89.13万元，其中：人员经费53.39万元，占基本支出的59.90%；公用经费35.74万元，占基本支出的40.10%。',
    // A partial list: the shares need not reach 100%.
    '项目支出 50 万元，主要包括宣传经费 20 万元，占 40%，培训经费 10 万元，占 20%。',
    oneSlip,
    '2025年度基本支出362.50万元，其中人员经费312.40万元，占基本支出的88.2%，公用经费50.10万元，占基本支出的13.8%。',
  ],
  invalid: [
    { name: 'two shares of parts that are not the whole', text: bad, errors: [{ messageId: 'mismatch', ...at(bad, '14.47 %'), data: { sum: '104.58', expression: '90.11% + 14.47%' } }] },
  ],
});

describe('one slip in a share, one finding', () => {
  it('a wrong share gives share-mismatch at it and no sum finding on the correct share', () => {
    const text = '2025年度基本支出362.50万元，其中人员经费312.40万元，占基本支出的88.2%，公用经费50.10万元，占基本支出的13.8%。';
    const found = lint(text).messages.map((m) => [m.ruleId, m.column, m.endColumn]);
    const share = at(text, '88.2%');
    expect(found).toEqual([['share-mismatch', share.column, share.endColumn]]);
  });
  it('a sum that stays wrong with the wrong share corrected is still reported', () => {
    const found = lint(twoSlips).messages.filter((m) => m.ruleId.startsWith('share')).map((m) => [m.ruleId, m.column, m.data?.sum]);
    expect(found).toEqual([
      ['share-mismatch', at(twoSlips, '88.2%').column, undefined],
      ['share-sum-mismatch', at(twoSlips, '16.6%').column, '104.8'],
    ]);
  });
});
