// Code that replaced regular expressions which could take super-linear (or exponential) time
// reads exactly what those expressions read: property tests against the old expressions, on
// short texts made of the characters that matter (where the old expressions are still quick).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareTail } from '../../src/extract/relations/shares.js';
import { lastClause, stripNoiseEnd } from '../../src/extract/relations/tokens.js';

const textOf = (chars: string[], maxLength: number) => fc.array(fc.constantFrom(...chars), { maxLength }).map((units) => units.join(''));

describe('replacements of backtracking regular expressions', () => {
  it('stripNoiseEnd takes off what (?:为|是|达到|…)+$ took off', () => {
    const old = /(?:为|是|达到|达|约|共计|合计|共|计|总计|累计|了|的)+$/;
    fc.assert(
      fc.property(textOf(['为', '是', '达', '到', '约', '共', '计', '合', '总', '累', '了', '的', '甲'], 14), (label) => {
        expect(stripNoiseEnd(label)).toBe(label.replace(old, ''));
      }),
      { numRuns: 5000 },
    );
  });

  it('a test on lastClause is the test of X[^，,。；;]*$', () => {
    const chars = ['从', '由', '较', '比', '上', '年', '占', '，', ',', '。', '；', ';', '甲', '（'];
    const pairs: Array<[RegExp, RegExp]> = [
      [/(?:从|由)[^，,。；;]*$/, /从|由/],
      [/(?:较|比|同比|相比|比上年|较上年|较去年|与上年相比)[^，,。；;]*$/, /较|比|同比|相比|比上年|较上年|较去年|与上年相比/],
      [/占[^，,。；;]*$/, /占/],
    ];
    fc.assert(
      fc.property(textOf(chars, 20), (text) => {
        for (const [old, now] of pairs) expect(now.test(lastClause(text)), `${old} on ${text}`).toBe(old.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('shareTail reads the subject and the whole that SHARE_TAIL read', () => {
    const old = /([^，,。；;（(]*)占([^占，,。；;]*?)(?:的)?(?:比例|比重)?(?:为|达|约)?$/;
    const chars = ['占', '的', '比', '例', '重', '为', '达', '约', '，', '。', '；', '（', '(', '）', '甲', '乙'];
    fc.assert(
      fc.property(textOf(chars, 18), (text) => {
        const m = old.exec(text);
        expect(shareTail(text)).toEqual(m ? { subject: m[1], whole: m[2] } : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('read the inputs that made the old expressions take exponential or quadratic time', () => {
    expect(stripNoiseEnd(`人员经费${'共计'.repeat(50_000)}`)).toBe('人员经费');
    expect(shareTail(`${'占'.repeat(50_000)}基本支出的`)).toEqual({ subject: '占'.repeat(49_999), whole: '基本支出' });
    expect(lastClause('从'.repeat(100_000))).toHaveLength(100_000);
  });
});
