// The rule tester's own contract: a quick fix the rule gives must be stated by the case, with its
// text and range; a case that leaves it out, or states another, does not match.
import { describe, expect, it } from 'vitest';
import jiezhi from '../rules/jiezhi-usage.js';
import { actualDiagnostics, at, runRule, type InvalidCase } from './rule-tester.js';

const text = '截止2024年12月31日，项目已全部完工。';
const where = at(text, '截止');

describe('rule tester', () => {
  const messages = runRule(jiezhi, text);

  it('puts the quick fix, its text and its range, beside each diagnostic that has one', () => {
    const stated: InvalidCase = { text, errors: [{ messageId: 'jiezhi', ...where, suggestions: [{ desc: '改为“截至”', text: '截至', ...where }] }] };
    expect(actualDiagnostics(stated, messages)).toEqual(stated.errors);
  });

  it('does not match a case that leaves the quick fix out', () => {
    const silent: InvalidCase = { text, errors: [{ messageId: 'jiezhi', ...where }] };
    expect(actualDiagnostics(silent, messages)).not.toEqual(silent.errors);
  });

  it('does not match a case that states another replacement or range', () => {
    const otherText: InvalidCase = { text, errors: [{ messageId: 'jiezhi', ...where, suggestions: [{ desc: '改为“截至”', text: '截止', ...where }] }] };
    const otherRange: InvalidCase = { text, errors: [{ messageId: 'jiezhi', ...where, suggestions: [{ desc: '改为“截至”', text: '截至', ...at(text, '2024') }] }] };
    expect(actualDiagnostics(otherText, messages)).not.toEqual(otherText.errors);
    expect(actualDiagnostics(otherRange, messages)).not.toEqual(otherRange.errors);
  });

  it('states a fix on the second line by that line and its column', () => {
    const twoLines = `项目情况如下。\n${text}`;
    const found = runRule(jiezhi, twoLines);
    const c: InvalidCase = { text: twoLines, errors: [{ messageId: 'jiezhi', line: 2, column: 1, endLine: 2, endColumn: 3, suggestions: [{ desc: '改为“截至”', text: '截至', line: 2, column: 1, endLine: 2, endColumn: 3 }] }] };
    expect(actualDiagnostics(c, found)).toEqual(c.errors);
  });
});
