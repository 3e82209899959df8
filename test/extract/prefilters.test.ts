// The cheap checks that let scanMarks skip a regular expression must never skip a line the
// expression would match: property tests over text made of the characters that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOUBLED, mayDouble, mayRepeat, REPEATED } from '../../src/extract/wording.js';

// Few distinct characters, so repeats are common: BMP and astral Han, separators, Latin, digits.
const unit = fc.constantFrom('项', '目', '资', '金', '管', '理', '𠀋', '𡈽', '，', '、', '；', ' ', 'a', '1', '\n');
const text = fc.array(unit, { maxLength: 120 }).map((units) => units.join(''));
const phrase = fc.array(fc.constantFrom('项', '目', '资', '金', '𠀋', '𡈽'), { minLength: 2, maxLength: 20 }).map((units) => units.join(''));
/** Text with a phrase repeated back to back, maybe with a separator, somewhere in it. */
const planted = fc.tuple(text, phrase, fc.constantFrom('', '，', '、', '；'), text).map(([before, p, sep, after]) => `${before}${p}${sep}${p}${after}`);

describe('scanMarks prefilters', () => {
  it.each([
    ['mayRepeat', mayRepeat, 'REPEATED', REPEATED],
    ['mayDouble', mayDouble, 'DOUBLED', DOUBLED],
  ] as const)('%s holds wherever %s matches', (_name, prefilter, _re, re) => {
    fc.assert(
      fc.property(fc.oneof(text, planted), (t) => {
        re.lastIndex = 0;
        if (re.test(t)) expect(prefilter(t)).toBe(true);
        re.lastIndex = 0;
      }),
      { numRuns: 3000 },
    );
  });

  it('both pass over text without repeats', () => {
    expect(mayRepeat('根据年初设定的绩效目标，按时间节点完成各项活动。')).toBe(false);
    expect(mayDouble('根据年初设定的绩效目标，按时间节点完成各项活动。')).toBe(false);
    expect(mayRepeat('严格执行财务制度严格执行财务制度')).toBe(true);
    expect(mayDouble('𠀋𡈽𠀋𡈽')).toBe(true);
  });
});
