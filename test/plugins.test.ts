// A plugin rule in a temporary folder, named in a config: it fires with its id, honours severity
// and disable comments, and a plugin rule that throws becomes internal-error with exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './run-cli.js';
import { defineRule, lint, lintFiles } from '../src/index.js';

const api = join(root, 'dist/src/index.js');

const run = (args: string[], cwd: string) => runCli(args, { cwd });

/** A province's own rule: 自评得分 below 85 must be explained (a local requirement). */
const pluginSource = `
import { defineRule } from ${JSON.stringify(api)};
export const name = 'hunan';
export const rules = [
  defineRule({
    meta: {
      id: 'low-score-explained',
      severity: 'error',
      description: 'A score below 85 must be explained',
      rationale: 'Provincial requirement.',
      messages: { low: '自评得分 {{score}} 分低于 85 分，须说明原因' },
      messagesEn: { low: 'Score {{score}} is below 85 and must be explained' },
      defaultOptions: { threshold: 85 },
      examples: { valid: ['自评得分90分'], invalid: ['自评得分80分'] },
    },
    *check(model, options) {
      for (const f of model.figures) {
        if (f.unit === '分' && /自评得分/.test(f.label) && f.value.lt(options.threshold)) yield { messageId: 'low', at: f.span, data: { score: f.digits } };
      }
    },
  }),
  defineRule({
    meta: {
      id: 'broken',
      severity: 'error',
      description: 'Always throws',
      rationale: 'Testing.',
      messages: { x: 'x' },
      messagesEn: { x: 'x' },
      defaultOptions: {},
      examples: { valid: [''], invalid: [''] },
    },
    *check() {
      throw new Error('boom');
    },
  }),
];
`;

function project(rules: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'crossfoot-plugin-'));
  writeFileSync(join(dir, 'hunan-rules.mjs'), pluginSource);
  writeFileSync(join(dir, 'crossfoot.config.json'), JSON.stringify({ plugins: ['./hunan-rules.mjs'], rules }));
  writeFileSync(join(dir, 'report.md'), '2024年度自评报告\n\n本项目自评得分80分。\n\n<!-- crossfoot-disable-next-line hunan/low-score-explained -->\n复核后自评得分82分。\n');
  return dir;
}

describe('plugins', () => {
  it('run with their namespaced id and honour disable comments', () => {
    const dir = project({ 'hunan/broken': 'off' });
    const r = run(['-f', 'unix', 'report.md'], dir);
    expect(r.stdout).toBe('report.md:3:8: 自评得分 80 分低于 85 分，须说明原因 [Error/hunan/low-score-explained]\n\n1 problem\n');
    expect(r.code).toBe(1);
  });
  it('honour severities and options from the config and --rule', () => {
    const dir = project({ 'hunan/broken': 'off', 'hunan/low-score-explained': ['warn', { threshold: 81 }] });
    const r = run(['-f', 'unix', 'report.md'], dir);
    expect(r.stdout).toBe('report.md:3:8: 自评得分 80 分低于 85 分，须说明原因 [Warning/hunan/low-score-explained]\n\n1 problem\n');
    expect(r.code).toBe(0);
    expect(run(['--rule', 'hunan/low-score-explained:off', '-f', 'unix', 'report.md'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('turn a rule that throws into internal-error, keep the other rules, and exit 2', () => {
    const dir = project({});
    const r = run(['-f', 'json', 'report.md'], dir);
    expect(r.code).toBe(2);
    const messages = JSON.parse(r.stdout)[0].messages;
    expect(messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['internal-error', 'hunan/low-score-explained']);
    expect(messages[0].message).toBe('规则 hunan/broken 运行出错：boom');
  });
  it('keep a throwing rule contained on worker threads too (--concurrency)', () => {
    const dir = project({});
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), readFileSync(join(dir, 'report.md')));
    const r = run(['-f', 'json', '--concurrency', '2', 'a.md', 'b.md', 'c.md', 'report.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(results.map((f) => f.filePath)).toEqual(['a.md', 'b.md', 'c.md', 'report.md']);
    for (const f of results) {
      expect(f.messages.map((m) => m.ruleId)).toEqual(['internal-error', 'hunan/low-score-explained']);
      expect(f.messages[0]!.message).toBe('规则 hunan/broken 运行出错：boom');
    }
  });
  it('refuse an unknown plugin rule id and a missing plugin, exit 2', () => {
    const dir = project({ 'hunan/nope': 'warn' });
    expect(run(['report.md'], dir).stderr).toContain('unknown rule "hunan/nope"');
    writeFileSync(join(dir, 'crossfoot.config.json'), JSON.stringify({ plugins: ['./missing.mjs'] }));
    const r = run(['report.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('failed to load');
  });
  it('work through the library API', async () => {
    const dir = project({ 'hunan/broken': 'off' });
    const [result] = await lintFiles(['report.md'], { cwd: dir });
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['hunan/low-score-explained', 3, 8]]);
    const rule = defineRule({ ...((await import(join(dir, 'hunan-rules.mjs'))).rules[0]) });
    expect(lint('自评得分70分', { registry: [rule] }).messages.map((m) => m.message)).toEqual(['自评得分 70 分低于 85 分，须说明原因']);
  });
});
