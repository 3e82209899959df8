// No regular expression crossfoot's code runs can backtrack super-linearly within one match
// attempt: every expression that linting the fixtures, the seeds and some adversarial text
// executes is collected as it runs, and scslre looks for quantifiers that can reach themselves or
// trade characters with another (nested quantifiers over overlapping classes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { root } from './run-cli.js';
/** Our code, not a dependency's or this test's: a file under src/ or rules/. */
const OURS = new RegExp(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:src|rules)/`);

const run = new Set<string>();
const looked = new Set<string>();
const exec = RegExp.prototype.exec;
let inside = false;
beforeAll(() => {
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const key = `/${this.source}/${this.flags}`;
    // Where it runs from, looked up once per expression (the lookup runs expressions itself).
    if (!inside && !looked.has(key)) {
      inside = true;
      looked.add(key);
      // Built-in frames (RegExp.test, String.replace) name no file.
      const caller = new Error().stack!.split('\n').slice(2).find((line) => line.includes('/') && !line.includes('regex-audit.test'));
      if (caller && OURS.test(caller)) run.add(key);
      inside = false;
    }
    return exec.call(this, text);
  };
  const texts: string[] = [];
  for (const dir of [join(root, 'fixtures'), join(root, '../shared/seeds')]) {
    try {
      for (const f of readdirSync(dir)) if (/\.(md|txt)$/.test(f)) texts.push(readFileSync(join(dir, f), 'utf8'));
    } catch {
      // ../shared is absent outside this workspace: the fixtures hold the seeds.
    }
  }
  texts.push('1,'.repeat(2000), '，'.repeat(2000), `${'（'.repeat(500)}1万元${'）'.repeat(500)}`, '项目\t100\t99.5\t99.5%\n'.repeat(200));
  for (const text of texts) {
    lint(text);
    lint(text.replace(/\n/g, '\r\n'));
  }
});
afterAll(() => {
  RegExp.prototype.exec = exec;
});

describe('regular expressions', () => {
  it('runs a good many of them (the collection works)', () => {
    expect(run.size).toBeGreaterThan(100);
  });
  it('has none that backtracks super-linearly', () => {
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const found: string[] = [];
    for (const key of run) {
      for (const report of analyse(parser.parseLiteral(key)).reports) {
        found.push(`${report.type}: ${key}`);
      }
    }
    expect(found).toEqual([]);
  });
});
