// The language server with a real LSP client: initialize, open a seed, read the diagnostics,
// edit, read them again, ask for a quick fix, shut down.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const child = spawn(process.execPath, [join(root, 'bin/crossfoot.js'), '--lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number } }; code: string; severity: number; message: string; codeDescription?: { href: string }; relatedInformation?: Array<{ location: { range: { start: { character: number }; end: { character: number } } }; message: string }> }>;
}
const waiting: Array<(p: Published) => void> = [];
connection.onNotification('textDocument/publishDiagnostics', (p: Published) => waiting.shift()?.(p));
connection.listen();
const nextDiagnostics = () => new Promise<Published>((resolve) => waiting.push(resolve));

afterAll(async () => {
  await connection.sendRequest('shutdown');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Sent (not only queued) before the server goes away, so nothing is written to a closed pipe.
  await connection.sendNotification('exit');
  // After shutdown, exit ends the server with code 0 (the LSP specification).
  expect(await exited).toBe(0);
  connection.dispose();
});

describe('crossfoot --lsp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossfoot-lsp-'));
  writeFileSync(join(dir, 'crossfoot.config.json'), JSON.stringify({ rules: { 'split-number': 'off' } }));
  const uri = pathToFileURL(join(dir, 'seed-004.md')).href;
  const seed = readFileSync(join(root, 'fixtures/seed-004-qiannan-2024-form.md'), 'utf8');

  it('initializes with incremental sync and quick fixes', async () => {
    const result = await connection.sendRequest<{ capabilities: { textDocumentSync: number; codeActionProvider: unknown } }>('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    connection.sendNotification('initialized', {});
    expect(result.capabilities.textDocumentSync).toBe(2);
    expect(result.capabilities.codeActionProvider).toBeTruthy();
  });

  it('publishes a seed’s diagnostics within 500 ms of didOpen, honouring the folder’s config', async () => {
    const started = Date.now();
    const published = nextDiagnostics();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
    const p = await published;
    const elapsed = Date.now() - started;
    console.log(`diagnostics ${elapsed} ms after didOpen`);
    expect(elapsed).toBeLessThan(500);
    expect(p.uri).toBe(uri);
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity])).toEqual([
      ['implausible-year', 34, 14, 1],
      ['missing-total-score', 44, 1, 2],
      ['coverage', 0, 0, 3],
    ]);
    // What was checked, as the JSON stats say (the seed's 35 relations, 34 holding, the missing 总分 failing).
    const coverage = p.diagnostics[2]! as unknown as { message: string; data: { stats: { checked: number; held: number; failed: number } } };
    expect(coverage.message).toBe('✖ 核对了 35 处数量关系：34 处相符，1 处不符');
    expect(coverage.data.stats).toMatchObject({ checked: 35, held: 34, failed: 1 });
    // The rule's page shipped in the package: a link that works offline.
    const href = p.diagnostics[0]!.codeDescription!.href;
    expect(href).toMatch(/^file:\/\/.*\/docs\/rules\/implausible-year\.md$/);
    expect(readFileSync(fileURLToPath(href), 'utf8').split('\n')[0]).toMatch(/^# implausible-year：/);
  });

  it('updates the diagnostics after didChange, with related information and a quick fix', async () => {
    const published = nextDiagnostics();
    const text = '基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，补助支出 6.92 万元）。\n\n截止2023年底，共有5人。';
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const p = await published;
    expect(p.version).toBe(2);
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([
      ['sum-mismatch', 0, 5],
      ['jiezhi-usage', 2, 0],
      ['coverage', 0, 0],
    ]);
    // The parts of the sum, each where it stands on line 0.
    expect(p.diagnostics[0]!.relatedInformation!.map((r) => [r.location.range.start.character, r.location.range.end.character, r.message])).toEqual([
      [21, 29, '工资福利支出55.35 万元'],
      [38, 46, '商品和服务支出12.36 万元'],
      [52, 59, '补助支出6.92 万元'],
    ]);
    const actions = await connection.sendRequest<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string; range: { start: { line: number; character: number } } }>> } }>>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, context: { diagnostics: [] } },
    );
    expect(actions.map((a) => [a.title, a.edit.changes[uri]![0]!.newText, a.edit.changes[uri]![0]!.range.start])).toEqual([['改为“截至”', '截至', { line: 2, character: 0 }]]);
  });
});
