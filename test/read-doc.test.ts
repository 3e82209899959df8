// Legacy Word (.doc): the seeds saved as .doc by LibreOffice lint like the seeds; table rows (their
// ends read from the paragraph properties) become GFM tables; a file that is not a .doc is refused in one sentence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docBodyText } from '../src/read/doc.js';
import { buildDocx } from './docx.js';
import { SEEDS, figures } from './read-formats-helpers.js';
import { root, runCli } from './run-cli.js';

const formats = join(root, 'fixtures/formats');
const temp = () => mkdtempSync(join(tmpdir(), 'crossfoot-doc-'));
const sumError = '基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。';

describe('.doc saved by LibreOffice from the seeds', () => {
  it.each(SEEDS.map((s) => [s]))('%s.doc gives the seed’s rule ids on the same figures', (seed) => {
    const fromText = figures(`fixtures/${seed}.md`);
    const fromDoc = figures(`fixtures/formats/${seed}.doc`);
    expect(fromDoc).toEqual(fromText);
    expect(fromDoc.length).toBeGreaterThan(0);
  });

  // The 自评表's rows hold too many properties for Word's property page: their row-end marks are
  // told in the Data stream (sprmPHugePapx), which word-extractor does not read; the reader does.
  it('seed-004 (a 自评表 of eleven columns): the 总分 row is a row, and the empty total is found', () => {
    const lines = runCli(['--print-text', 'fixtures/formats/seed-004-qiannan-2024-form.doc']).stdout.split('\n');
    // The text's 42 tab-separated lines (LibreOffice joined its two tables in one) and the delimiter row.
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(43);
    expect(lines).toContain('|  | 总 分 |  |  |  |  |  |  |  |  |  |');
    expect(figures('fixtures/formats/seed-004-qiannan-2024-form.doc')).toContain('missing-total-score 总 分');
  });
});

