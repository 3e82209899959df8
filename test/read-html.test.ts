// Web pages: the seeds saved as .html by LibreOffice lint like the seeds; a saved government page
// gives its article (not the site's navigation) with the 自评表 as a GFM table whose merged cells span.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, figures } from './read-formats-helpers.js';
import { root, runCli } from './run-cli.js';

const formats = join(root, 'fixtures/formats');
const temp = () => mkdtempSync(join(tmpdir(), 'crossfoot-html-'));

describe('.html saved by LibreOffice from the seeds', () => {
  it.each(SEEDS.filter((s) => s !== 'seed-004-qiannan-2024-form').map((s) => [s]))('%s.html gives the seed’s rule ids on the same figures', (seed) => {
    const fromText = figures(`fixtures/${seed}.md`);
    const fromHtml = figures(`fixtures/formats/${seed}.html`);
    expect(fromHtml).toEqual(fromText);
    expect(fromHtml.length).toBeGreaterThan(0);
  });

  it('keeps the broken-paragraph findings (seed 000: paragraphs are written apart) and other conversion artifacts (seed 002)', () => {
    const broken = ['计', '贴', '发'].map((c) => `conversion-artifact/brokenParagraph ${c}`);
    expect(figures('fixtures/seed-000-tongdao-2024.md').filter((f) => f.startsWith('conversion-artifact/'))).toEqual(broken);
    expect(figures('fixtures/formats/seed-000-tongdao-2024.html').filter((f) => f.startsWith('conversion-artifact/'))).toEqual(broken);
    expect(figures('fixtures/formats/seed-002-luquan-2025.html')).toContain('conversion-artifact [bookmark: _GoBack]');
  });

  it('finds a sentence split over two <p>, not one broken by a <br> inside a paragraph', () => {
    const dir = temp();
    const ended = ['本会内设办公室、业务部，人员稳定。', '全年收入 86.88 万元，支出 86.88 万元。', '项目按计划实施，完成率 100%。', '群众满意度 95%，较上年提高。'].map((p) => `<p>${p}</p>`).join('');
    const page = (split: string) => `<html><body><h2>一、基本情况</h2>${ended}${split}</body></html>`;
    writeFileSync(join(dir, 'p.html'), page('<p>全年共投入 22950 元为计生特殊家庭购买健康保险，发</p><p>放住院护理补贴 19500 元。</p>'));
    writeFileSync(join(dir, 'br.html'), page('<p>全年共投入 22950 元为计生特殊家庭购买健康保险，发<br>放住院护理补贴 19500 元。</p>'));
    expect(figures('p.html', dir)).toEqual(['conversion-artifact/brokenParagraph 发']);
    expect(figures('br.html', dir)).toEqual([]);
  });

  // The 自评表 seed's rows are OCR text with figures broken over tab stops; as an HTML table the
  // pieces sit in cells LibreOffice re-spans, so a number broken over two cells with empty cells
  // between (255 … 5, 573. 38) is found as its second half only: a rule-side question about
  // garbled tables (split-number across empty cells), not the reader's. Every other finding is the
  // text's, in order (the .doc and the PDF give all of them: their rows keep the text's cells).
  it('seed-004 (a garbled 自评表): the text\'s findings, one number broken across re-spanned cells found by its second half', () => {
    const fromText = figures('fixtures/seed-004-qiannan-2024-form.md');
    const fromHtml = figures('fixtures/formats/seed-004-qiannan-2024-form.html');
    expect(fromHtml).toEqual(fromText.map((f) => (f === 'split-number 255⇥5, 573. 38' ? 'split-number 5, 573. 38' : f)));
    expect(fromText).toContain('missing-total-score 总 分');
    expect(fromText).toContain('split-number 255⇥5, 573. 38');
  });
});

