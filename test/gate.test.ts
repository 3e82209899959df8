// Issue #17, points 4 and 6–9: configuration that must not open a CI gate silently, and runs that
// must not break in CI (the report file as an input, empty files, files crossfoot cannot read,
// standard input, --annotate, --print-text, --list-rules and the JSON format).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { optionsProblem, schemaOfDefaults } from '../src/options.js';
import { buildDocx } from './docx.js';
import { bin, root, runCli as run } from './run-cli.js';

beforeAll(() => {
  if (!existsSync(join(root, 'dist/bundle/crossfoot.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root });
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crossfoot-gate-'));
}

const bad = '2024年度部门整体支出绩效自评报告\n\n涉及一般公共预算支出万元。\n';
/** The stylish footer of a run that read no figure it could check. */
const NOTHING_READ = '未找到数量关系——crossfoot 在文件中没有读到可核对的数字';
const badUnix = (name: string) => `${name}:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]`;
/** The unix format's count line of one problem. */
const ONE_PROBLEM = '1 个问题';
const years = '2024年度部门整体支出绩效自评报告\n\n计划于2037年完成。\n';

function withConfig(config: unknown): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'crossfoot.config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'r.md'), years);
  return dir;
}

describe('rule options are checked against the rule’s declared schema (point 4)', () => {
  it.each([
    ['a string for a number', { futureYears: '5' }, '规则 implausible-year 的选项 "futureYears" 应为数字，而不是 "5"。', 'rule "implausible-year": option "futureYears" must be a number, not "5".'],
    ['a misspelled option', { futureyears: 5 }, '规则 implausible-year 没有选项 "futureyears"（可用选项：futureYears）。', 'rule "implausible-year" has no option "futureyears" (its options: futureYears).'],
    ['a negative count', { futureYears: -5 }, '规则 implausible-year 的选项 "futureYears" 应为不小于 0 的数，而不是 -5。', 'rule "implausible-year": option "futureYears" must be at least 0, not -5.'],
    ['a fraction of a year', { futureYears: 2.5 }, '规则 implausible-year 的选项 "futureYears" 应为整数，而不是 2.5。', 'rule "implausible-year": option "futureYears" must be a whole number, not 2.5.'],
  ])('%s is exit 2 with one sentence naming rule and option, in Chinese and in English', (_name, options, zh, en) => {
    const dir = withConfig({ rules: { 'implausible-year': ['error', options] } });
    const r = run(['r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`crossfoot：配置文件 ${join(dir, 'crossfoot.config.json')}：${zh}\n`);
    expect(run(['--locale', 'en', 'r.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `crossfoot: Config file ${join(dir, 'crossfoot.config.json')}: ${en}\n` });
  });
  it('checks nested options (grade bands) and booleans', () => {
    const bands = run(['r.md'], { cwd: withConfig({ rules: { 'grade-mismatch': ['error', { bands: { 优: 'ninety' } }] } }) });
    expect(bands.code).toBe(2);
    expect(bands.stderr).toMatch(/：规则 grade-mismatch 的选项 "bands\.优" 应为数字，而不是 "ninety"。\n$/);
    const misspelledBand = run(['r.md'], { cwd: withConfig({ rules: { 'grade-mismatch': ['error', { bands: { 忧: 90 } }] } }) });
    expect(misspelledBand.stderr).toMatch(/：规则 grade-mismatch 没有选项 "bands\.忧"（可用选项：bands\.优、bands\.良、bands\.中、bands\.差）。\n$/);
    const english = run(['--locale', 'en', 'r.md'], { cwd: withConfig({ rules: { 'grade-mismatch': ['error', { bands: { 忧: 90 } }] } }) });
    expect(english.stderr).toMatch(/: rule "grade-mismatch" has no option "bands\.忧" \(its options: bands\.优, bands\.良, bands\.中, bands\.差\)\.\n$/);
    const cap = run(['r.md'], { cwd: withConfig({ rules: { 'score-rate-mismatch': ['error', { cap: 'no' }] } }) });
    expect(cap.stderr).toMatch(/：规则 score-rate-mismatch 的选项 "cap" 应为 true 或 false，而不是 "no"。\n$/);
  });
  it('every rule with options declares their schema, and its defaults fit it', () => {
    const withOptions = rules.filter((r) => Object.keys(r.meta.defaultOptions).length > 0);
    expect(withOptions.map((r) => r.meta.id).sort()).toEqual(['grade-mismatch', 'implausible-year', 'score-rate-mismatch', 'score-sum-mismatch']);
    for (const rule of withOptions) {
      expect(Object.keys(rule.meta.schema ?? {}).sort()).toEqual(Object.keys(rule.meta.defaultOptions).sort());
      expect(optionsProblem(rule.meta.id, rule.meta.defaultOptions, rule.meta.schema!)).toBeUndefined();
    }
  });
  it('a rule without a schema (a plugin’s) is checked against its defaults’ names and types', () => {
    const schema = schemaOfDefaults({ threshold: 85, note: 'x', nested: { on: true } });
    expect(optionsProblem('p/low', { threshold: 70, nested: { on: false } }, schema)).toBeUndefined();
    expect(optionsProblem('p/low', { threshold: '70' }, schema)).toEqual({ zh: '规则 p/low 的选项 "threshold" 应为数字，而不是 "70"', en: 'rule "p/low": option "threshold" must be a number, not "70"' });
    expect(optionsProblem('p/low', { treshold: 70 }, schema)).toEqual({ zh: '规则 p/low 没有选项 "treshold"（可用选项：threshold、note、nested）', en: 'rule "p/low" has no option "treshold" (its options: threshold, note, nested)' });
    expect(optionsProblem('p/low', { nested: { on: 1 } }, schema)?.en).toBe('rule "p/low": option "nested.on" must be true or false, not 1');
    expect(optionsProblem('p/none', { any: 1 }, schemaOfDefaults({}))).toEqual({ zh: '规则 p/none 没有选项 "any"（该规则没有选项）', en: 'rule "p/none" has no option "any" (it takes no options)' });
    expect(optionsProblem('r', { mode: 'c' }, { mode: { type: 'string', enum: ['a', 'b'] } })).toEqual({ zh: '规则 r 的选项 "mode" 应为以下之一："a"、"b"，而不是 "c"', en: 'rule "r": option "mode" must be one of "a", "b", not "c"' });
    expect(optionsProblem('r', { list: [1, 'x'] }, { list: { type: 'array', items: { type: 'number' } } })?.en).toBe('rule "r": option "list[1]" must be a number, not "x"');
  });
  it('accepts valid options, which take effect', () => {
    const dir = withConfig({ rules: { 'implausible-year': ['error', { futureYears: 20 }] } });
    expect(run(['r.md'], { cwd: dir })).toMatchObject({ code: 0, stdout: `\n${NOTHING_READ}\n`, stderr: '' });
    expect(run(['-f', 'unix', '--no-config-lookup', join(dir, 'r.md')]).code).toBe(1);
  });
  it.each(['abc', '-5', '1.5', 'O', ''])('refuses --max-warnings %j (exit 2), not "no limit"', (value) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    const r = run(['--rule', 'missing-figure:warn', '--max-warnings', value, 'r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`crossfoot：--max-warnings 的值 ${JSON.stringify(value)} 无效，应为 0 或正整数（允许的警告数）。\n`);
    const english = run(['--locale', 'en', '--rule', 'missing-figure:warn', '--max-warnings', value, 'r.md'], { cwd: dir });
    expect(english).toEqual({ code: 2, stdout: '', stderr: `crossfoot: --max-warnings ${JSON.stringify(value)}: expected a whole number of warnings, 0 or more.\n` });
  });
  it('still counts --max-warnings 0 and 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    expect(run(['--rule', 'missing-figure:warn', '--max-warnings', '0', 'r.md'], { cwd: dir }).code).toBe(1);
    expect(run(['--rule', 'missing-figure:warn', '--max-warnings', '1', 'r.md'], { cwd: dir }).code).toBe(0);
  });
  it('reports an unknown rule id in a disable comment at the comment, and still applies the known ids', () => {
    const dir = tempDir();
    const text = '2024年度部门整体支出绩效自评报告\n\n<!-- crossfoot-disable-next-line no-such-rule, missing-figure -->\n涉及一般公共预算支出万元。\n\n  <!-- crossfoot-disable jiezhi-usag -->\n';
    writeFileSync(join(dir, 'r.md'), text);
    const r = run(['-f', 'json', 'r.md'], { cwd: dir });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: 'unknown-rule', messageId: 'unknown-rule', severity: 2, line: 3, column: 1, endLine: 3, endColumn: 66, message: '禁用注释中的规则 no-such-rule 不存在（crossfoot --list-rules 列出全部规则）', data: { ruleId: 'no-such-rule' } }),
      expect.objectContaining({ ruleId: 'unknown-rule', severity: 2, line: 6, column: 3, endLine: 6, endColumn: 41, data: { ruleId: 'jiezhi-usag' } }),
    ]);
    const en = run(['-f', 'unix', '--locale', 'en', 'r.md'], { cwd: dir });
    expect(en.stdout).toContain('r.md:3:1: Definition for rule "no-such-rule" was not found [Error/unknown-rule]');
  });
});

describe('the report file is never an input (point 6)', () => {
  it('-o result.txt . twice gives the same report, exit 1 both times', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    const first = run(['-f', 'unix', '-o', 'result.txt', '.'], { cwd: dir });
    const report = readFileSync(join(dir, 'result.txt'), 'utf8');
    expect(first).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(report).toBe(`${badUnix('r.md')}\n\n${ONE_PROBLEM}\n`);
    const second = run(['-f', 'unix', '-o', 'result.txt', '.'], { cwd: dir });
    expect(second).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'result.txt'), 'utf8')).toBe(report);
  });
  it('still refuses an output file named as an input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    const r = run(['-o', 'r.md', 'r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(bad);
  });
  it('crossfoot . > out.txt does not read out.txt', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    for (let i = 0; i < 2; i++) {
      const fd = openSync(join(dir, 'out.txt'), 'w');
      const r = spawnSync(process.execPath, [bin, '-f', 'unix', '.'], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
      closeSync(fd);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(`${badUnix('r.md')}\n\n${ONE_PROBLEM}\n`);
    }
  });
});

