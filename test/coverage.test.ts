// Coverage stats: what a lint run says it checked, on texts whose relations are counted by hand.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { sumStats } from '../src/coverage.js';
import { coverageWords } from '../src/format/coverage-text.js';

const zero = { figures: 0, relations: 0, checked: 0, held: 0, failed: 0, skipped: 0, skippedBy: {}, unrelatedFigures: 0 };
const holding = '基本支出 74.63 万元（人员经费 62.27 万元，公用经费 12.36 万元）。';
const failing = '基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。';

describe('coverage stats', () => {
  it('count a sum that holds: 3 figures, 1 relation, held, with its arithmetic and the places of its figures', () => {
    const r = lint(holding);
    expect(r.stats).toEqual({ ...zero, figures: 3, relations: 1, checked: 1, held: 1 });
    expect(r.relations).toEqual([
      {
        kind: 'sum',
        status: 'held',
        expression: '74.63 = 62.27 + 12.36',
        figures: [
          { line: 1, column: 6, endLine: 1, endColumn: 14 },
          { line: 1, column: 20, endLine: 1, endColumn: 28 },
          { line: 1, column: 34, endLine: 1, endColumn: 42 },
        ],
      },
    ]);
  });

  it('count a sum that fails as failed, with the severity of its finding', () => {
    const r = lint(failing);
    expect(r.stats).toEqual({ ...zero, figures: 4, relations: 1, checked: 1, failed: 1 });
    expect(r.relations![0]).toMatchObject({ kind: 'sum', status: 'failed', severity: 2, expression: '74.73 = 55.35 + 12.36 + 6.92' });
    // The finding is a warning when configured so, and the relation's severity follows it.
    expect(lint(failing, { rules: { 'sum-mismatch': 'warn' } }).relations![0]).toMatchObject({ status: 'failed', severity: 1 });
  });

  it('count the relations of a paragraph by hand: a sum that holds, a share that fails, a rate that holds', () => {
    // 100.00 = 60.00 + 40.00 holds; 60.00 of 100.00 is 60%, not 65%; 90.00 ÷ 100.00 = 90.00% holds.
    const text = '项目预算 100.00 万元，其中：人员经费 60.00 万元，公用经费 40.00 万元。人员经费 60.00 万元，占项目预算的 65%。\n\n全年预算数 100.00 万元，全年执行数 90.00 万元，预算执行率 90.00%。';
    const r = lint(text);
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['share-mismatch', 1, 68]]);
    expect(r.relations!.map((x) => [x.kind, x.status, x.expression])).toEqual([
      ['sum', 'held', '100.00 = 60.00 + 40.00'],
      ['share', 'failed', '65% = 60.00 ÷ 100.00'],
      ['rate', 'held', '90.00% = 90.00 ÷ 100.00'],
    ]);
    // Eight figures, each in a relation (the second 人员经费 60.00 is the share's part).
    expect(r.stats).toEqual({ ...zero, figures: 8, relations: 3, checked: 3, held: 2, failed: 1 });
  });

  it('count a relation whose rules are off as skipped (rule-off), not as held', () => {
    expect(lint(failing, { rules: { 'sum-mismatch': 'off' } }).stats).toEqual({ ...zero, figures: 4, relations: 1, skipped: 1, skippedBy: { 'rule-off': 1 } });
  });

  it('count a relation whose finding a disable comment silences as skipped (disabled)', () => {
    const r = lint(`<!-- crossfoot-disable-next-line sum-mismatch -->\n${failing}`);
    expect(r.messages).toEqual([]);
    expect(r.stats).toEqual({ ...zero, figures: 4, relations: 1, skipped: 1, skippedBy: { disabled: 1 } });
    expect(r.relations![0]).toMatchObject({ status: 'skipped', reason: 'disabled' });
  });

  it('count a rate with two competing numerators (执行数 90, 实际支出 95) as skipped, at the rate', () => {
    const r = lint('全年预算数100万元，全年执行数90万元，实际支出95万元，执行率90%。');
    expect(r.messages).toEqual([]);
    expect(r.stats).toEqual({ ...zero, figures: 4, relations: 1, skipped: 1, skippedBy: { 'competing-readings': 1 }, unrelatedFigures: 4 });
    expect(r.relations).toEqual([{ kind: 'unread', status: 'skipped', reason: 'competing-readings', expression: '', figures: [{ line: 1, column: 34, endLine: 1, endColumn: 37 }] }]);
  });

  it('say 0 relations where nothing is understood, as such and not as a clean bill', () => {
    const prose = lint('今天天气很好，大家心情愉快。');
    expect(prose.stats).toEqual(zero);
    expect(coverageWords('en').summary(prose.stats!, 1)).toBe('no relations found in 1 file — crossfoot read no figures it could check');
    expect(coverageWords('zh').summary(prose.stats!, 1)).toBe('未找到数量关系——crossfoot 在文件中没有读到可核对的数字');
    const lone = lint('基本支出 74.63 万元。');
    expect(lone.stats).toEqual({ ...zero, figures: 1, unrelatedFigures: 1 });
    expect(coverageWords('en').summary(lone.stats!, 1)).toBe('no relations found in 1 file — crossfoot read 1 figure but no relation between them it could check');
  });

  it('add up over files, and word the run', () => {
    const total = sumStats([lint(holding).stats, lint(failing).stats, lint('全年预算数100万元，全年执行数90万元，实际支出95万元，执行率90%。').stats]);
    expect(total).toEqual({ figures: 11, relations: 3, checked: 2, held: 1, failed: 1, skipped: 1, skippedBy: { 'competing-readings': 1 }, unrelatedFigures: 4 });
    expect(coverageWords('en').summary(total, 3)).toBe('✖ 2 relations checked in 3 files, 1 hold, 1 fail, 1 skipped (two readings compete 1)');
    expect(coverageWords('zh').summary(total, 3)).toBe('✖ 核对了 3 个文件中 2 处数量关系：1 处相符，1 处不符，1 处跳过（有两种读法 1）');
  });
});
