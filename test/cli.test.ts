// The built binary, run as a user runs it: exit codes, formats, stdin, encodings, bad input, config.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { LARGE_FILE } from '../src/batch.js';
import { lint } from '../src/lint.js';
import { encodeGb18030 } from './gb18030.js';
import { root, runCli as run } from './run-cli.js';

const fixtures = join(root, 'fixtures');
const seeds = readdirSync(fixtures).filter((f) => f.startsWith('seed-') && f.endsWith('.md')).sort();

beforeAll(() => {
  if (!existsSync(join(root, 'dist/bundle/crossfoot.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root });
});

/** The message JSON.parse gives for `text`. */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crossfoot-cli-'));
}

/** Seed 002 repeated to at least `bytes` of UTF-8: a large report of real text. */
function reportOf(bytes: number): string {
  const seed = `${readFileSync(join(fixtures, 'seed-002-luquan-2025.md'), 'utf8')}\n\n`;
  return seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
}

/** Chinese characters and punctuation (ideographs, CJK punctuation, full-width forms). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

const bad = '2024年度部门整体支出绩效自评报告\n\n涉及一般公共预算支出万元。\n';
const clean = '2024年度部门整体支出绩效自评报告\n\n基本支出 74.63 万元。\n';

describe('exit codes and formats', () => {
  it('finds exactly the seed defects of the fixture sidecars, exit 1 (unix format)', () => {
    // The text fixtures only: fixtures/formats/ holds the same reports as other formats, tested by their readers.
    const r = run(['--format', 'unix', 'fixtures/*.md']);
    expect(r.code).toBe(1);
    const expected: string[] = [];
    for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.expected.json')).sort()) {
      const report = name.replace('.expected.json', '.md');
      for (const m of JSON.parse(readFileSync(join(fixtures, name), 'utf8'))) {
        expected.push(`fixtures/${report}:${m.line}:${m.column}: [${m.severity === 2 ? 'Error' : 'Warning'}/${m.ruleId}]`);
      }
    }
    const lines = r.stdout.trimEnd().split('\n');
    // The count line is for people, in the run's language; the [Error/…] tags are ESLint's, for editors, in every language.
    expect(lines.at(-1)).toBe(`${expected.length} 个问题`);
    const shown = lines.slice(0, -2).map((l) => l.replace(/^(\S+?:\d+:\d+: ).*( \[\w+\/[\w-]+\])$/, '$1$2').replace(':  [', ': ['));
    expect(shown).toEqual(expected);
    expect(r.stdout).toContain('fixtures/seed-002-luquan-2025.md:18:83: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]');
    expect(r.stderr).toBe('');
    expect(run(['--locale', 'en', '--format', 'unix', 'fixtures/*.md']).stdout.trimEnd().split('\n').at(-1)).toBe(`${expected.length} problems`);
  });
  it('exits 0 on a clean report, saying what was checked (in Chinese, and in English with --locale en)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.md'), clean);
    // One amount and nothing to check it against: said as such, not as a clean bill.
    expect(run([join(dir, 'ok.md')])).toEqual({ code: 0, stdout: '\n未找到数量关系——crossfoot 读到 1 个数字，但没有可核对的关系\n', stderr: '' });
    expect(run(['--locale', 'en', join(dir, 'ok.md')])).toEqual({ code: 0, stdout: '\nno relations found in 1 file — crossfoot read 1 figure but no relation between them it could check\n', stderr: '' });
    writeFileSync(join(dir, 'sum.md'), '基本支出 74.63 万元（人员经费 62.27 万元，公用经费 12.36 万元）。\n');
    expect(run([join(dir, 'sum.md')])).toEqual({ code: 0, stdout: '\n✔ 核对了 1 处数量关系：1 处相符\n', stderr: '' });
    expect(run(['--locale', 'en', join(dir, 'sum.md')])).toEqual({ code: 0, stdout: '\n✔ 1 relation checked in 1 file, 1 hold\n', stderr: '' });
  });
  it('prints ESLint-shaped JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), '2025年度整体支出绩效自评报告\n'.repeat(17) + readFileSync(join(fixtures, 'seed-002-luquan-2025.md'), 'utf8').split('\n')[17]!.replace('从评价情况来看，从评价情况来看', '从评价情况来看'));
    const r = run(['-f', 'json', 'r.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        filePath: 'r.md',
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        suppressedMessages: [],
        usedDeprecatedRules: [],
        messages: [
          {
            ruleId: 'missing-figure',
            nodeType: null,
            severity: 2,
            message: '“支出万元”缺少金额：万元前没有数字',
            messageId: 'missing',
            line: 18,
            column: 83,
            endLine: 18,
            endColumn: 87,
            data: { text: '支出万元', unit: '万元' },
          },
        ],
        stats: { figures: 1, relations: 0, checked: 0, held: 0, failed: 0, skipped: 0, skippedBy: {}, unrelatedFigures: 1 },
      },
    ]);
  });
  it('prints stylish output with the source line and a caret under the figure', () => {
    const r = run(['fixtures/seed-004-qiannan-2024-form.md']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('fixtures/seed-004-qiannan-2024-form.md');
    // The severity words in Chinese, 错误 and 警告 as wide as each other.
    expect(lines[2]).toBe('  6:9    警告  数字“3, 104, 531. 58”被拆开，已按 3104531.58 读取  split-number');
    const at = lines.indexOf('  35:15  错误  年份 2324 不可能：报告年度为 2024，合理范围为 1949–2034 年  implausible-year');
    expect(at).toBeGreaterThan(1);
    // The caret sits under 2324年 counting display width (CJK characters are two columns).
    const quoted = lines[at + 1]!;
    const caret = lines[at + 2]!;
    const caretStart = caret.indexOf('^');
    const yearAt = quoted.indexOf('2324年');
    let width = 0;
    for (const ch of quoted.slice(0, yearAt)) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
    expect(caretStart).toBe(width);
    expect(caret.trim()).toBe('^'.repeat(6));
    // The problems line, then what was checked.
    expect(lines.slice(-3)).toEqual(['✖ 16 个问题（1 个错误，15 个警告）', '✖ 核对了 35 处数量关系：34 处相符，1 处不符', '']);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
  it('prints the stylish frame in English with --locale en, aligned as ESLint aligns it', () => {
    const lines = run(['--locale', 'en', 'fixtures/seed-004-qiannan-2024-form.md']).stdout.split('\n');
    expect(lines[2]).toBe('  6:9    warning  The number "3, 104, 531. 58" is broken up; read as 3104531.58  split-number');
    expect(lines).toContain('  35:15  error    Year 2324 cannot be meant: the report year is 2024, plausible years are 1949–2034  implausible-year');
    expect(lines.slice(-3)).toEqual(['✖ 16 problems (1 error, 15 warnings)', '✖ 35 relations checked in 1 file, 34 hold, 1 fail', '']);
  });
  it('colours stylish output with --color and not under NO_COLOR', () => {
    expect(run(['--color', 'fixtures/seed-002-luquan-2025.md']).stdout).toMatch(/\u001b\[/);
    expect(run(['fixtures/seed-002-luquan-2025.md'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
  it('speaks English with --locale en', () => {
    expect(run(['--locale', 'en', '-f', 'unix', 'fixtures/seed-002-luquan-2025.md']).stdout).toContain('"支出万元" lacks its amount: no number before 万元');
  });
  it('writes the report to a file with -o and never over an input', () => {
    const dir = tempDir();
    const out = join(dir, 'sub/report.json');
    const r = run(['-f', 'json', '-o', out, 'fixtures/seed-002-luquan-2025.md']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].errorCount).toBe(2);
    const input = join(dir, 'in.md');
    writeFileSync(input, bad);
    const clash = run(['-o', input, input]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe(`crossfoot：--output ${input} 是待检查的文件之一；crossfoot 不会写入输入文件。\n`);
    expect(run(['--locale', 'en', '-o', input, input]).stderr).toBe(`crossfoot: --output ${input} is one of the files being linted; crossfoot never writes to an input file.\n`);
    expect(readFileSync(input, 'utf8')).toBe(bad);
  });
  it('answers --help in Chinese, with the usage line and examples, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['用法：crossfoot [文件、文件夹或通配符…] [选项]', '', '检查预算绩效自评报告中的数字：合计与分项、占比、执行率、增减幅度、得分等是否相符。', '']);
    expect(lines).toContain('选项：');
    // yargs's own words (types, defaults, choices) in Chinese too.
    expect(lines).toContain('      --max-warnings    警告数超过此值时以退出码 1 结束（0 或正整数）                       [字符串]');
    expect(lines).toContain('      --locale          提示语言：zh 中文，en 英文      [字符串] [可选值为 "zh", "en"] [默认为 "zh"]');
    expect(lines).toContain('  -h, --help            显示帮助信息                                                        [布尔值]');
    expect(lines.slice(lines.indexOf('示例：'))).toEqual([
      '示例：',
      '  crossfoot 自评报告.docx                       检查一份报告',
      '  crossfoot 报告/ --max-warnings 0              检查文件夹中的全部报告，有警告即不通过（持续集成用）',
      '  crossfoot 报告/ -f sarif -o out.sarif         把结果写成 SARIF 文件（供代码扫描使用）',
      '  crossfoot 自评报告.docx --annotate 批注.docx  另存一份在每处问题上加了 Word 批注的副本',
      '  crossfoot 自评报告.pdf --print-text           显示 crossfoot 读到的文字（问题的行号以此为准）',
      '  crossfoot --explain sum-mismatch              查看一条规则的说明',
      '',
    ]);
    expect(r.stderr).toBe('');
  });
  it('answers --help --locale en (or --locale=en, before or after --help) in English, with no Chinese left in it', () => {
    const r = run(['--help', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['Usage: crossfoot [files, folders or globs…] [options]', '']);
    expect(r.stdout).not.toMatch(CJK);
    expect(r.stdout).toContain('\nOptions:\n');
    expect(r.stdout).toContain('\nExamples:\n  crossfoot report.docx                            Lint one report\n');
    expect(r.stdout).toContain('  crossfoot report.docx --annotate annotated.docx  Save a copy with a Word comment on each finding\n');
    expect(r.stdout).toContain('      --locale          Message language: zh Chinese, en English\n');
    expect(run(['--locale=en', '--help'])).toEqual(r);
    expect(run(['-h', '--locale', 'en'])).toEqual(r);
  });
  it('answers --version with exit 0', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('lists the rules with --list-rules: in Chinese their severity and title, in English their description', () => {
    const zh = run(['--list-rules']);
    expect(zh.code).toBe(0);
    expect(zh.stdout.split('\n')).toContain('implausible-year           错误  年份不合理');
    expect(zh.stdout.split('\n')).toContain('jiezhi-usage               警告  “截至”误写为“截止”');
    const en = run(['--list-rules', '--locale', 'en']);
    expect(en.stdout.split('\n')).toContain('jiezhi-usage               warn   截止 followed by a time (截止2023年底, 截止12月) should be 截至');
    expect(en.stdout).toMatch(/^implausible-year\s+error\s+A year outside/m);
  });
  it('explains a rule with --explain: the page in Chinese, or in English with --locale en', () => {
    const zh = run(['--explain', 'grade-mismatch']);
    expect(zh.code).toBe(0);
    expect(zh.stdout.split('\n').slice(0, 4)).toEqual(['# grade-mismatch：自评等级与得分不符', '', '默认级别：错误（error）', '']);
    expect(zh.stdout).toContain('\n## 会报告的写法\n');
    expect(zh.stdout).toContain('→ `2:14 得分 87 分对应等级“良”，所写为“优”`');
    expect(zh.stdout).not.toContain('Why');
    const en = run(['--explain', 'grade-mismatch', '--locale', 'en']);
    expect(en.stdout.split('\n').slice(0, 4)).toEqual(['# grade-mismatch', '', 'Default severity: error', '']);
    expect(en.stdout).toContain('\n## Flagged\n');
    expect(en.stdout).toContain('→ `2:14 A score of 87 is graded "良", the form says "优"`');
    expect(en.stdout).not.toContain('为什么');
  });
});

describe('stdin', () => {
  it('lints standard input with --stdin and --stdin-filename', () => {
    const r = run(['--stdin', '--stdin-filename', 'report.md', '-f', 'unix'], { input: bad });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('report.md:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]');
  });
  it('reads standard input for -', () => {
    expect(run(['-', '-f', 'unix'], { input: clean })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('takes empty standard input as a report with nothing wrong in it (exit 0), with a note', () => {
    const r = run(['--stdin'], { input: '' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('crossfoot：提示：<stdin> 为空，没有可检查的内容。\n');
    expect(run(['--stdin', '--locale', 'en'], { input: '' }).stderr).toBe('crossfoot: note: <stdin> is empty: there is nothing to lint.\n');
  });
});

describe('encodings and line endings', () => {
  it('gives the same JSON for a GB18030 copy of every seed', () => {
    const dir = tempDir();
    const decoder = new TextDecoder('gb18030');
    for (const seed of seeds) {
      const text = readFileSync(join(fixtures, seed), 'utf8');
      const gbk = encodeGb18030(text)!;
      expect(decoder.decode(gbk)).toBe(text);
      writeFileSync(join(dir, seed), gbk);
      const utf8 = run(['-f', 'json', join(fixtures, seed)]);
      const other = run(['-f', 'json', join(dir, seed)]);
      expect(other.code).toBe(utf8.code);
      expect(JSON.parse(other.stdout)[0].messages).toEqual(JSON.parse(utf8.stdout)[0].messages);
    }
  });
  it('keeps line numbers with CRLF line endings', () => {
    const dir = tempDir();
    const seed = 'seed-002-luquan-2025.md';
    writeFileSync(join(dir, seed), readFileSync(join(fixtures, seed), 'utf8').replace(/\n/g, '\r\n'));
    expect(run(['-f', 'unix', join(dir, seed)]).stdout.split('\n').slice(0, 2)).toEqual([
      `${join(dir, seed)}:17:69: 61.57 万元 ÷ 213.74 万元 = 28.8%，所写为 28.9% [Error/share-mismatch]`,
      `${join(dir, seed)}:18:83: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]`,
    ]);
  });
});

describe('bad input: one sentence on stderr, exit 2', () => {
  // Each in Chinese (the default) and in English (--locale en); `dir` is a temporary folder.
  const binary = (d: string) => (writeFileSync(join(d, 'x.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), [join(d, 'x.txt')]);
  const invalid = (d: string) => (writeFileSync(join(d, 'x.txt'), Buffer.from([0x41, 0xff, 0xff, 0x80])), [join(d, 'x.txt')]);
  const noReports = (d: string) => (writeFileSync(join(d, 'a.png'), 'x'), [d]);
  it.each([
    ['a missing path', () => ['no-such-report.md'], (_d: string) => 'crossfoot：找不到文件 no-such-report.md。\n', (_d: string) => 'crossfoot: no-such-report.md does not exist.\n'],
    ['a folder with no reports', noReports, (d: string) => `crossfoot：文件夹 ${d} 中没有报告文件（.md、.markdown、.txt、.docx、.doc、.html、.htm、.pdf、.xlsx）。\n`, (d: string) => `crossfoot: ${d} is a directory with no report files (.md, .markdown, .txt, .docx, .doc, .html, .htm, .pdf, .xlsx) in it.\n`],
    ['a pattern matching nothing', () => ['nothing-*.md'], () => 'crossfoot：没有与 nothing-*.md 匹配的报告文件。\n', () => 'crossfoot: No report files match the pattern nothing-*.md.\n'],
    ['a binary file', binary, (d: string) => `crossfoot：${join(d, 'x.txt')} 是二进制文件（PNG），不是文本报告。\n`, (d: string) => `crossfoot: ${join(d, 'x.txt')} is a binary file (PNG), not a text report.\n`],
    ['invalid bytes', invalid, (d: string) => `crossfoot：${join(d, 'x.txt')} 不是有效的 UTF-8、UTF-16 或 GB18030 文本。\n`, (d: string) => `crossfoot: ${join(d, 'x.txt')} is not valid UTF-8, UTF-16 or GB18030 text.\n`],
    ['a file over the size limit', () => ['--max-file-size', '1KB', 'fixtures/seed-000-tongdao-2024.md'], () => 'crossfoot：警告：fixtures/seed-000-tongdao-2024.md 大小为 6.9 KB，超过 1.0 KB 的上限（--max-file-size），已跳过。\n', () => 'crossfoot: warning: fixtures/seed-000-tongdao-2024.md is 6.9 KB, over the 1.0 KB limit (--max-file-size); it was skipped.\n'],
    ['an unknown option', () => ['--frobnicate', 'fixtures'], () => 'crossfoot：未知选项：frobnicate\n用法见 crossfoot --help。\n', () => 'crossfoot: Unknown argument: frobnicate\nRun crossfoot --help for usage.\n'],
    ['a value not among the choices', () => ['-f', 'nope', 'fixtures'], () => 'crossfoot：选项值无效：\n  选项 format 的值为 "nope"，可选值为 "stylish", "json", "unix", "sarif", "github", "html"\n用法见 crossfoot --help。\n', () => 'crossfoot: Invalid values:\n  Argument: format, Given: "nope", Choices: "stylish", "json", "unix", "sarif", "github", "html"\nRun crossfoot --help for usage.\n'],
    ['a missing option value', () => ['fixtures', '--rule'], () => 'crossfoot：选项 rule 后面缺少值\n用法见 crossfoot --help。\n', () => 'crossfoot: Not enough arguments following: rule\nRun crossfoot --help for usage.\n'],
    ['no files at all', () => [], () => 'crossfoot：未指定要检查的文件。请给出报告文件或文件夹，或使用 --stdin（见 crossfoot --help）。\n', () => 'crossfoot: no files given. Name report files or folders to lint, or use --stdin (crossfoot --help).\n'],
  ])('%s', (_name, args, zh, en) => {
    const dir = tempDir();
    const r = run(args(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(zh(dir));
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(3);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const english = run(['--locale', 'en', ...args(dir)]);
    expect(english.code).toBe(2);
    expect(english.stderr).toBe(en(dir));
    expect(english.stderr).not.toMatch(CJK);
  });
  it('skips a file over --max-file-size with a warning naming it, and lints the rest', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.md'), `${bad}${'基本支出 74.63 万元。\n'.repeat(200)}`);
    writeFileSync(join(dir, 'small.md'), bad);
    const r = run(['-f', 'unix', '--max-file-size', '2KB', 'big.md', 'small.md'], { cwd: dir });
    expect(r.stderr).toBe('crossfoot：警告：big.md 大小为 5.8 KB，超过 2.0 KB 的上限（--max-file-size），已跳过。\n');
    expect(r.stdout).toBe('small.md:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n1 个问题\n');
    expect(r.code).toBe(1);
    writeFileSync(join(dir, 'small.md'), clean);
    expect(run(['-f', 'unix', '--max-file-size', '2KB', 'big.md', 'small.md'], { cwd: dir }).code).toBe(0);
  });
  it('lints a file (or standard input) of LARGE_FILE or more on a worker of its own, to the same findings as on this thread', () => {
    const dir = tempDir();
    const text = reportOf(LARGE_FILE);
    writeFileSync(join(dir, 'big.md'), text);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(LARGE_FILE);
    const r = run(['-f', 'json', 'big.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    // The JSON format adds ESLint's nodeType (null) to each message.
    const messages = lint(text, { filePath: 'big.md' }).messages.map((m) => ({ ...m, nodeType: null }));
    expect(JSON.parse(r.stdout)[0].messages).toEqual(messages);
    // Standard input of that size goes to a worker too, with its text.
    const piped = run(['-f', 'json', '--stdin'], { cwd: dir, input: text });
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout)[0].messages).toEqual(messages);
  });
  it('skips a file that exhausts the heap with a warning naming it, and lints the rest', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.md'), reportOf(4 * LARGE_FILE));
    writeFileSync(join(dir, 'small.md'), bad);
    // Linting big.md takes several hundred megabytes; this heap holds about 150.
    const r = run(['-f', 'unix', 'big.md', 'small.md'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=100' } });
    expect(r.stderr).toMatch(/^crossfoot：警告：big\.md 检查所需内存超出 Node\.js 的堆内存上限（\d+\.\d MB），已跳过。可用 NODE_OPTIONS=--max-old-space-size=<兆字节数> 提高上限，或把文件拆分后再检查。\n$/);
    expect(r.stdout).toBe('small.md:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n1 个问题\n');
    expect(r.code).toBe(1);
  });
  it('skips standard input that exhausts the heap with the same warning, and exits 2 with nothing linted', () => {
    const input = reportOf(4 * LARGE_FILE);
    // In English this time: the outcome comes back from the worker as data, rendered in the run's language.
    const r = run(['--locale', 'en', '--stdin', '--stdin-filename', 'report.md'], { input, env: { NODE_OPTIONS: '--max-old-space-size=100' } });
    expect(r.stderr).toMatch(/^crossfoot: warning: report\.md needs more memory to lint than Node\.js's heap limit \(\d+\.\d MB\) allows; it was skipped\. Raise the limit with NODE_OPTIONS=--max-old-space-size=<megabytes>, or split the file\.\n$/);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
  it('lints the three lines |, |||||, | (issue #14: the crash that ended the run) next to a report, with no internal error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), '|\n|||||\n|\n');
    const seed = 'seed-000-tongdao-2024.md';
    writeFileSync(join(dir, seed), readFileSync(join(fixtures, seed)));
    const sidecar = JSON.parse(readFileSync(join(fixtures, seed.replace(/\.md$/, '.expected.json')), 'utf8')) as Array<{ ruleId: string; line: number; column: number; messageId: string }>;
    for (const threads of ['off', '2']) {
      const r = run(['-f', 'json', '--concurrency', threads, 'bad.txt', seed], { cwd: dir });
      expect(r.stderr).toBe('');
      // The seed has warnings only.
      expect(r.code).toBe(0);
      const [lines, report] = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; messageId: string }> }>;
      expect(lines).toEqual({ filePath: 'bad.txt', messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [], stats: { figures: 0, relations: 0, checked: 0, held: 0, failed: 0, skipped: 0, skippedBy: {}, unrelatedFigures: 0 } });
      expect(report!.filePath).toBe(seed);
      expect(report!.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual(sidecar.map((m) => [m.ruleId, m.messageId, m.line, m.column]));
      expect(sidecar.length).toBeGreaterThan(0);
    }
  });
  it('still lints the good files next to a bad path, and exits 2', () => {
    const r = run(['-f', 'unix', 'missing.md', 'fixtures/seed-002-luquan-2025.md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('missing-figure');
    expect(r.stderr).toBe('crossfoot：找不到文件 missing.md。\n');
  });
});

describe('an exception on one file: its internal-error, the other files as usual, exit 2', () => {
  /**
   * A .docx whose word/document.xml is cut off after `paragraphs` paragraphs, and the reason the
   * reader fails on it. xmldom throws on XML that is not well-formed, and the docx reader lets that
   * through (it is not an InputError): a genuine exception while reading one file. Should the
   * reader learn to refuse such a file as an InputError, these tests need another such exception.
   */
  async function truncatedDocx(paragraphs: number): Promise<{ bytes: Uint8Array; reason: string }> {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>基本支出 74.63 万元。</w:t></w:r></w:p>'.repeat(paragraphs)}`;
    let reason = '';
    try {
      new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml');
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).not.toBe('');
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    // Stored, not deflated: the file is as large as its XML.
    return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), reason };
  }
  const readError = (reason: string) => ({
    ruleId: 'internal-error',
    severity: 2,
    message: `读取文件运行出错：${reason}`,
    messageId: 'internal-error',
    data: { stage: 'read', reason },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    // JSON marks a file no rule could run on as ESLint marks a parse error.
    nodeType: null,
    fatal: true,
  });

  it('on one thread and on worker threads (--concurrency 2)', async () => {
    const dir = tempDir();
    const { bytes, reason } = await truncatedDocx(3);
    writeFileSync(join(dir, 'b-broken.docx'), bytes);
    const reports = ['seed-000-tongdao-2024.md', 'seed-002-luquan-2025.md', 'seed-004-qiannan-2024-form.md'];
    for (const name of reports) writeFileSync(join(dir, name), readFileSync(join(fixtures, name)));
    const one = run(['-f', 'json', '.'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).not.toContain('crossfoot:');
    const results = JSON.parse(one.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(results.map((r) => r.filePath)).toEqual(['b-broken.docx', ...reports]);
    expect(results[0]!.messages).toEqual([readError(reason)]);
    // Every other file has its fixture's findings, as when linted alone.
    for (const [i, name] of reports.entries()) {
      expect(results[i + 1]!.messages).toEqual(JSON.parse(JSON.stringify(lint(readFileSync(join(fixtures, name), 'utf8')).messages.map((m) => ({ ...m, nodeType: null })))));
      expect(results[i + 1]!.messages.length).toBeGreaterThan(0);
    }
    const pooled = run(['-f', 'json', '--concurrency', '2', '.'], { cwd: dir });
    expect([pooled.code, pooled.stdout]).toEqual([2, one.stdout]);
    expect(pooled.stderr).not.toContain('crossfoot:');
  });
  it('on the worker of a large file', async () => {
    const dir = tempDir();
    const { bytes, reason } = await truncatedDocx(Math.ceil(LARGE_FILE / 50));
    expect(bytes.length).toBeGreaterThanOrEqual(LARGE_FILE);
    writeFileSync(join(dir, 'big.docx'), bytes);
    writeFileSync(join(dir, 'small.md'), bad);
    const r = run(['-f', 'unix', 'big.docx', 'small.md'], { cwd: dir });
    expect(r.stdout).toBe(`big.docx:1:1: 读取文件运行出错：${reason} [Error/internal-error]\nsmall.md:3:9: “支出万元”缺少金额：万元前没有数字 [Error/missing-figure]\n\n2 个问题\n`);
    expect(r.stderr).not.toContain('crossfoot:');
    expect(r.code).toBe(2);
  });
});

