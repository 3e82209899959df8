// PDF input: the layout of text items into lines, tables and paragraphs on synthetic items; the
// seed reports printed to PDF by LibreOffice (fixtures/formats, scripts/fixtures-pdf.sh) linted
// like their text; a bordered form over a page break (scripts/fixtures-pdf-forms.sh); and files
// crossfoot must refuse, in one sentence each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropRunning, findTables, joinLines, writeBlocks, type PdfLine, type TextPiece } from '../src/read/pdf-layout.js';
import { SEEDS } from './read-formats-helpers.js';
import { root, runCli } from './run-cli.js';

const formats = join(root, 'fixtures/formats');
const temp = () => mkdtempSync(join(tmpdir(), 'crossfoot-pdf-'));

/** A piece of text set in a 10-point font, one point per Latin character and ten per Chinese one. */
const piece = (text: string, x: number, y: number): TextPiece => ({
  text,
  x,
  y,
  width: [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 5 : 10), 0),
  height: 10,
});

describe('joinLines', () => {
  it('joins pieces on one baseline left to right, with no space between Chinese characters', () => {
    const lines = joinLines([piece('执行率', 120, 700.4), piece('全年', 100, 700), piece('为95%', 150, 699.8), piece('下一行', 100, 685)]);
    expect(lines.map((l) => l.text)).toEqual(['全年执行率为95%', '下一行']);
    expect(lines[0]!.cells).toEqual([{ text: '全年执行率为95%', x: 100, right: 175 }]);
  });

  it('puts a space only in a real gap between Latin words and numbers', () => {
    const lines = joinLines([piece('budget', 100, 700), piece('rate', 133, 700), piece('支出', 100, 680), piece('74.63', 123, 680), piece('万元', 148, 680), piece('ab', 100, 660), piece('cd', 110, 660)]);
    expect(lines.map((l) => l.text)).toEqual(['budget rate', '支出74.63万元', 'abcd']);
  });

  it('keeps a space pdf.js reports between two Chinese characters, and writes none between Chinese and a number', () => {
    const space = (x: number, y: number, width: number): TextPiece => ({ text: ' ', x, y, width, height: 10 });
    const lines = joinLines([piece('绩', 100, 700), space(110, 700, 2.4), piece('优。', 112.4, 700), piece('绩', 100, 680), piece('优。', 112.4, 680), piece('支出', 100, 660), space(120, 660, 2.4), piece('74.63', 122.4, 660)]);
    expect(lines.map((l) => l.text)).toEqual(['绩 优。', '绩优。', '支出74.63']);
  });

  it('parts cells at a gap wider than a character', () => {
    const [line] = joinLines([piece('资金总额', 100, 700), piece('150.00', 200, 700), piece('135.00', 260, 700)]);
    expect(line!.cells.map((c) => c.text)).toEqual(['资金总额', '150.00', '135.00']);
  });
});

