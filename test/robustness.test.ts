// crossfoot never throws, keeps every position inside the text, gives the same answer twice, and
// stays fast on adversarial input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../src/format/stylish.js';
import { type LintMessage, lint, resultOf } from '../src/lint.js';
import { decodeBytes } from '../src/read/decode.js';
import { encodeGb18030 } from './gb18030.js';

/** Every message lies inside the text, with start ≤ end. */
function checkPositions(text: string, messages: ReturnType<typeof lint>['messages']): void {
  const lines = text.split(/\r\n|\n|\r/);
  for (const m of messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeLessThanOrEqual(lines.length);
    expect(m.line < m.endLine || (m.line === m.endLine && m.column <= m.endColumn)).toBe(true);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
    expect(m.endColumn).toBeLessThanOrEqual(lines[m.endLine - 1]!.length + 1);
  }
}

const fragments = [
  '基本支出 74.63 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元）',
  '，其中：', '占总支出的 85.90%', '理赔率 73.05%', '560人', '150元/人', '共计84000元', '较去年26848.57元提升2.67倍',
  '2324年12月31日', '2月30日', '涉及一般公共预算支出万元', '一、', '（一）', '（2）', '1.', '①', '\t', '\n', '\r\n', '\n\n',
  '资金来源\t全年预算数(A)\t全年执行数(B)\t执行率\n', '资金总额\t3, 647\t7, 981. 22\t100.00\n', '| a | b |\n| --- | --- |\n| 1 | 2 |\n',
  '产出指标(50分)', '总 分', '绩 优。', '鹿发﹝2019﹞8号', '截止12月', ' and ', '[bookmark: _GoBack]', '**19500**', '<!-- crossfoot-disable -->',
  '１２．５％', '😀', '\uD800', '\uDC00', '𠀀', '（', '）', '，', '。', '、', '%', '万元', '元', '年', '月', '日', '0', '9', '.', ',',
];
const reportish = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 40 }).map((parts) => parts.join(''));

