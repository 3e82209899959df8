// `npm pack` gives a tarball that installs into an empty folder and runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

it('packs, installs into an empty folder and lints a report', () => {
  const packDir = mkdtempSync(join(tmpdir(), 'crossfoot-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', packDir, '--ignore-scripts'], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
  const files = execFileSync('tar', ['-tzf', join(packDir, tarball)], { encoding: 'utf8' }).split('\n');
  expect(files).toContain('package/bin/crossfoot.js');
  expect(files).toContain('package/dist/src/cli.js');
  expect(files).toContain('package/dist/rules/index.js');
  // Both READMEs and the pages they link to (--explain, SARIF and the language server use docs/rules/).
  for (const doc of ['README.md', 'README.en.md', 'docs/rules/sum-mismatch.md', 'docs/how-it-works.md', 'docs/speed.md']) expect(files).toContain(`package/${doc}`);
  expect(files.some((f) => f.startsWith('package/test/'))).toBe(false);

  const app = mkdtempSync(join(tmpdir(), 'crossfoot-app-'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(packDir, tarball)], { cwd: app, stdio: 'pipe' });
  writeFileSync(join(app, 'report.md'), '2024年度部门整体支出绩效自评报告\n\n涉及一般公共预算支出万元。\n');
  const r = spawnSync(join(app, 'node_modules/.bin/crossfoot'), ['--format', 'unix', 'report.md'], { cwd: app, encoding: 'utf8' });
  expect(r.stdout).toBe('report.md:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n1 个问题\n');
  expect(r.status).toBe(1);
}, 240_000);
