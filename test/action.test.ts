// The GitHub action (action.yml) as a runner would run it: its install step on a copy of the
// repository's tracked files installs only what a lint runs (no devDependency), and its lint step
// then lints reports in every format, files with spaces in their names included.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const action = readFileSync(join(root, 'action.yml'), 'utf8');

/** A composite step of action.yml by name: its env (expressions as given) and its run script. */
function step(name: string): { env: Record<string, string>; run: string } {
  const lines = action.split('\n');
  const start = lines.findIndex((l) => l.trim() === `- name: ${name}`);
  if (start < 0) throw new Error(`no step named ${name}`);
  const indent = lines[start]!.indexOf('-') + 2;
  const env: Record<string, string> = {};
  let run = '';
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().startsWith('- ') && line.indexOf('-') < indent) break;
    if (line.slice(indent).startsWith('env:')) {
      for (i++; i < lines.length && /^\s+\S+: /.test(lines[i]!) && lines[i]!.search(/\S/) > indent; i++) {
        const m = /^\s+(\S+): (.*)$/.exec(lines[i]!)!;
        env[m[1]!] = m[2]!;
      }
      i--;
    } else if (line.slice(indent).startsWith('run: |')) {
      const body: string[] = [];
      for (i++; i < lines.length && (lines[i]!.trim() === '' || lines[i]!.search(/\S/) > indent); i++) body.push(lines[i]!.slice(indent + 2));
      run = body.join('\n');
      i--;
    } else if (line.slice(indent).startsWith('run: ')) run = line.slice(indent + 5);
  }
  return { env, run };
}

/** A step's env with the runner's expressions filled in. */
function expand(env: Record<string, string>, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '')]));
}

describe('the GitHub action', () => {
  it('quotes its inputs: they reach the scripts through the environment only', () => {
    const scripts = ['Install crossfoot', 'Write the review page', 'Lint reports'].map((name) => step(name).run);
    for (const script of scripts) expect(script).not.toMatch(/\$\{\{/);
  });

  it('installs only what a lint runs and lints reports of every format', () => {
    // The action's folder as a checkout of this commit: the tracked files, nothing built.
    const actionPath = mkdtempSync(join(tmpdir(), 'crossfoot-action-'));
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(actionPath, file)), { recursive: true });
      copyFileSync(join(root, file), join(actionPath, file));
    }
    const runnerTemp = mkdtempSync(join(tmpdir(), 'crossfoot-runner-'));
    const workspace = mkdtempSync(join(tmpdir(), 'crossfoot-workspace-'));
    mkdirSync(join(workspace, 'reports'));
    copyFileSync(join(root, 'fixtures/seed-003-yueyang-2025.md'), join(workspace, 'reports/report.md'));
    copyFileSync(join(root, 'fixtures/formats/project-form-bad-rate.xlsx'), join(workspace, 'reports/form.xlsx'));
    const values = { 'runner.temp': runnerTemp, 'inputs.files': 'reports/*.xlsx reports', 'inputs.args': '--quiet --rule share-mismatch:off' };
    const base = { ...process.env, GITHUB_ACTION_PATH: actionPath, RUNNER_TEMP: runnerTemp };

    const install = step('Install crossfoot');
    const installed = spawnSync('bash', ['-c', install.run], { cwd: workspace, env: { ...base, ...expand(install.env, values) }, encoding: 'utf8' });
    expect(installed.status, installed.stderr).toBe(0);
    // No package that only development needs (the lock file marks them dev: vitest, typescript, esbuild, …).
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev).map(([path]) => path);
    expect(devOnly).toContain('node_modules/vitest');
    expect(devOnly.filter((path) => existsSync(join(actionPath, path)))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(join(actionPath, 'node_modules', name)), name).toBe(true);

    // The inputs are lists: a glob reaches crossfoot as written (bash does not expand it), options apply.
    const lint = step('Lint reports');
    const env = { ...base, ...expand(lint.env, values) };
    const r = spawnSync('bash', ['-c', lint.run], { cwd: workspace, env, encoding: 'utf8' });
    // (The workbook named twice, by the glob and in the folder, is linted once; % is escaped as workflow commands want.)
    expect(r.stdout).toBe(
      [
        '::error file=reports/form.xlsx,line=8,col=47,endLine=8,endColumn=53,title=rate-mismatch::执行率应为 108.00 万元 ÷ 120.00 万元 = 90.00%25，所写为 95.00%25',
        '::error file=reports/report.md,line=55,col=15,endLine=55,endColumn=23,title=heading-body-mismatch::标题为“社会保险基金预算支出情况”，正文却只说国有资本经营预算（应说明社会保险基金预算情况）',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(1);
  }, 300_000);
});
