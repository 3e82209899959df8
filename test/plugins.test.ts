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
    expect(r.stdout).toBe('report.md:3:8: 自评得分 80 分低于 85 分，须说明原因 [Error/hunan/low-score-explained]\n\n1 个问题\n');
    expect(r.code).toBe(1);
  });
  it('honour severities and options from the config and --rule', () => {
    const dir = project({ 'hunan/broken': 'off', 'hunan/low-score-explained': ['warn', { threshold: 81 }] });
    const r = run(['-f', 'unix', 'report.md'], dir);
    expect(r.stdout).toBe('report.md:3:8: 自评得分 80 分低于 85 分，须说明原因 [Warning/hunan/low-score-explained]\n\n1 个问题\n');
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
    const config = join(dir, 'crossfoot.config.json');
    expect(run(['report.md'], dir).stderr).toBe(`crossfoot：配置文件 ${config}：规则 hunan/nope 不存在（crossfoot --list-rules 列出全部规则）。\n`);
    expect(runCli(['--locale', 'en', 'report.md'], { cwd: dir }).stderr).toBe(`crossfoot: Config file ${config}: unknown rule "hunan/nope" (crossfoot --list-rules lists them).\n`);
    writeFileSync(config, JSON.stringify({ plugins: ['./missing.mjs'] }));
    const r = run(['report.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`crossfoot：找不到 ${config} 中列出的插件 "./missing.mjs"。\n`);
    expect(runCli(['--locale', 'en', 'report.md'], { cwd: dir }).stderr).toBe(`crossfoot: Plugin "./missing.mjs" named in ${config} cannot be found.\n`);
  });
  it('work through the library API', async () => {
    const dir = project({ 'hunan/broken': 'off' });
    const [result] = await lintFiles(['report.md'], { cwd: dir });
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['hunan/low-score-explained', 3, 8]]);
    const rule = defineRule({ ...((await import(join(dir, 'hunan-rules.mjs'))).rules[0]) });
    expect(lint('自评得分70分', { registry: [rule] }).messages.map((m) => m.message)).toEqual(['自评得分 70 分低于 85 分，须说明原因']);
  });
  it('take their name from `export const name` beside rules given as the default export (the README\'s layout)', () => {
    const dir = project({});
    writeFileSync(join(dir, 'hunan-rules.mjs'), pluginSource.replace('export const rules = [', 'export default ['));
    writeFileSync(join(dir, 'crossfoot.config.json'), JSON.stringify({ plugins: ['./hunan-rules.mjs'], rules: { 'hunan/broken': 'off', 'hunan/low-score-explained': 'warn' } }));
    const r = run(['-f', 'unix', 'report.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('report.md:3:8: 自评得分 80 分低于 85 分，须说明原因 [Warning/hunan/low-score-explained]\n\n1 个问题\n');
  });
  it('are listed by --list-rules and explained by --explain in the plugin\'s folder', () => {
    const dir = project({});
    // In Chinese, a plugin rule with no Chinese title keeps its own description.
    const list = run(['--list-rules'], dir);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^hunan\/low-score-explained  错误  A score below 85 must be explained$/m);
    expect(list.stdout).toMatch(/^sum-mismatch +错误  合计与分项之和不符$/m);
    expect(runCli(['--list-rules', '--locale', 'en'], { cwd: dir }).stdout).toMatch(/^hunan\/low-score-explained  error  A score below 85 must be explained$/m);
    const explained = run(['--explain', 'hunan/low-score-explained'], dir);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe('hunan/low-score-explained（错误）\n\nA score below 85 must be explained\n\n为什么：Provincial requirement.\n\n选项（默认值）：{"threshold":85}\n\n不报告的写法：\n    自评得分90分\n\n会报告的写法：\n    自评得分80分\n');
    const english = runCli(['--explain', 'hunan/low-score-explained', '--locale', 'en'], { cwd: dir });
    expect(english.stdout.split('\n').slice(0, 5)).toEqual(['hunan/low-score-explained (error)', '', 'A score below 85 must be explained', '', 'Why: Provincial requirement.']);
    // Elsewhere, the plugin's rules are unknown.
    expect(run(['--explain', 'hunan/low-score-explained'], tmpdir()).stderr).toBe('crossfoot：规则 hunan/low-score-explained 不存在（crossfoot --list-rules 列出全部规则）。\n');
    expect(runCli(['--locale', 'en', '--explain', 'hunan/low-score-explained'], { cwd: tmpdir() }).stderr).toBe('crossfoot: unknown rule "hunan/low-score-explained" (crossfoot --list-rules lists them).\n');
    expect(run(['--explain', ''], dir)).toEqual({ code: 2, stdout: '', stderr: 'crossfoot：--explain 需要一个规则名，如 --explain sum-mismatch（crossfoot --list-rules 列出全部规则）。\n' });
    expect(runCli(['--explain', '', '--locale', 'en'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'crossfoot: --explain needs a rule id, e.g. --explain sum-mismatch (crossfoot --list-rules lists them).\n' });
  });
  it('invalidate --cache when the plugin\'s code changes', () => {
    const dir = project({ 'hunan/broken': 'off' });
    const first = run(['--cache', '-f', 'unix', 'report.md'], dir);
    expect(first.stdout).toContain('低于 85 分');
    writeFileSync(join(dir, 'hunan-rules.mjs'), pluginSource.replace('defaultOptions: { threshold: 85 }', 'defaultOptions: { threshold: 70 }'));
    const second = run(['--cache', '-f', 'unix', 'report.md'], dir);
    expect(second).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('say where a plugin has a syntax error, without crossfoot\'s own loader in the message', () => {
    const dir = project({});
    writeFileSync(join(dir, 'hunan-rules.mjs'), 'export const name = "hunan";\nexport default [\n  { meta: ] },\n];\n');
    const r = run(['report.md'], dir);
    expect(r.code).toBe(2);
    // Node.js's own message on the plugin's code, quoted as it is in either language.
    expect(r.stderr).toMatch(/^crossfoot：.*crossfoot\.config\.json 中列出的插件 "\.\/hunan-rules\.mjs" 加载失败：Unexpected token '\]' \(hunan-rules\.mjs:3(:\d+)?\)\n$/);
    expect(r.stderr).not.toContain('load.cjs');
    expect(runCli(['--locale', 'en', 'report.md'], { cwd: dir }).stderr).toMatch(/^crossfoot: Plugin "\.\/hunan-rules\.mjs" named in .*crossfoot\.config\.json failed to load: Unexpected token '\]' \(hunan-rules\.mjs:3(:\d+)?\)\n$/);
  });
  it.each([
    ['README.md', '完整的插件示例'],
    ['README.en.md', 'A complete plugin'],
  ])('work as %s shows them: its complete plugin and config (under “%s”), copied as they are', (file, heading) => {
    const readme = readFileSync(join(root, file), 'utf8');
    expect(readme).toContain(`### ${heading}`);
    const section = readme.slice(readme.indexOf(`### ${heading}`));
    const code = /```js\n([\s\S]*?)```/.exec(section)![1]!;
    const config = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = mkdtempSync(join(tmpdir(), 'crossfoot-plugin-readme-'));
    writeFileSync(join(dir, 'hunan-rules.mjs'), code);
    writeFileSync(join(dir, 'crossfoot.config.json'), config);
    writeFileSync(join(dir, 'report.md'), '本项目自评得分80分。\n');
    expect(run(['-f', 'unix', 'report.md'], dir)).toEqual({ code: 0, stdout: 'report.md:1:8: 自评得分 80 分低于 85 分，须说明原因 [Warning/hunan/low-score-explained]\n\n1 个问题\n', stderr: '' });
  });
});
