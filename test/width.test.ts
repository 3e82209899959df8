// The caret's display width agrees with string-width on every character it measures itself.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import { displayWidth } from '../src/format/width.js';

// Counts string-width's calls, to show which text displayWidth measures itself.
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('string-width', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => number }).default;
  return {
    default: (text: string) => {
      calls.count++;
      return real(text);
    },
  };
});

/** Every BMP character but the lone surrogates. */
const bmp: string[] = [];
for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) bmp.push(String.fromCharCode(code));

describe('displayWidth', () => {
  it('gives string-width’s width for every single BMP character', () => {
    const differ = bmp.filter((c) => displayWidth(c) !== stringWidth(c)).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')} ${displayWidth(c)} vs ${stringWidth(c)}`);
    expect(differ).toEqual([]);
  });
  it('gives string-width’s width for strings of report characters, emoji, combining marks and control characters', () => {
    const chars = fc.constantFrom('资', '金', '。', '，', '（', '）', '１', '％', 'a', ' ', '.', '—', '“', '·', '①', 'Ⅱ', '\u302a', '\u3030', '\u00ad', '\u200d', '\ufe0f', '\u0301', '\u1100', '\u1161', '😀', '👍', '🏽', '\t', '\x1b', '\n', '𠀀');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), (text) => displayWidth(text) === stringWidth(text)), { numRuns: 5_000 });
  });
  it('measures report text itself, without string-width: ASCII one column, ideographs and fullwidth forms two', () => {
    calls.count = 0;
    expect(displayWidth('资金12.5万元（占比９５％）')).toBe(26);
    expect(displayWidth('…“基本支出”—①Ⅱ 3×4 ℃')).toBe(20);
    expect(displayWidth('')).toBe(0);
    expect(calls.count).toBe(0);
    expect(displayWidth('资金😀')).toBe(6);
    expect(calls.count).toBe(1);
  });
});