describe('.doc text', () => {
  it('prints paragraphs apart, a line break as a line of its paragraph, rows as a GFM table, merged cells as word-extractor gives them', () => {
    const r = runCli(['--print-text', 'fixtures/formats/merged-cells.doc']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(['标题一', '', '第一段 74.73 万元。', '', '第二段', '换行后', '', '| 资金来源 | 年初预算数 | 全年预算数 |', '| --- | --- | --- |', '| 合并 | 跨两列 |  |', '|  | a | b |', '', '末段。', ''].join('\n'));
  });

  it('finds the planted errors at their lines and columns, in prose and in a row whose properties are in the Data stream', () => {
    const r = runCli(['-f', 'unix', 'fixtures/formats/form-table.doc']);
    expect(r.stdout).toBe(
      'fixtures/formats/form-table.doc:3:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]\n' +
        'fixtures/formats/form-table.doc:7:47: 执行率应为 135.00 万元 ÷ 150.00 万元 = 90.00%，所写为 92.00% [Error/rate-mismatch]\n\n2 个问题\n',
    );
    const lines = runCli(['--print-text', 'fixtures/formats/form-table.doc']).stdout.split('\n');
    expect(lines[2]!.slice(11, 16)).toBe('74.73');
    expect(lines.slice(4, 10)).toEqual([
      '| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '|  | 年度资金总额 | 120.00 | 150.00 | 135.00 | 10 | 92.00% | 9 |',
      '|  | 其中：当年财政拨款 | 120.00 | 150.00 | 135.00 | - | - | - |',
      '| 年度总体目标 | 管护高标准农田2.5万亩 | 管护高标准农田2.6万亩 |  |  |  |  |  |',
      '',
    ]);
    expect(lines[10]).toBe('截至2024年底，在职在编4人。');
  });

  it('keeps a cell’s paragraphs and line breaks in the cell (the first cell’s too), and a line break in prose in its paragraph', () => {
    const r = runCli(['--print-text', 'fixtures/formats/cell-paragraphs.doc']);
    expect(r.stdout.split('\n')).toEqual([
      '一、预算执行情况',
      '',
      '全年预算数150.00万元，全年执行数135.00万元，',
      '执行率90.00%。',
      '',
      '| 项目 | 全年预算数 | 全年执行数 | 执行率 | 说明 |',
      '| --- | --- | --- | --- | --- |',
      '| 资金总额 | 150.00 | 135.00 | 92.00% | 第一段说明。 第二段说明， 换行续写。 |',
      '| 其中： 财政拨款 | 150.00 | 135.00 | 90.00% |  |',
      '',
      '二、绩效目标完成情况',
      '',
      '各项绩效目标均已完成。',
      '',
    ]);
    expect(runCli(['-f', 'unix', 'fixtures/formats/cell-paragraphs.doc']).stdout).toBe(
      'fixtures/formats/cell-paragraphs.doc:8:28: 执行率应为 135.00 万元 ÷ 150.00 万元 = 90.00%，所写为 92.00% [Error/rate-mismatch]\n\n1 个问题\n',
    );
  });

  it('lays word-extractor rows on lines: a cell of several paragraphs, a lone row, tabs in prose', () => {
    expect(docBodyText('前言\n甲\t乙\t\n丙\t第一段\n第二段\t\n后记\n').text).toBe('前言\n\n| 甲 | 乙 |\n| --- | --- |\n| 丙 | 第一段 第二段 |\n\n后记\n');
    // A first cell's earlier paragraphs are not told apart from a paragraph before the row: kept as a line.
    expect(docBodyText('甲\t乙\t\n第一段\n第二段\t丙\t\n').text).toBe('甲\t乙\n\n第一段\n\n第二段\t丙\n');
    expect(docBodyText('单位\t万元\t\n正文\n').text).toBe('单位\t万元\n\n正文\n');
    expect(docBodyText('项目\t说明没有结束\n下一段\n').text).toBe('项目\t说明没有结束\n\n下一段\n');
  });

  it('reads the marks of the paragraph properties: a cell’s paragraphs and line breaks stay in the cell, a line break in prose is a line of its paragraph', () => {
    expect(docBodyText('前言\u2028第二行\n甲\t乙\u2029第二段\t\n丙\u2028续\t丁\t\n后记\n').text).toBe('前言\n第二行\n\n| 甲 | 乙 第二段 |\n| --- | --- |\n| 丙 续 | 丁 |\n\n后记\n');
  });

  it('reads a .docx saved under a .doc name, and refuses what is not a .doc with one sentence and exit 2, still reporting a good file', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'renamed.doc'), await buildDocx([{ paragraph: sumError }]));
    writeFileSync(join(dir, 'rtf.doc'), '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 基本支出}');
    writeFileSync(join(dir, 'page.doc'), '<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>基本支出</p></body></html>');
    writeFileSync(join(dir, 'truncated.doc'), readFileSync(join(formats, 'seed-001-chenxi-2023.doc')).subarray(0, 3000));
    writeFileSync(join(dir, 'text.doc'), '这只是一段文字。');
    writeFileSync(join(dir, 'empty.doc'), '');
    writeFileSync(join(dir, 'good.md'), `${sumError}\n`);
    const files = ['renamed.doc', 'rtf.doc', 'page.doc', 'truncated.doc', 'text.doc', 'empty.doc', 'good.md'];
    const r = runCli(['-f', 'unix', ...files], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'crossfoot：empty.doc 为空，没有可检查的内容。',
      'crossfoot：page.doc 不是 Word .doc 文件，而是网页，请把扩展名改为 .html 后再检查。',
      'crossfoot：rtf.doc 不是 Word .doc 文件，而是 RTF 文件，请另存为 .docx 后再检查。',
      'crossfoot：text.doc 不是 Word .doc 文件（开头没有 OLE 文件标识）。',
      'crossfoot：truncated.doc 是已损坏或不受支持的 Word .doc 文件，无法读取其中的文字。',
    ]);
    expect(runCli(['--locale', 'en', '-f', 'unix', ...files], { cwd: dir }).stderr.split('\n').filter(Boolean).sort()).toEqual([
      'crossfoot: empty.doc is empty: there is nothing to lint.',
      'crossfoot: page.doc is not a Word .doc file: it is a web page; rename it to .html to lint it.',
      'crossfoot: rtf.doc is not a Word .doc file: it is an RTF file; save it as .docx to lint it.',
      'crossfoot: text.doc is not a Word .doc file (it does not start with the OLE signature).',
      'crossfoot: truncated.doc is a damaged or unsupported Word .doc file: its text cannot be read.',
    ]);
    expect(r.stdout.split('\n').filter((l) => l.includes('[Error/')).sort()).toEqual([
      'good.md:1:6: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]',
      'renamed.doc:1:6: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]',
    ]);
  });
});