describe('findTables', () => {
  const row = (y: number, cells: Array<[string, number]>) => joinLines(cells.map(([text, x]) => piece(text, x, y)))[0]!;

  it('reads lines whose cells line up in columns as table rows, with a wrapped cell joined and a spanning cell', () => {
    const lines: PdfLine[] = [
      row(700, [['项目', 100], ['预算数', 200], ['执行数', 300]]),
      row(680, [['人员类项目', 100], ['90.00', 200], ['88.00', 300]]),
      row(660, [['特定目标类', 100], ['35.00', 200], ['25.00', 300]]),
      // 12 points under the row above, where rows are 20 apart: the rest of 特定目标类项目.
      row(648, [['项目', 100]]),
      row(628, [['合计', 100], ['125.00', 200], ['113.00', 300]]),
      row(608, [['说明：执行率按全年预算数计算，单位万元', 100]]),
    ];
    const blocks = findTables(lines);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({
      table: {
        rows: [
          [{ text: '项目', colSpan: 1, place: { page: 1 } }, { text: '预算数', colSpan: 1, place: { page: 1 } }, { text: '执行数', colSpan: 1, place: { page: 1 } }],
          [{ text: '人员类项目', colSpan: 1, place: { page: 1 } }, { text: '90.00', colSpan: 1, place: { page: 1 } }, { text: '88.00', colSpan: 1, place: { page: 1 } }],
          [{ text: '特定目标类项目', colSpan: 1, place: { page: 1 } }, { text: '35.00', colSpan: 1, place: { page: 1 } }, { text: '25.00', colSpan: 1, place: { page: 1 } }],
          [{ text: '合计', colSpan: 1, place: { page: 1 } }, { text: '125.00', colSpan: 1, place: { page: 1 } }, { text: '113.00', colSpan: 1, place: { page: 1 } }],
        ],
        pages: [1, 1, 1, 1],
      },
    });
    expect(blocks[1]).toEqual({ line: lines[5] });
  });

  it('leaves two lines of two cells as text: a table needs three', () => {
    const lines = [row(700, [['单位', 100], ['日期', 300]]), row(680, [['名称', 100], ['协会', 300]])];
    expect(findTables(lines)).toEqual([{ line: lines[0] }, { line: lines[1] }]);
  });
});

describe('dropRunning and writeBlocks', () => {
  const page = (n: number, body: string[]) =>
    joinLines([piece('某某县计划生育协会2024年度自评报告', 100, 800), ...body.map((text, k) => piece(text, 100, 700 - 20 * k)), piece(`- ${n} -`, 290, 50)], n);

  it('drops a header and page numbers repeated on every page, and joins a paragraph over the page break', () => {
    // 40 characters of 10 points fill the line from 100 to 500: the paragraph goes on.
    const full = '全年预算数为一百五十万元执行数为一百三十五万元执行率为九十个百分点整体完成较好';
    const pages = dropRunning([page(1, ['一、基本情况', full]), page(2, ['续写完毕。', '二、绩效目标'])]);
    expect(pages.map((lines) => lines.map((l) => l.text))).toEqual([['一、基本情况', full], ['续写完毕。', '二、绩效目标']]);
    const result = writeBlocks(pages.flat().map((line) => ({ line })));
    expect(result.text).toBe(`一、基本情况\n\n${full}续写完毕。\n\n二、绩效目标\n`);
    expect(result.places).toEqual([
      { line: 1, column: 1, endColumn: Infinity, place: { page: 1 } },
      { line: 3, column: 1, endColumn: Infinity, place: { page: 1 } },
      { line: 3, column: full.length + 1, endColumn: full.length + 6, place: { page: 2 } },
      { line: 5, column: 1, endColumn: Infinity, place: { page: 2 } },
    ]);
  });

  it('keeps a single page as it is: nothing repeats', () => {
    const lines = page(1, ['正文']);
    expect(dropRunning([lines])).toEqual([lines]);
  });
});

/** Each finding's rule id and the text at its range, from the JSON output and the text it points into. */
function findings(file: string, cwd: string): string[] {
  const text = runCli(['--print-text', file], { cwd }).stdout.split('\n');
  const [result] = JSON.parse(runCli(['-f', 'json', file], { cwd }).stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }> }>;
  // Cell separators (a tab in the text, ` | ` in a table read from the PDF) as ⇥. Spaces are left
  // out: between Chinese and a number a PDF shows a gap whether or not a space was typed
  // (LibreOffice widens it by itself), so the reader writes none there.
  const at = (m: { line: number; column: number; endLine: number; endColumn: number }) =>
    (m.line === m.endLine ? text[m.line - 1]!.slice(m.column - 1, m.endColumn - 1) : text[m.line - 1]!.slice(m.column - 1)).replace(/\s*(?:\t|(?<!\\)\|)\s*/g, '⇥').replace(/\s+/g, '');
  return result!.messages.map((m) => `${m.ruleId} ${at(m)}`);
}