describe('files, folders and globs', () => {
  it('walks folders recursively, skipping node_modules and dot-folders', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'a/b/r.txt'), bad);
    writeFileSync(join(dir, 'a/r.markdown'), bad);
    writeFileSync(join(dir, 'node_modules/r.md'), bad);
    writeFileSync(join(dir, '.git/r.md'), bad);
    writeFileSync(join(dir, 'notes.docx.bak'), bad);
    const r = run(['-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual(['a/b/r.txt', 'a/r.markdown']);
  });
  it('expands glob patterns', () => {
    const r = run(['-f', 'json', 'fixtures/seed-00[12]*.md']);
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual([
      'fixtures/seed-001-chenxi-2023.md',
      'fixtures/seed-002-luquan-2025.md',
    ]);
  });
});

describe('configuration', () => {
  function project(configName: string, content: unknown) {
    const dir = tempDir();
    mkdirSync(join(dir, 'reports/2024'), { recursive: true });
    writeFileSync(join(dir, 'reports/2024/r.md'), bad);
    writeFileSync(join(dir, configName), typeof content === 'string' ? content : JSON.stringify(content));
    return dir;
  }
  it.each([
    ['crossfoot.config.json', { rules: { 'missing-figure': 'warn' } }],
    ['.crossfootrc.json', { rules: { 'missing-figure': 'warn' } }],
    ['package.json', { name: 'reports', crossfoot: { rules: { 'missing-figure': 'warn' } } }],
  ])('finds %s from the file’s folder upward', (name, content) => {
    const dir = project(name, content);
    const r = run(['-f', 'json', 'reports'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { severity: number }) => m.severity)).toEqual([1]);
  });
  it('uses --config instead of lookup, and --rule on top', () => {
    const dir = project('crossfoot.config.json', { rules: { 'missing-figure': 'off' } });
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'missing-figure': 'error' } }));
    expect(run(['reports'], { cwd: dir }).code).toBe(0);
    expect(run(['--config', 'strict.json', 'reports'], { cwd: dir }).code).toBe(1);
    expect(run(['--config', 'strict.json', '--rule', 'missing-figure:off', 'reports'], { cwd: dir }).code).toBe(0);
  });
  it('counts warnings against --max-warnings and hides them with --quiet', () => {
    const dir = project('crossfoot.config.json', {});
    expect(run(['--rule', 'missing-figure:warn', 'reports'], { cwd: dir }).code).toBe(0);
    const over = run(['--rule', 'missing-figure:warn', '--max-warnings', '0', 'reports'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('crossfoot：警告过多（--max-warnings 允许 0 个）。\n');
    expect(run(['--locale', 'en', '--rule', 'missing-figure:warn', '--max-warnings', '0', 'reports'], { cwd: dir }).stderr).toBe('crossfoot found too many warnings (maximum: 0).\n');
    expect(run(['--rule', 'missing-figure:warn', '--quiet', '-f', 'unix', 'reports'], { cwd: dir }).stdout).toBe('');
  });
  it.each([
    ['an unknown rule id', { rules: { 'no-such-rule': 'error' } }, '：规则 no-such-rule 不存在（crossfoot --list-rules 列出全部规则）。', ': unknown rule "no-such-rule" (crossfoot --list-rules lists them).'],
    ['a bad severity', { rules: { 'missing-figure': 'loud' } }, '：规则 missing-figure 的级别应为 "off"、"warn" 或 "error"，而不是 "loud"。', ': rule "missing-figure": severity must be "off", "warn" or "error", not "loud".'],
    ['an unknown key', { rulez: {} }, '：未知的键 "rulez"。', ': unknown key "rulez".'],
    // The English sentence quotes the JSON parser's own message (its wording varies with the Node.js version).
    ['broken JSON', '{ rules: ', ' 不是有效的 JSON（第 1 行第 3 列有语法错误）。', ` is not valid JSON (${jsonError('{ rules: ')}).`],
  ])('refuses a config with %s, exit 2, in Chinese and in English', (_name, content, zh, en) => {
    const dir = project('crossfoot.config.json', content);
    const r = run(['reports'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`crossfoot：配置文件 ${join(dir, 'crossfoot.config.json')}${zh}\n`);
    expect(run(['--locale', 'en', 'reports'], { cwd: dir }).stderr).toBe(`crossfoot: Config file ${join(dir, 'crossfoot.config.json')}${en}\n`);
  });
  it('refuses a bad --rule flag, exit 2', () => {
    expect(run(['--rule', 'missing-figure', 'fixtures'])).toEqual({ code: 2, stdout: '', stderr: 'crossfoot：--rule 的值 "missing-figure" 无效，应为 规则名:级别，如 --rule sum-mismatch:warn。\n' });
    expect(run(['--locale', 'en', '--rule', 'missing-figure', 'fixtures']).stderr).toBe('crossfoot: --rule "missing-figure": expected id:severity, e.g. --rule sum-mismatch:warn.\n');
    expect(run(['--rule', 'nope:warn', 'fixtures'])).toEqual({ code: 2, stdout: '', stderr: 'crossfoot：--rule：规则 nope 不存在（crossfoot --list-rules 列出全部规则）。\n' });
  });
});

describe('--shard', () => {
  it('covers every file exactly once over shards 1..n', () => {
    const dir = tempDir();
    for (let i = 0; i < 23; i++) writeFileSync(join(dir, `报告${i}.md`), clean);
    const seen: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = run(['-f', 'json', '--shard', `${i}/4`, '.'], { cwd: dir });
      expect(r.code).toBe(0);
      seen.push(...JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath));
    }
    expect(seen.sort()).toEqual(Array.from({ length: 23 }, (_, i) => `报告${i}.md`).sort());
  });
  it('refuses a bad shard with exit 2', () => {
    const r = run(['--shard', '5/4', 'fixtures']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('crossfoot：--shard 的值 "5/4" 无效，应为 i/n（1 ≤ i ≤ n），如 --shard 2/4。\n');
    expect(run(['--locale', 'en', '--shard', '5/4', 'fixtures']).stderr).toBe('crossfoot: --shard "5/4": expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.\n');
  });
});