describe('properties', () => {
  it('never throws on arbitrary strings, keeps positions inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const first = lint(text);
        checkPositions(text, first.messages);
        expect(lint(text).messages).toEqual(first.messages);
      }),
      { numRuns: 150 },
    );
  });
  it('never throws on mixes of report sentences, table rows, full-width and astral characters, CRLF and lone surrogates', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const first = lint(text);
        checkPositions(text, first.messages);
        expect(lint(text).messages).toEqual(first.messages);
        expect(first.internalErrorCount).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
  it('reads the same text saved as GB18030 to the same findings', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const bytes = encodeGb18030(text);
        // A lone surrogate has no GB18030 code; an empty text is refused whatever its encoding.
        fc.pre(bytes !== undefined && text.trim() !== '');
        const read = decodeBytes(bytes!, 'report.txt');
        // Bytes that are also valid UTF-8 are read as UTF-8 (the reader's documented order): only
        // text without Han characters or full-width punctuation can come out that way.
        fc.pre(read.encoding === 'gb18030' || read.text === text);
        expect(read.text).toBe(text);
        expect(lint(read.text).messages).toEqual(lint(text).messages);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial input stays fast and unbroken', () => {
  const cases: Array<[string, () => string]> = [
    ['1,1,1,… (300 KB)', () => '1,'.repeat(150_000)],
    ['，，，… (300 KB)', () => '，'.repeat(300_000)],
    ['deeply nested parentheses', () => `${'（'.repeat(50_000)}基本支出 74.63 万元${'）'.repeat(50_000)}`],
    ['one long line of repeated phrases', () => '计生特殊家庭住院护理补贴'.repeat(20_000)],
    ['20,000 nested block quotes', () => `${'>'.repeat(20_000)} 正文`],
    ['10,000 sibling headings', () => '一、标题\n'.repeat(10_000)],
    ['10,000 tab rows', () => '\t1\t2\t3\n'.repeat(10_000)],
    ['one 300 KB line of figures with no 。', () => '本年度预算执行率为95.5%，项目资金12.5万元，'.repeat(12_000)],
    ['2,000 Markdown headings', () => '## 一、项目概况\n\n资金12.5万元。\n\n'.repeat(2_000)],
    ['5,000 sentences with sums and shares', () => '基本支出 74.63 万元，其中：人员经费 62.27 万元、公用经费 12.36 万元，占 16.56%。'.repeat(5_000)],
    // Each of these took over 20 s (most of them minutes), or overflowed the stack, before the code
    // that reads them was made linear.
    ['a number, then 100,000 spaces', () => `资金1${' '.repeat(100_000)}。\n项目\t1${'\u3000'.repeat(100_000)}x\t2\n鹿发〔2019${' '.repeat(50_000)}〕${' '.repeat(50_000)}号`],
    ['共计 50,000 times before 占', () => `人员经费${'共计'.repeat(50_000)}占85.5%，${'从'.repeat(50_000)}85%下降到80%`],
    ['one line of 160,000 amounts', () => '1万元'.repeat(160_000)],
    ['one line of 60,000 dates and amounts', () => '2020年12月1万元，'.repeat(60_000)],
    ['one line of 60,000 full dates', () => '2024年12月31日前完成，2023年度'.repeat(60_000)],
    ['two table rows of 20,000 numbers each', () => `项目${'\t12.5'.repeat(20_000)}\n项目${'\t12.5'.repeat(20_000)}\n`],
    ['one line of 80,000 placeholders and English words', () => '甲XX甲ab'.repeat(80_000)],
    ['one line of 300,000 doubled words', () => '共计'.repeat(300_000)],
  ];
  it.each(cases)('%s', (_name, make) => {
    const text = make();
    const started = performance.now();
    const result = lint(text);
    const elapsed = performance.now() - started;
    expect(result.internalErrorCount).toBe(0);
    checkPositions(text, result.messages.slice(0, 200));
    // A bound against super-linear blow-ups (each case took minutes before its code was made linear),
    // not a speed measurement (that is `npm run bench`): wide enough for a machine busy with the
    // rest of the suite (20,000 nested block quotes take 6 s alone, near 30 s beside the other files).
    expect(elapsed).toBeLessThan(50_000);
  });
});

describe('output of a large file', () => {
  it('quotes each of 10,000 findings in a 4 MB file from one split of its lines', () => {
    // Splitting the source once per finding took minutes here: time grew with findings × size.
    const source = Array.from({ length: 400_000 }, (_, i) => `第${i + 1}行资金12.5万元`).join('\n');
    const messages: LintMessage[] = Array.from({ length: 10_000 }, (_, i) => {
      const line = i * 40 + 1;
      // The figure 12.5, after 第…行资金.
      const column = String(line).length + 5;
      return { ruleId: 'sum-mismatch', severity: 2, message: `第${line}行`, messageId: 'mismatch', line, column, endLine: line, endColumn: column + 4 };
    });
    const started = performance.now();
    const out = formatStylish([resultOf('big.md', messages, 0, source)], { color: false });
    const elapsed = performance.now() - started;
    const lines = out.split('\n');
    const quoted = (line: number) => {
      // The severity word is Chinese by default (错误), as wide as the English one is padded to.
      const at = lines.findIndex((l) => l.endsWith(`错误  第${line}行  sum-mismatch`));
      return [lines[at + 1]!.trim(), lines[at + 2]!.slice(lines[at + 1]!.indexOf('第'))];
    };
    expect(quoted(1)).toEqual(['第1行资金12.5万元', `${' '.repeat(9)}^^^^`]);
    expect(quoted(399_961)).toEqual(['第399961行资金12.5万元', `${' '.repeat(14)}^^^^`]);
    expect(elapsed).toBeLessThan(20_000);
  });
});