describe('an empty file has nothing wrong in it (point 7)', () => {
  it('0 bytes, only white space and an empty .docx: no findings, exit 0, a note on stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '');
    writeFileSync(join(dir, 'b.txt'), ' \n\u3000\n\n');
    writeFileSync(join(dir, 'c.docx'), await buildDocx([{ paragraph: '' }]));
    const r = run(['-f', 'json', 'a.md', 'b.txt', 'c.docx'], { cwd: dir });
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number }>;
    expect(results.map((x) => [x.filePath, x.messages, x.errorCount])).toEqual([['a.md', [], 0], ['b.txt', [], 0], ['c.docx', [], 0]]);
    expect(r.stderr).toBe('crossfoot：提示：a.md 为空，没有可检查的内容。\ncrossfoot：提示：b.txt 为空，没有可检查的内容。\ncrossfoot：提示：c.docx 为空，没有可检查的内容。\n');
    expect(run(['--locale', 'en', '-f', 'json', 'a.md', 'b.txt', 'c.docx'], { cwd: dir }).stderr).toBe('crossfoot: note: a.md is empty: there is nothing to lint.\ncrossfoot: note: b.txt is empty: there is nothing to lint.\ncrossfoot: note: c.docx is empty: there is nothing to lint.\n');
  });
  it('an empty file beside a bad one does not change the exit code', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '');
    writeFileSync(join(dir, 'r.md'), bad);
    const r = run(['-f', 'unix', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${badUnix('r.md')}\n\n${ONE_PROBLEM}\n`);
  });
  it('empty standard input is no finding, exit 0', () => {
    expect(run(['--stdin'], { input: '' })).toEqual({ code: 0, stdout: `\n${NOTHING_READ}\n`, stderr: 'crossfoot：提示：<stdin> 为空，没有可检查的内容。\n' });
  });
});

describe('files crossfoot cannot read (point 8)', () => {
  it('a folder run says how many it skipped and their extensions; hidden files, node_modules, images and readable formats are not counted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    for (const name of ['a.wps', 'b.XLS', 'c.et', 'd.wps', 'e.png', '.hidden.wps']) writeFileSync(join(dir, name), 'x');
    // A format crossfoot reads is linted, not counted.
    writeFileSync(join(dir, 'f.html'), '<html><body><p>本年度工作正常开展。</p></body></html>');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'x.wps'), 'x');
    const r = run(['-f', 'unix', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${badUnix('r.md')}\n\n${ONE_PROBLEM}\n`);
    expect(r.stderr).toBe('crossfoot：警告：已跳过 4 个 crossfoot 无法读取的文件（.et、.wps、.xls）。\n');
    expect(run(['--locale', 'en', '-f', 'unix', '.'], { cwd: dir }).stderr).toBe('crossfoot: warning: skipped 4 files crossfoot cannot read (.et, .wps, .xls).\n');
  });
  it('says "1 file"', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    writeFileSync(join(dir, 'old.rtf'), '{\\rtf1}');
    expect(run(['-f', 'unix', '.'], { cwd: dir }).stderr).toBe('crossfoot：警告：已跳过 1 个 crossfoot 无法读取的文件（.rtf）。\n');
    expect(run(['--locale', 'en', '-f', 'unix', '.'], { cwd: dir }).stderr).toBe('crossfoot: warning: skipped 1 file crossfoot cannot read (.rtf).\n');
  });
  it.each([
    ['x.wps', 'x.wps 是 WPS 文档，crossfoot 无法读取：请用 WPS 另存为 .docx 后再检查。', 'x.wps is a WPS document, which crossfoot cannot read: save it as .docx in WPS, then lint that file.'],
    ['x.et', 'x.et 是 WPS 表格，crossfoot 无法读取：请用 WPS 另存为 .xlsx 后再检查。', 'x.et is a WPS spreadsheet, which crossfoot cannot read: save it as .xlsx in WPS, then lint that file.'],
    ['x.xls', 'x.xls 是 Excel 97–2003 工作簿，crossfoot 无法读取：请用 Excel 或 WPS 另存为 .xlsx 后再检查。', 'x.xls is an Excel 97–2003 workbook, which crossfoot cannot read: save it as .xlsx in Excel or WPS, then lint that file.'],
    ['x.odt', 'x.odt 是 OpenDocument 文本，crossfoot 无法读取：请另存为 .docx 后再检查。', 'x.odt is an OpenDocument text, which crossfoot cannot read: save it as .docx, then lint that file.'],
    ['x.rtf', 'x.rtf 是 RTF 文档，crossfoot 无法读取：请另存为 .docx 后再检查。', 'x.rtf is a Rich Text document, which crossfoot cannot read: save it as .docx, then lint that file.'],
    ['x.ofd', 'x.ofd 是 OFD 文档，crossfoot 无法读取：请向报送单位索取 .docx 原件后再检查。', 'x.ofd is an OFD document, which crossfoot cannot read: ask the unit that sent it for the .docx original, then lint that file.'],
  ])('a file named directly (%s) says what to do in one sentence, exit 2, other files still linted', (name, zh, en) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    writeFileSync(join(dir, name), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    const r = run(['-f', 'unix', name, 'r.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`crossfoot：${zh}\n`);
    expect(r.stdout).toBe(`${badUnix('r.md')}\n\n${ONE_PROBLEM}\n`);
    // In English, the advice too (it was Chinese in an English sentence).
    expect(run(['--locale', 'en', '-f', 'unix', name, 'r.md'], { cwd: dir }).stderr).toBe(`crossfoot: ${en}\n`);
  });
});

