// The coverage stats agree across every output: JSON, SARIF, stylish, the language server and the
// review page, on every fixture.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { afterAll, describe, expect, it } from 'vitest';
import { sumStats, type CoverageStats } from '../src/coverage.js';
import { coverageWords } from '../src/format/coverage-text.js';
import { formatStylish } from '../src/format/stylish.js';
import { lint } from '../src/lint.js';
import { root, runCli } from './run-cli.js';

const path = (name: string) => `fixtures/${name}`;
// Every Markdown file in fixtures/, its README included (a report with no relations); fixtures/formats/
// holds the same reports in other formats, tested by their readers.
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.md')).sort((a, b) => path(a).localeCompare(path(b)));
const byFile = (pairs: Array<[string, CoverageStats]>) => Object.fromEntries(pairs.sort(([a], [b]) => a.localeCompare(b)));

describe('coverage stats in every output', () => {
  const json = JSON.parse(runCli(['-f', 'json', ...fixtures.map(path)]).stdout) as Array<{ filePath: string; stats: CoverageStats }>;
  const expected = byFile(json.map((r) => [r.filePath, r.stats]));

  it('JSON gives each fixture its stats, those of lint()', () => {
    expect(Object.keys(expected)).toEqual(fixtures.map(path));
    for (const name of fixtures) expect(expected[path(name)], name).toEqual(lint(readFileSync(join(root, 'fixtures', name), 'utf8')).stats);
    // Not a vacuous agreement: the fixtures hold relations that hold and that fail.
    expect(sumStats(Object.values(expected)).held).toBeGreaterThan(100);
    expect(sumStats(Object.values(expected)).failed).toBeGreaterThan(0);
  });

  it('SARIF: each artifact carries its file’s stats, the run their sum', () => {
    const sarif = JSON.parse(runCli(['-f', 'sarif', ...fixtures.map(path)]).stdout) as { runs: Array<{ properties: { stats: CoverageStats; files: number }; artifacts: Array<{ location: { uri: string }; properties: { stats: CoverageStats } }> }> };
    const run = sarif.runs[0]!;
    expect(byFile(run.artifacts.map((a) => [decodeURI(a.location.uri), a.properties.stats]))).toEqual(expected);
    expect(run.properties).toEqual({ stats: sumStats(Object.values(expected)), files: fixtures.length });
  });

  it('stylish: the footer line of each file, and of the run, words its stats (in Chinese by default, in English with locale en)', () => {
    for (const locale of ['zh', 'en'] as const) {
      const words = coverageWords(locale);
      for (const name of fixtures) {
        const result = lint(readFileSync(join(root, 'fixtures', name), 'utf8'), { filePath: path(name) });
        expect(formatStylish([result], { color: false, locale }).trimEnd().split('\n').at(-1), name).toBe(words.summary(expected[path(name)]!, 1));
      }
    }
    const zh = runCli(fixtures.map(path)).stdout.trimEnd().split('\n');
    expect(zh.at(-1)).toBe(coverageWords('zh').summary(sumStats(Object.values(expected)), fixtures.length));
    expect(zh.at(-1)).toMatch(/^✖ 核对了 11 个文件中 \d+ 处数量关系：\d+ 处相符，\d+ 处不符$/);
    const en = runCli(['--locale', 'en', ...fixtures.map(path)]).stdout.trimEnd().split('\n');
    expect(en.at(-1)).toBe(coverageWords('en').summary(sumStats(Object.values(expected)), fixtures.length));
    expect(en.at(-1)).toMatch(/^✖ \d+ relations checked in 11 files, \d+ hold, \d+ fail$/);
  });

  it('HTML: each report’s counts are its stats', () => {
    const html = runCli(['-f', 'html', ...fixtures.map(path)]).stdout;
    const sections = html.split('<section class="report"').slice(1);
    const shown = sections.map((section): [string, CoverageStats] => {
      const file = /<h2 id="r\d+-h">([^<]*)<\/h2>/.exec(section)![1]!;
      const counts = Object.fromEntries([...section.matchAll(/data-stat="(\w+)">(\d+)</g)].map((m) => [m[1]!, Number(m[2])]));
      const { figures, relations, held, failed, skipped, unrelatedFigures } = expected[file]!;
      expect(counts, file).toEqual({ figures, relations, held, failed, skipped, unrelatedFigures });
      return [file, JSON.parse(/data-stats="([^"]*)"/.exec(section)![1]!.replace(/&quot;/g, '"')) as CoverageStats];
    });
    expect(byFile(shown)).toEqual(expected);
  });

  describe('the language server', () => {
    const child = spawn(process.execPath, [join(root, 'bin/crossfoot.js'), '--lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Map<string, (p: { diagnostics: Array<{ code?: string; severity: number; message: string; data?: { stats: CoverageStats } }> }) => void>();
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => published.get(p.uri)?.(p));
    connection.listen();
    afterAll(async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
    });

    it('publishes each fixture’s stats as an Information diagnostic at line 1', async () => {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const words = coverageWords('zh');
      for (const name of fixtures) {
        const uri = pathToFileURL(join(root, 'fixtures', name)).href;
        const diagnostics = new Promise<Parameters<NonNullable<ReturnType<typeof published.get>>>[0]>((resolve) => published.set(uri, resolve));
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(root, 'fixtures', name), 'utf8') } });
        const coverage = (await diagnostics).diagnostics.filter((d) => d.code === 'coverage');
        expect(coverage.map((d) => [d.severity, d.message]), name).toEqual([[3, words.summary(expected[path(name)]!, 1)]]);
        expect(coverage[0]!.data!.stats, name).toEqual(expected[path(name)]);
      }
    });
  });
});