describe('seed reports printed to PDF', () => {
  // Their tables printed with borders (scripts/fixtures-pdf.sh): seed 004's 自评表 over three
  // pages, its narrow cells wrapped and vertically centred, two of its rows broken over a page
  // break; seed 002's one-cell rows stacked in tables of different widths.
  it.each(SEEDS.map((s) => [s]))('%s.pdf gives the same rule ids on the same figures as its text', (seed) => {
    const fromPdf = findings(`fixtures/formats/${seed}.pdf`, root);
    const fromText = findings(`fixtures/${seed}.md`, root);
    expect(fromPdf).toEqual(fromText);
    expect(fromText.length).toBeGreaterThan(0);
  });

  it('reads seed 004\'s form as one table over its pages, rows broken over a page break joined', () => {
    const lines = runCli(['--print-text', 'fixtures/formats/seed-004-qiannan-2024-form.pdf']).stdout.split('\n');
    expect(lines[0]).toBe('# 部门整体支出绩效自评表');
    const table = lines.filter((l) => l.startsWith('| '));
    // The text's 42 rows and the delimiter row: its two blocks of tab-separated lines are one table.
    expect(table).toHaveLength(43);
    expect(table[1]).toBe(`|${' --- |'.repeat(11)}`);
    expect(table.some((l) => l.includes('| 建设优生优育指导站点 完成党建工作 开展宣传活动 |'))).toBe(true);
    expect(table.at(-1)).toBe('|  | 总 分 |  |  |  |  |  |  |  |  |  |');
  });

  // Printed without borders (as the fixtures were before scripts/fixtures-pdf.mjs drew them), the
  // form's narrow cells wrap and sit vertically centred at different heights, which the column
  // detector does not take for one table: a form without borders is read as lines.
  it('reads seed 004 printed without borders as text: its title a heading, its figures in the text', () => {
    const r = runCli(['--print-text', 'test/data/seed-004-no-borders.pdf']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# 部门整体支出绩效自评表');
    expect(r.stdout).toContain('资金总额3, 647, 981. 22');
  });

  it('notes the page of each finding in data.source', () => {
    const [result] = JSON.parse(runCli(['-f', 'json', 'fixtures/formats/seed-001-chenxi-2023.pdf']).stdout) as Array<{ messages: Array<{ ruleId: string; data: { source?: string; sourcePage?: number } }> }>;
    expect(result!.messages.map((m) => `${m.ruleId} ${m.data.source}`)).toEqual(PAGES_001);
    expect(result!.messages.every((m) => m.data.source === `page ${m.data.sourcePage}`)).toBe(true);
  });
});

describe('a bordered 项目支出绩效自评表 over a page break (scripts/fixtures-pdf-forms.sh)', () => {
  it('finds the wrong 执行率 and the wrong 总分 at their figures and pages, and nothing in the correct twin', () => {
    expect(findings('fixtures/formats/project-form-bordered-bad.pdf', root)).toEqual(['rate-mismatch 92.00%', 'score-sum-mismatch 98']);
    const [result] = JSON.parse(runCli(['-f', 'json', 'fixtures/formats/project-form-bordered-bad.pdf']).stdout) as Array<{ messages: Array<{ data: { source?: string } }> }>;
    expect(result!.messages.map((m) => m.data.source)).toEqual(['page 1', 'page 2']);
    expect(runCli(['-f', 'unix', 'fixtures/formats/project-form-bordered.pdf'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('reads the form as the web page LibreOffice printed: merged cells spanning, wrapped cells joined, the first row repeated on page 2 left out', () => {
    const dir = temp();
    writeFileSync(join(dir, 'form.html'), execFileSync(process.execPath, [join(root, 'scripts/fixtures-pdf-forms.mjs'), 'bad'], { encoding: 'utf8' }));
    // Spaces left out: the PDF shows LibreOffice's gaps between Chinese and numbers as spaces (see findings).
    const table = (text: string) => text.split('\n').filter((l) => l.startsWith('|')).map((l) => l.replace(/\s+/g, ''));
    const fromPdf = table(runCli(['--print-text', 'fixtures/formats/project-form-bordered-bad.pdf']).stdout);
    const fromHtml = table(runCli(['--print-text', 'form.html'], { cwd: dir }).stdout);
    expect(fromPdf).toEqual(fromHtml);
    expect(fromPdf).toHaveLength(17);
    expect(fromPdf.filter((l) => l.startsWith('|项目名称|'))).toHaveLength(1);
  });
});

const PAGES_001 = ['jiezhi-usage page 1', 'jiezhi-usage page 1', 'jiezhi-usage page 1', 'times-phrasing page 1', 'jiezhi-usage page 3'];

/** A PDF of `pages` empty pages, written by hand (the page tree flat, the cross-reference table exact). */
function emptyPdf(pages: number): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, k) => `${k + 3} 0 R`).join(' ')}] /Count ${pages} >>`];
  for (let k = 0; k < pages; k++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, k) => {
    const at = out.length;
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('PDF files crossfoot refuses', () => {
  it('refuses a scan, an encrypted file, HTML named .pdf and a truncated file in one sentence each, and still reports a good file', () => {
    const dir = temp();
    writeFileSync(join(dir, 'scan.pdf'), readFileSync(join(root, 'test/data/scan.pdf')));
    writeFileSync(join(dir, 'encrypted.pdf'), readFileSync(join(root, 'test/data/encrypted.pdf')));
    writeFileSync(join(dir, 'page.pdf'), '<!DOCTYPE html><html><body>2024年度自评报告</body></html>');
    const good = readFileSync(join(formats, 'seed-001-chenxi-2023.pdf'));
    writeFileSync(join(dir, 'truncated.pdf'), good.subarray(0, 2000));
    writeFileSync(join(dir, 'good.pdf'), good);
    const files = ['scan.pdf', 'encrypted.pdf', 'page.pdf', 'truncated.pdf', 'good.pdf'];
    const r = runCli(['-f', 'unix', ...files], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'crossfoot：scan.pdf 没有文字层（可能是扫描件），请先做文字识别（OCR）。',
      'crossfoot：encrypted.pdf 设有打开密码，crossfoot 无法读取（请先另存一份不加密的副本）。',
      'crossfoot：page.pdf 不是 PDF 文件（开头没有 %PDF-，看来是以 .pdf 为扩展名保存的网页）。',
      'crossfoot：truncated.pdf 不是有效的 PDF 文件（文件已损坏或不完整）。',
    ]);
    expect(r.stdout).toMatch(/^good\.pdf:\d+:\d+: .*\[Warning\/jiezhi-usage\]$/m);
    expect(runCli(['--locale', 'en', '-f', 'unix', ...files.slice(0, -1)], { cwd: dir }).stderr.split('\n').filter(Boolean)).toEqual([
      'crossfoot: scan.pdf has no text layer (a scanned document?); run OCR on it first.',
      'crossfoot: encrypted.pdf is encrypted with a password; crossfoot cannot read it (save an unprotected copy first).',
      'crossfoot: page.pdf is not a PDF file (it does not start with %PDF-; it looks like HTML saved under a .pdf name).',
      'crossfoot: truncated.pdf is not a valid PDF file (it is damaged or truncated).',
    ]);
  });

  it('refuses a PDF of 2,000 pages before reading them, naming the limit', () => {
    const dir = temp();
    writeFileSync(join(dir, 'long.pdf'), emptyPdf(2000));
    writeFileSync(join(dir, 'short.pdf'), emptyPdf(2));
    const r = runCli(['long.pdf', 'short.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('crossfoot：long.pdf 共 2000 页，超过 crossfoot 对单个 PDF 的 1000 页上限。\ncrossfoot：short.pdf 没有文字层（可能是扫描件），请先做文字识别（OCR）。\n');
    expect(runCli(['--locale', 'en', 'long.pdf', 'short.pdf'], { cwd: dir }).stderr).toBe(
      'crossfoot: long.pdf has 2000 pages, over the limit of 1000 pages crossfoot reads from one PDF.\ncrossfoot: short.pdf has no text layer (a scanned document?); run OCR on it first.\n',
    );
  });
});
