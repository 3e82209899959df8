// Start-up cost: a plain lint run leaves the built-in modules it does not need unloaded (each
// costs every run a few milliseconds), and the bundle's stand-ins behave like what they replace.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crossfoot-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hook = join(dir, 'loaded.cjs');
writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_FILE, process.moduleLoadList.join('\\n')));\n");
const fixture = join(root, 'fixtures/seed-000-tongdao-2024.md');

/** The Node.js built-in modules a run of crossfoot loaded. */
function builtinsLoaded(args: string[]): Set<string> {
  const out = join(dir, 'loaded.txt');
  const { code, stderr } = runCli(args, { env: { NODE_OPTIONS: `--require ${hook}`, LOADED_FILE: out } });
  expect(stderr).toBe('');
  expect(code).not.toBe(2);
  return new Set(readFileSync(out, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)));
}

describe('start-up', () => {
  it('a plain run does not load worker threads, crypto, assert or the terminal module', () => {
    const loaded = builtinsLoaded(['-f', 'json', fixture]);
    for (const name of ['worker_threads', 'crypto', 'assert', 'tty']) expect(loaded.has(name), name).toBe(false);
  });

  it('loads each of them when the run needs it', () => {
    expect(builtinsLoaded(['-f', 'json', '--cache', '--cache-location', join(dir, 'cache.json'), fixture]).has('crypto')).toBe(true);
    expect(builtinsLoaded(['-f', 'json', '--concurrency', '2', fixture, join(root, 'fixtures', '*.md')]).has('worker_threads')).toBe(true);
    expect(builtinsLoaded(['-f', 'stylish', '--color', fixture]).has('tty')).toBe(true);
  });
});

describe("the bundle's node:assert stand-in (scripts/lazy-assert.cjs)", () => {
  const standIn = createRequire(import.meta.url)('../scripts/lazy-assert.cjs') as typeof import('node:assert');

  it('passes what node:assert passes', () => {
    expect(() => standIn.notStrictEqual(1, 2)).not.toThrow();
    expect(() => standIn.notStrictEqual(0, -0)).not.toThrow();
    expect(() => standIn.strictEqual('a', 'a')).not.toThrow();
    expect(() => standIn.strictEqual(NaN, NaN)).not.toThrow();
  });

  it("throws node:assert's own error for what it rejects", () => {
    expect(() => standIn.notStrictEqual(undefined, undefined, 'frozen')).toThrow(expect.objectContaining({ code: 'ERR_ASSERTION', message: 'frozen' }));
    expect(() => standIn.strictEqual(1, '1')).toThrow(expect.objectContaining({ code: 'ERR_ASSERTION', actual: 1, expected: '1' }));
  });
});
