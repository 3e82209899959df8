// The lint stage: severities, inline directives, internal errors, locale, ordering.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { defineRule } from '../src/rule.js';
import { rules } from '../rules/index.js';

const text = '2024年度部门整体支出绩效自评报告\n\n涉及一般公共预算支出万元。\n\n完成时间为2324年12月31日。\n\n项目于2024年2月30日启动。';
const brief = (r: ReturnType<typeof lint>) => r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column]);

describe('lint', () => {
  it('runs every rule at its default severity, sorted by position', () => {
    expect(brief(lint(text))).toEqual([
      ['missing-figure', 2, 3, 9],
      ['implausible-year', 2, 5, 6],
      ['invalid-date', 2, 7, 11],
    ]);
  });
  it('applies configured severities', () => {
    const r = lint(text, { rules: { 'missing-figure': 'off', 'invalid-date': 'warn' } });
    expect(brief(r)).toEqual([
      ['implausible-year', 2, 5, 6],
      ['invalid-date', 1, 7, 11],
    ]);
    expect([r.errorCount, r.warningCount]).toEqual([1, 1]);
  });
  it('honours disable, enable and disable-next-line comments', () => {
    const withComments =
      '2024年度自评报告\n\n<!-- crossfoot-disable missing-figure -->\n\n支出万元。\n\n<!-- crossfoot-enable missing-figure -->\n\n经费万元。\n\n' +
      '<!-- crossfoot-disable-next-line -->\n2324年完成。\n2324年完成。';
    expect(brief(lint(withComments))).toEqual([
      ['missing-figure', 2, 9, 1],
      ['implausible-year', 2, 13, 1],
    ]);
  });
  it('disables every rule with a bare disable comment until enabled', () => {
    const t = '2024年度自评报告\n\n<!-- crossfoot-disable -->\n\n支出万元，2324年完成。\n\n<!-- crossfoot-enable -->\n\n经费万元。';
    expect(brief(lint(t))).toEqual([['missing-figure', 2, 9, 1]]);
  });
  it('turns a rule that throws into one internal-error and keeps the other rules', () => {
    const broken = defineRule({
      meta: { ...rules[0]!.meta, id: 'broken-rule' },
      // eslint-disable-next-line require-yield
      *check() {
        throw new Error('boom');
      },
    });
    const r = lint(text, { registry: [broken, ...rules] });
    expect(r.internalErrorCount).toBe(1);
    expect(r.messages[0]).toMatchObject({ ruleId: 'internal-error', severity: 2, line: 1, column: 1, message: '规则 broken-rule 运行出错：boom' });
    expect(brief(r)).toEqual([
      ['internal-error', 2, 1, 1],
      ['missing-figure', 2, 3, 9],
      ['implausible-year', 2, 5, 6],
      ['invalid-date', 2, 7, 11],
    ]);
  });
  it('speaks English with locale en', () => {
    expect(lint('2024年度自评报告\n\n2324年完成。', { locale: 'en' }).messages[0]!.message).toBe(
      'Year 2324 cannot be meant: the report year is 2024, plausible years are 1949–2034',
    );
  });
  it('leaves no Chinese in English messages but the report\'s own words (quoted, figures with their units, names)', () => {
    // The fixtures and the real reports of test/corpus: every rule's findings in many wordings.
    const reports = ['../fixtures/', './corpus/reports/'].flatMap((folder) => {
      const dir = new URL(folder, import.meta.url);
      return readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').map((f) => new URL(f, dir));
    });
    const leaks: string[] = [];
    let checked = 0;
    for (const file of reports) {
      for (const m of lint(readFileSync(file, 'utf8'), { locale: 'en' }).messages) {
        checked++;
        // What the report wrote is quoted ("…") or passed in as data; the rest is the rule's English.
        let own = m.message.replace(/"[^"]*"/g, '');
        const values = Object.values(m.data ?? {}).filter((v): v is string => typeof v === 'string' && v !== '');
        for (const value of values.sort((a, b) => b.length - a.length)) own = own.split(value).join('');
        if (/[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/.test(own)) leaks.push(`${file.pathname} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(leaks).toEqual([]);
    // The form's empty total with the sum of its scores, which once read `is given（各项得分之和为 88）`.
    const form = '| 一级指标 | 分值 | 得分 |\n| --- | --- | --- |\n| 产出指标 | 50 | 45 |\n| 效益指标 | 50 | 43 |\n| 总分 |  |  |\n\n自评等级：优。';
    expect(lint(form, { locale: 'en' }).messages.map((m) => m.message)).toEqual(['The total score is empty, yet the grade "优" is given (the scores add up to 88)']);
  });
  it('gives the same findings for CRLF line endings', () => {
    expect(brief(lint(text.replace(/\n/g, '\r\n')))).toEqual(brief(lint(text)));
  });
});
