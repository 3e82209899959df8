// Issue #17, point 14: the frame around the findings follows --locale. With --locale en a run over
// reports of every format, with refused, empty and missing files named in Chinese beside them,
// leaves Chinese only where it is the user's own: file names, the report text quoted under each
// finding, the findings' messages as the rules give them in English (which quote report words),
// and a workbook's sheet names. Everything else on stdout and stderr is checked to be free of it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sumStats, type CoverageStats } from '../src/coverage.js';
import { coverageWords } from '../src/format/coverage-text.js';
import { root, runCli as run } from './run-cli.js';

/** Chinese characters and punctuation (ideographs, CJK punctuation, full-width forms). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/bundle/crossfoot.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root });
});

interface Message {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  data?: { sourcePage?: number; sourceSheet?: string; sourceCell?: string };
}
interface Result {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  stats: CoverageStats;
}

/** The texts --print-text gives for several files: file → text, split at its `==> file <==` headers. */
function printedTexts(stdout: string): Map<string, string> {
  const texts = new Map<string, string>();
  const parts = stdout.split(/^==> (.*) <==\n/m);
  for (let i = 1; i < parts.length; i += 2) texts.set(parts[i]!, parts[i + 1]!);
  return texts;
}

/** `text` without any of `names` in it. */
const without = (text: string, names: readonly string[]) => names.reduce((rest, name) => rest.split(name).join(''), text);

describe('--locale en: no Chinese in the frame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossfoot-locale-'));
  writeFileSync(join(dir, '自评报告.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
  writeFileSync(join(dir, '空白.md'), '');
  writeFileSync(join(dir, '旧版.wps'), 'x');
  writeFileSync(join(dir, '表格.et'), 'x');
  writeFileSync(join(dir, '项目报告.md'), '2024年度部门整体支出绩效自评报告\n\n涉及一般公共预算支出万元。\n');
  /** The file names in Chinese, the only Chinese stderr may hold. */
  const names = ['自评报告.txt', '空白.md', '旧版.wps', '表格.et', '项目报告.md', '缺失.md'];
  const formats = ['seed-004-qiannan-2024-form.pdf', 'seed-004-qiannan-2024-form.xlsx', 'seed-001-chenxi-2023.doc', 'gov-page-gbk.html', 'word-auto-numbered.docx'].map((f) => `fixtures/formats/${f}`);
  const inputs = ['fixtures/*.md', ...formats, 'test/data', dir, join(dir, '旧版.wps'), '缺失.md'];
  const seeds = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.md'));

  it('stderr: every error, warning and note in English, Chinese only in file names', () => {
    const r = run(['--locale', 'en', '-f', 'json', ...inputs]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'crossfoot: 缺失.md does not exist.',
      'crossfoot: warning: skipped 2 files crossfoot cannot read (.et, .wps).',
      'crossfoot: test/data/encrypted.pdf is encrypted with a password; crossfoot cannot read it (save an unprotected copy first).',
      'crossfoot: test/data/scan.pdf has no text layer (a scanned document?); run OCR on it first.',
      `crossfoot: note: ${join(dir, '空白.md')} is empty: there is nothing to lint.`,
      `crossfoot: ${join(dir, '自评报告.txt')} is a binary file (PNG), not a text report.`,
      `crossfoot: ${join(dir, '旧版.wps')} is a WPS document, which crossfoot cannot read: save it as .docx in WPS, then lint that file.`,
    ]);
    for (const line of lines) expect(without(line, names), line).not.toMatch(CJK);
  });

  it('stylish: file names, findings with their quoted report text, and a frame with no Chinese', () => {
    const results = JSON.parse(run(['--locale', 'en', '-f', 'json', ...inputs]).stdout) as Result[];
    // The seeds, the formats, the two readable files of the folder, and test/data's PDF of a borderless form (its scan and encrypted PDF are refused).
    expect(results.length).toBe(seeds.length + formats.length + 3);
    const texts = printedTexts(run(['--print-text', ...inputs]).stdout);
    // Stylish shows each path relative to the working folder.
    const byFile = new Map(results.map((result) => [relative(root, result.filePath), result]));
    const lines = run(['--locale', 'en', ...inputs]).stdout.split('\n');
    const frame: string[] = [];
    const shown = new Map<string, number>();
    let current: Result | undefined;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line === '') continue;
      // A file's name heads its findings.
      if (byFile.has(line)) {
        current = byFile.get(line)!;
        shown.set(current.filePath, 0);
        continue;
      }
      // The severity words padded to one width, as ESLint pads them.
      const finding = /^ {2}(\d+:\d+) +(error {2}|warning) {2}/.exec(line);
      if (current && finding) {
        const n = shown.get(current.filePath)!;
        const m = current.messages[n]!;
        shown.set(current.filePath, n + 1);
        // The finding's own line: its message as the rule gives it in English, its rule id, and where it is in
        // the original file (a page, or a sheet and cell: the sheet's name is the report's).
        const place = m.data?.sourceSheet !== undefined ? `  (${m.data.sourceSheet}!${m.data.sourceCell})` : m.data?.sourcePage !== undefined ? `  (page ${m.data.sourcePage})` : '';
        expect(finding[1]).toBe(`${m.line}:${m.column}`);
        expect(finding[2]).toBe(m.severity === 2 ? 'error  ' : 'warning');
        expect(line.slice(finding[0].length)).toBe(`${m.message}  ${m.ruleId}${place}`);
        // Under it, the report text quoted (a window of its line, cut with …) and a caret.
        const source = texts.get(current.filePath)!.split(/\r\n|\n|\r/)[m.line - 1]!.replace(/\t/g, ' ');
        expect(lines[k + 2]).toMatch(/^ +\^+$/);
        expect(source).toContain(lines[k + 1]!.trim().replace(/^…/, '').replace(/…$/, ''));
        k += 2;
        continue;
      }
      frame.push(line);
    }
    // Every finding was shown, each under its file.
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(results.filter((r) => r.messages.length > 0).map((r) => [r.filePath, r.messages.length])));
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    expect(frame).toEqual([`✖ ${errors + warnings} problems (${errors} errors, ${warnings} warnings)`, coverageWords('en').summary(sumStats(results.map((r) => r.stats)), results.length)]);
    for (const line of frame) expect(line).not.toMatch(CJK);
  });

  it('unix: the count line and the [Error/…] tags in English around the file names and the findings', () => {
    const results = JSON.parse(run(['--locale', 'en', '-f', 'json', ...inputs]).stdout) as Result[];
    const expected = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column}: ${m.message} [${m.severity === 2 ? 'Error' : 'Warning'}/${m.ruleId}]`));
    const lines = run(['--locale', 'en', '-f', 'unix', ...inputs]).stdout.trimEnd().split('\n');
    expect(lines).toEqual([...expected, '', `${expected.length} problems`]);
  });
});