describe('standard input, --annotate, --print-text, --list-rules (point 9)', () => {
  it('refuses --stdin together with file arguments', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), bad);
    for (const args of [['--stdin', 'r.md'], ['-', 'r.md']]) {
      expect(run(args, { cwd: dir, input: bad })).toEqual({ code: 2, stdout: '', stderr: 'crossfoot：--stdin 从标准输入读取一份报告，不能同时指定文件；请二选一。\n' });
      expect(run(['--locale', 'en', ...args], { cwd: dir, input: bad }).stderr).toBe('crossfoot: --stdin reads one report from standard input; name files or use --stdin, not both.\n');
    }
  });
  it('reads a .docx on standard input, by its ZIP magic or by --stdin-filename', async () => {
    const docx = Buffer.from(await buildDocx([{ paragraph: '2024年度部门整体支出绩效自评报告' }, { paragraph: '涉及一般公共预算支出万元。' }]));
    const sniffed = run(['-f', 'unix', '--stdin'], { input: docx });
    expect(sniffed).toEqual({ code: 1, stdout: '<stdin>:2:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n1 个问题\n', stderr: '' });
    const named = run(['-f', 'unix', '--stdin', '--stdin-filename', '报告.docx'], { input: docx });
    expect(named.stdout).toBe('报告.docx:2:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n1 个问题\n');
  });
  it('--annotate into a missing folder creates it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.docx'), await buildDocx([{ paragraph: '2024年度部门整体支出绩效自评报告' }, { paragraph: '涉及一般公共预算支出万元。' }]));
    const r = run(['--annotate', 'nodir/sub/r.批注.docx', 'r.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'nodir/sub/r.批注.docx')).subarray(0, 2).toString()).toBe('PK');
  });
  it('--print-text names each file before its text when there are several, as head does', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '甲\n');
    writeFileSync(join(dir, 'b.txt'), '乙');
    expect(run(['--print-text', 'a.md', 'b.txt'], { cwd: dir })).toEqual({ code: 0, stdout: '==> a.md <==\n甲\n\n==> b.txt <==\n乙\n', stderr: '' });
    expect(run(['--print-text', 'a.md'], { cwd: dir }).stdout).toBe('甲\n');
  });
  it('--list-rules -f json gives JSON', () => {
    const r = run(['--list-rules', '-f', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list.find((x) => x.id === 'implausible-year')).toMatchObject({ id: 'implausible-year', severity: 'error', defaultOptions: { futureYears: 10 }, schema: { futureYears: { type: 'integer', minimum: 0 } } });
    expect(list.map((x) => x.id)).toContain('sum-mismatch');
  });
});