describe('--concurrency', () => {
  const reports = readdirSync(fixtures).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  /** A folder of `n` reports (the fixtures over and over) and one binary file. */
  function batch(n: number): string {
    const dir = tempDir();
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.md`), readFileSync(join(fixtures, reports[i % reports.length]!)));
    writeFileSync(join(dir, 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    return dir;
  }
  it('gives the same output, order and exit code on worker threads as on one thread', () => {
    const dir = batch(30);
    const one = run(['-f', 'json', '.'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('crossfoot：zz-binary.txt 是二进制文件（PNG），不是文本报告。\n');
    const results = JSON.parse(one.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(results.map((r) => r.filePath)).toEqual(readdirSync(dir).filter((f) => f.endsWith('.md')).sort());
    // Each copy has its fixture's findings (the sidecar), so the comparisons below are not of empty output.
    results.forEach((r, i) => {
      const sidecar = JSON.parse(readFileSync(join(fixtures, reports[i % reports.length]!.replace(/\.md$/, '.expected.json')), 'utf8')) as Array<{ ruleId: string; line: number; column: number }>;
      expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(sidecar.map((m) => [m.ruleId, m.line, m.column]));
    });
    for (const threads of ['2', '3', 'auto']) expect(run(['-f', 'json', '--concurrency', threads, '.'], { cwd: dir })).toEqual(one);
    // The worker threads' outcomes are data, shown in the run's language.
    const english = run(['--locale', 'en', '-f', 'json', '--concurrency', '2', '.'], { cwd: dir });
    expect(english.stderr).toBe('crossfoot: zz-binary.txt is a binary file (PNG), not a text report.\n');
  });
  it('keeps --cache working across worker threads', () => {
    const dir = batch(12);
    const first = run(['--cache', '--concurrency', '2', '-f', 'unix', '.'], { cwd: dir });
    const stored = JSON.parse(readFileSync(join(dir, '.crossfoot-cache/results.json'), 'utf8'));
    expect(Object.keys(stored.entries)).toHaveLength(12);
    const key = Object.keys(stored.entries).find((k) => stored.entries[k].messages.length > 0)!;
    const file = key.slice(dir.length + 1);
    const original = stored.entries[key].messages[0].message as string;
    stored.entries[key].messages[0].message = 'from the cache';
    writeFileSync(join(dir, '.crossfoot-cache/results.json'), JSON.stringify(stored));
    const second = run(['--cache', '--concurrency', '2', '-f', 'unix', '.'], { cwd: dir });
    // Exactly that one line changed: the cached entry was used, and every other file's result stood.
    const firstLines = first.stdout.split('\n');
    const changed = firstLines.findIndex((l) => l.startsWith(`${file}:`) && l.includes(original));
    firstLines[changed] = firstLines[changed]!.replace(original, 'from the cache');
    expect(second.stdout).toBe(firstLines.join('\n'));
    expect(second.code).toBe(first.code);
  });
  it('refuses a bad --concurrency value, exit 2', () => {
    const r = run(['--concurrency', 'many', 'fixtures']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('crossfoot：--concurrency 的值 "many" 无效，应为 auto、off 或线程数。\n');
    expect(run(['--locale', 'en', '--concurrency', 'many', 'fixtures']).stderr).toBe('crossfoot: --concurrency "many": expected auto, off or a number of threads.\n');
  });
});

describe('--cache', () => {
  it('reuses results of unchanged files and notices a changed file, a changed config and a changed rule setting', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), bad);
    writeFileSync(join(dir, 'b.md'), clean);
    const first = run(['--cache', '-f', 'unix', '.'], { cwd: dir });
    expect(first.code).toBe(1);
    const stored = JSON.parse(readFileSync(join(dir, '.crossfoot-cache/results.json'), 'utf8'));
    expect(Object.keys(stored.entries)).toHaveLength(2);
    // Unchanged: the same output from the cache.
    expect(run(['--cache', '-f', 'unix', '.'], { cwd: dir })).toEqual(first);
    // A cached entry is what the second run shows: tamper with it to prove it was used.
    const key = Object.keys(stored.entries).find((k) => k.endsWith('a.md'))!;
    stored.entries[key].messages[0].message = 'from the cache';
    writeFileSync(join(dir, '.crossfoot-cache/results.json'), JSON.stringify(stored));
    expect(run(['--cache', '-f', 'unix', '.'], { cwd: dir }).stdout).toContain('from the cache');
    // A changed file, or changed settings, is linted again.
    expect(run(['--cache', '--rule', 'missing-figure:warn', '-f', 'unix', '.'], { cwd: dir }).stdout).toContain('[Warning/missing-figure]');
    writeFileSync(join(dir, 'a.md'), `${bad}\n`);
    expect(run(['--cache', '-f', 'unix', '.'], { cwd: dir }).stdout).toContain('缺少金额');
  });
});