describe('a saved government page (GBK, meta charset)', () => {
  const page = 'fixtures/formats/gov-page-gbk.html';

  it('prints the article: title, paragraphs apart (a <br> a line of its paragraph), the 自评表 with merged cells spanning', () => {
    const r = runCli(['--print-text', page]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '# 某某县农业农村局2024年度项目支出绩效自评报告',
      '',
      '一、项目基本情况',
      '',
      '2024年度高标准农田建设管护项目全年预算数150.00万元，全年执行数135.00万元。项目由县农业农村局组织实施，',
      '覆盖全县8个乡镇。',
      '',
      '二、绩效自评情况',
      '',
      '项目支出绩效自评表',
      '',
      '| 项目名称 |  | 高标准农田建设管护项目 |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 主管部门 |  | 某某县农业农村局 |  | 实施单位 |  | 某某县农业农村局 |  |',
      '| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '|  | 年度资金总额 | 120.00 | 150.00 | 135.00 | 10 | 92.00% | 9 |',
      '|  | 其中：当年财政拨款 | 120.00 | 150.00 | 135.00 | — | — | — |',
      '|  | 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |',
      '|  | 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |',
      '| 年度总体目标 |  | 预期目标 |  |  | 实际完成情况 |  |  |',
      '|  |  | 管护高标准农田2.5万亩 |  |  | 管护高标准农田2.6万亩 |  |  |',
      '',
      '三、存在的问题：个别乡镇管护资金拨付进度偏慢。',
      '',
    ]);
    for (const furniture of ['首页', '当前位置', '政务公开', '信息公开目录', '搜索', '今天是', '发布时间', 'siteTotal', '访问量', 'document.write', '分享到', '打印本页', '网站标识码', 'ICP', 'margin-top', '_hmt']) {
      expect(r.stdout).not.toContain(furniture);
    }
  });

  it('finds the planted execution rate error at its line and column in the printed text', () => {
    const r = runCli(['-f', 'unix', page]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${page}:16:47: 执行率应为 135.00 万元 ÷ 150.00 万元 = 90.00%，所写为 92.00% [Error/rate-mismatch]\n\n1 个问题\n`);
    const line16 = runCli(['--print-text', page]).stdout.split('\n')[15]!;
    expect(line16.slice(46, 52)).toBe('92.00%');
  });

  it('reads a page with no known container by its block of most text, a UTF-8 page whose meta still says gb2312, a table nested in a cell as the cell’s text', () => {
    const dir = temp();
    const html = [
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><script>var menu = "首页";</script></head><body>',
      '<div class="top"><a href="/">首页</a> <a href="/a">机构概况</a> <a href="/b">政务公开</a></div>',
      '<div class="wrap"><div class="box"><h2>一、部门基本情况</h2>',
      '<div>2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。</div>',
      '<table><tr><td><table><tr><td>指标</td><td>值</td></tr><tr><td>人数</td><td>4</td></tr></table></td><td>内嵌表</td><td>c</td></tr><tr><td>a</td><td colspan="2">b</td></tr></table>',
      '</div></div><div id="footer">版权所有</div></body></html>',
    ].join('\n');
    writeFileSync(join(dir, 'p.htm'), html, 'utf8');
    const printed = runCli(['--print-text', 'p.htm'], { cwd: dir });
    expect(printed.stdout).toBe(
      [
        '## 一、部门基本情况',
        '',
        '2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。',
        '',
        '| 指标 值 人数 4 | 内嵌表 | c |',
        '| --- | --- | --- |',
        '| a | b |  |',
        '',
      ].join('\n'),
    );
    expect(runCli(['-f', 'unix', 'p.htm'], { cwd: dir }).stdout.split('\n')[0]).toBe('p.htm:3:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]');
  });

  it('refuses binary and undecodable pages with one sentence and exit 2, still reporting a good file', () => {
    const dir = temp();
    writeFileSync(join(dir, 'pdf.html'), Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'));
    writeFileSync(join(dir, 'zip.htm'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    writeFileSync(join(dir, 'garbled.html'), Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xff, 0x3c, 0x2f, 0x70, 0x3e]));
    writeFileSync(join(dir, 'gbk.html'), Buffer.concat([Buffer.from('<meta charset="gbk"><p>'), Buffer.from([0xff, 0xff]), Buffer.from('</p>')]));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'good.md'), '基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。\n');
    const files = ['pdf.html', 'zip.htm', 'garbled.html', 'gbk.html', 'empty.html', 'good.md'];
    const r = runCli(['-f', 'unix', ...files], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'crossfoot：empty.html 为空，没有可检查的内容。',
      'crossfoot：garbled.html 无法解码：内容不是有效的 UTF-8 或 GB18030 文本。',
      'crossfoot：gbk.html 无法解码：内容既不符合其声明的字符集（gbk），也不是有效的 UTF-8 或 GB18030。',
      'crossfoot：pdf.html 不是网页，而是 PDF 文件。',
      'crossfoot：zip.htm 不是网页，而是 ZIP 压缩包（.docx、.xlsx 等）。',
    ]);
    expect(runCli(['--locale', 'en', '-f', 'unix', ...files], { cwd: dir }).stderr.split('\n').filter(Boolean).sort()).toEqual([
      'crossfoot: empty.html is empty: there is nothing to lint.',
      'crossfoot: garbled.html cannot be decoded: it is not valid UTF-8 or GB18030 text.',
      'crossfoot: gbk.html cannot be decoded: it is not valid text in its declared charset (gbk), UTF-8 or GB18030.',
      'crossfoot: pdf.html is not a web page: it is a PDF file.',
      'crossfoot: zip.htm is not a web page: it is a ZIP archive (a .docx, .xlsx or similar).',
    ]);
    expect(r.stdout.split('\n')[0]).toBe('good.md:1:6: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]');
  });
});