describe('the JSON format carries ESLint’s result fields (point 9)', () => {
  it('fatalErrorCount, fixable counts, suppressedMessages, usedDeprecatedRules and nodeType', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), `${bad}\n<!-- crossfoot-disable-next-line missing-figure -->\n支出万元。\n`);
    const r = run(['-f', 'json', 'r.md'], { cwd: dir });
    const [result] = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules', 'stats']);
    expect(result).toMatchObject({ filePath: 'r.md', errorCount: 1, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'missing-figure', line: 3, column: 9, nodeType: null })]);
    expect(result.suppressedMessages).toEqual([expect.objectContaining({ ruleId: 'missing-figure', line: 6, column: 1, nodeType: null, suppressions: [{ kind: 'directive', justification: '' }] })]);
  });
});

describe('--stdin on a terminal says it is waiting', () => {
  it('prints the hint on stderr only when standard input is a terminal', async () => {
    const { main } = (await import('../dist/src/cli.js')) as unknown as { main: (argv: string[], io: unknown) => Promise<number> };
    for (const stdinIsTTY of [true, false]) {
      let stderr = '';
      let stdout = '';
      const stdin = new PassThrough();
      stdin.end(bad);
      const code = await main(['--stdin', '-f', 'unix'], { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), stdin, stdinIsTTY, isTTY: false, env: {}, cwd: tempDir() });
      expect(code).toBe(1);
      expect(stdout).toContain('[Error/missing-figure]');
      expect(stderr).toBe(stdinIsTTY ? 'crossfoot：正在从标准输入读取报告；输入完毕后按 Ctrl+D 结束（Windows 下按 Ctrl+Z 再按回车）。\n' : '');
      stderr = '';
      const english = new PassThrough();
      english.end(bad);
      await main(['--stdin', '-f', 'unix', '--locale', 'en'], { stdout: () => {}, stderr: (t: string) => (stderr += t), stdin: english, stdinIsTTY, isTTY: false, env: {}, cwd: tempDir() });
      expect(stderr).toBe(stdinIsTTY ? 'crossfoot: reading a report from standard input; end it with Ctrl+D (Ctrl+Z, Enter on Windows).\n' : '');
    }
  });
});
