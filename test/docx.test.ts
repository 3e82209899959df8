// Word documents: read as Markdown text, linted like the seeds, annotated with comments in a copy.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './run-cli.js';
import { buildDocx, runsXml } from './docx.js';
import { formatNumber } from '../src/read/docx-numbering.js';

const fixtures = join(root, 'fixtures');

const run = (args: string[], cwd: string) => runCli(args, { cwd });
const temp = () => mkdtempSync(join(tmpdir(), 'crossfoot-docx-'));

describe('.docx input', () => {
  // Seed 004's form is tab-separated lines with blank lines inside it; as a .docx each tab is a
  // w:tab in its own run. The .docx must give the same findings on the same figures as the text.
  it.each(readdirSync(fixtures).filter((f) => f.startsWith('seed-') && f.endsWith('.md')).sort().map((f) => [f]))(
    '%s as a .docx gives the same findings on the same figures',
    async (seed) => {
      const dir = temp();
      const text = readFileSync(join(fixtures, seed), 'utf8');
      writeFileSync(join(dir, 'report.docx'), await buildDocx(text.split('\n').map((line) => ({ paragraph: line }))));
      writeFileSync(join(dir, 'report.md'), text);
      type Message = { ruleId: string; line: number; column: number; endLine: number; endColumn: number; data: unknown };
      const findings = (file: string) =>
        (JSON.parse(run(['-f', 'json', file], dir).stdout)[0].messages as Message[]).map(({ ruleId, line, column, endLine, endColumn, data }) => ({ ruleId, line, column, endLine, endColumn, data }));
      const fromDocx = findings('report.docx');
      const fromText = findings('report.md');
      expect(fromDocx).toEqual(fromText);
      // …and those are the seed's findings, not an empty list on both sides.
      const sidecar = JSON.parse(readFileSync(join(fixtures, seed.replace(/\.md$/, '.expected.json')), 'utf8')) as Message[];
      expect(fromText).toEqual(sidecar.map(({ ruleId, line, column, endLine, endColumn, data }) => ({ ruleId, line, column, endLine, endColumn, data })));
      if (seed.startsWith('seed-004')) expect(fromDocx.filter((m) => m.ruleId === 'missing-total-score')).toEqual([expect.objectContaining({ line: 45, column: 2 })]);
    },
  );

  const report = async () =>
    buildDocx([
      { paragraph: '2024年度部门整体支出绩效自评报告', style: '1' },
      { paragraph: '一、部门基本情况', style: '2' },
      { paragraph: '2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。' },
      { paragraph: '二、部门整体支出绩效情况' },
      {
        table: [
          ['资金来源', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率', '得分'],
          ['资金总额', '120.00', '150.00', '135.00', '10', '92.00', '9'],
          ['人员类项目', '80.00', '90.00', '88.00', '0', '-', '-'],
          ['运转类项目', '20.00', '25.00', '22.00', '0', '-', '-'],
          ['特定目标类项目', '20.00', '35.00', '25.00', '0', '-', '-'],
          [{ text: '说明：执行率按全年预算数计算', span: 7 }],
        ],
      },
      { paragraph: '截止2024年底，在职在编4人。' },
    ]);

  it('prints the Markdown rendering that positions refer to', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await report());
    const r = run(['--print-text', 'r.docx'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# 2024年度部门整体支出绩效自评报告',
      '## 一、部门基本情况',
      '2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。',
      '二、部门整体支出绩效情况',
    ]);
    expect(lines[5]).toBe('| 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分 |');
    expect(lines[11]).toBe('| 说明：执行率按全年预算数计算 |  |  |  |  |  |  |');
  });

  it('lints paragraphs and table cells, pointing into that rendering', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await report());
    const r = run(['-f', 'unix', 'r.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'r.docx:3:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]',
      'r.docx:8:42: 执行率应为 135.00 元 ÷ 150.00 元 = 90.00%，所写为 92.00% [Error/rate-mismatch]',
      'r.docx:14:1: “截止2024年底”应写作“截至2024年底” [Warning/jiezhi-usage]',
    ]);
  });

  // The standard 项目支出绩效自评表 as Word draws it: merged cells put 实际完成情况 and the goal's
  // text under 分值, and 总分 spans five columns.
  const form = (total: string) =>
    buildDocx([
      { paragraph: '2024年度项目支出绩效自评表' },
      {
        table: [
          ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', '100.00', '100.00', '95.00', '10', '95.00%', '9.5'],
          ['年度总体目标', { text: '预期目标', span: 3 }, { text: '实际完成情况', span: 3 }],
          ['', { text: '培训农民500人次', span: 3 }, { text: '培训农民520人次', span: 3 }],
        ],
      },
      {
        table: [
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
          [{ text: '产出指标(60分)', vMerge: 'restart' }, '数量指标', '培训人次', '500人次', '520人次', '30', '30', ''],
          [{ text: '', vMerge: 'continue' }, '质量指标', '培训合格率', '≥95%', '98%', '30', '28', ''],
          ['满意度指标(30分)', '服务对象满意度指标', '参训农民满意度', '≥90%', '95%', '30', '29', ''],
          [{ text: '总分', span: 5 }, '100', total, ''],
        ],
      },
    ]);

  it('checks the 总分 of a Word form whose merged cells hold text under 分值', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'right.docx'), await form('96.5'));
    writeFileSync(join(dir, 'wrong.docx'), await form('97.5'));
    expect(run(['-f', 'unix', 'right.docx'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect(run(['-f', 'unix', 'wrong.docx'], dir).stdout).toBe('wrong.docx:14:26: 各项得分之和为 96.5，所写总分为 97.5 [Error/score-sum-mismatch]\n\n1 个问题\n');
  });

  it('writes an annotated copy with one comment per finding on the right runs, leaving the input alone', async () => {
    const dir = temp();
    const original = await report();
    writeFileSync(join(dir, 'r.docx'), original);
    const r = run(['--annotate', 'r.annotated.docx', 'r.docx'], dir);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'r.docx'))).toEqual(Buffer.from(original));
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'r.annotated.docx')));
    const comments = await zip.file('word/comments.xml')!.async('string');
    const authors = [...comments.matchAll(/w:author="([^"]+)"/g)].map((m) => m[1]);
    expect(authors).toEqual(['crossfoot', 'crossfoot', 'crossfoot']);
    // The Chinese message first, the rule id after it.
    expect(comments).toContain('>分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元（sum-mismatch）</w:t>');
    // With --locale en, the English message, and the rule id in ASCII parentheses.
    expect(run(['--locale', 'en', '--annotate', 'r.en.docx', 'r.docx'], dir).code).toBe(1);
    const english = await (await JSZip.loadAsync(readFileSync(join(dir, 'r.en.docx')))).file('word/comments.xml')!.async('string');
    expect(english).toContain('>The parts add up to 74.63 万元 (55.35 + 12.36 + 6.92), the stated total is 74.73 万元 (sum-mismatch)</w:t>');
    const document = await zip.file('word/document.xml')!.async('string');
    // Each comment range encloses exactly its figure: the run is split around it.
    const ranges = [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(ranges).toEqual(['74.73', '92.00', '截止']);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/word/comments.xml');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="comments.xml"');
    // The copy is itself a readable Word document.
    expect(run(['-f', 'unix', 'r.annotated.docx'], dir).stdout.split('\n')[0]).toBe('r.annotated.docx:3:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]');
  });

  it('splits one formatted run around two findings, each part keeping the run properties, the text unchanged', async () => {
    const dir = temp();
    const sentence = `${sumSentence}截止2024年底，在职在编4人。`;
    writeFileSync(join(dir, 'r.docx'), await buildDocx([{ xml: `<w:p><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t>${sentence}</w:t></w:r></w:p>` }]));
    expect(run(['--annotate', 'r.annotated.docx', 'r.docx'], dir).code).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'r.annotated.docx')));
    const document = await zip.file('word/document.xml')!.async('string');
    const ranges = [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(ranges).toEqual(['74.73', '截止']);
    const texts = [...document.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => [m[1], m[2]]);
    expect(texts).toEqual([
      ['<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>', '2024年度基本支出 '],
      ['<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>', '74.73'],
      ['<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>', ' 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。'],
      ['<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>', '截止'],
      ['<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>', '2024年底，在职在编4人。'],
    ]);
    expect(run(['--print-text', 'r.annotated.docx'], dir).stdout).toBe(`${sentence}\n`);
  });

  it('refuses a broken .docx, and --annotate onto its input, with exit 2', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    expect(run(['bad.docx'], dir)).toMatchObject({ code: 2, stderr: 'crossfoot：bad.docx 不是有效的 .docx 文件（无法解压）。\n' });
    expect(run(['--locale', 'en', 'bad.docx'], dir)).toMatchObject({ code: 2, stderr: 'crossfoot: bad.docx is not a valid .docx file (it cannot be unzipped).\n' });
    writeFileSync(join(dir, 'r.docx'), await report());
    expect(run(['--annotate', 'r.docx', 'r.docx'], dir).code).toBe(2);
  });
});

const paragraphXml = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runsXml(text)}</w:p>`;
const cellXml = (inner: string) => `<w:tc>${inner}</w:tc>`;
const sumSentence = '2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。';

describe('.docx as clerks write them', () => {
  // Content controls around paragraphs, a table, a row and a cell; a table nested in a cell; text
  // boxes as Word writes them (DrawingML in mc:Choice, the same box in VML in mc:Fallback) and as
  // VML alone; tracked insertions and deletions, links, smart tags and simple fields.
  const structures = () =>
    buildDocx([
      { xml: `<w:sdt><w:sdtPr><w:alias w:val="封面"/></w:sdtPr><w:sdtContent>${paragraphXml('2024年度部门整体支出绩效自评报告')}${paragraphXml(sumSentence)}</w:sdtContent></w:sdt>` },
      {
        xml:
          `<w:sdt><w:sdtContent><w:tbl>` +
          `<w:tr>${cellXml(paragraphXml('项目'))}${cellXml(paragraphXml('金额'))}</w:tr>` +
          `<w:sdt><w:sdtContent><w:tr>${cellXml(paragraphXml('甲'))}<w:sdt><w:sdtContent>${cellXml(paragraphXml('1.00'))}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>` +
          `<w:tr>${cellXml(paragraphXml('乙') + `<w:tbl><w:tr>${cellXml(paragraphXml('子项'))}${cellXml(paragraphXml('金额'))}</w:tr><w:tr>${cellXml(paragraphXml('丙'))}${cellXml(paragraphXml('0.50'))}</w:tr></w:tbl>` + paragraphXml(''))}${cellXml(paragraphXml('2.00'))}</w:tr>` +
          `</w:tbl></w:sdtContent></w:sdt>`,
      },
      {
        xml:
          '<w:p><w:r><w:t>本年</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删去</w:delText></w:r><w:r><w:t>删去</w:t></w:r></w:del>' +
          '<w:hyperlink w:anchor="x"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:uri="u" w:element="e"><w:r><w:t>标签</w:t></w:r></w:smartTag><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>' +
          '<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt></w:p>',
      },
      {
        xml:
          '<w:p><w:r><w:t>见右侧说明</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' +
          paragraphXml('文本框里的说明') +
          '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' +
          paragraphXml('文本框里的说明') +
          '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      },
      { xml: `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${paragraphXml('旧式文本框')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` },
    ]);

  it('reads content controls, nested tables, text boxes (one alternative), insertions, links and fields, and not deletions', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await structures());
    const r = run(['--print-text', 'r.docx'], dir);
    expect(r.stdout).toBe(
      [
        '2024年度部门整体支出绩效自评报告',
        sumSentence,
        '',
        '| 项目 | 金额 |',
        '| --- | --- |',
        '| 甲 | 1.00 |',
        '| 乙 | 2.00 |',
        '',
        '| 子项 | 金额 |',
        '| --- | --- |',
        '| 丙 | 0.50 |',
        '',
        '本年新增链接标签3控件',
        '见右侧说明',
        '文本框里的说明',
        '',
        '旧式文本框',
        '',
      ].join('\n'),
    );
    // The paragraph inside the content control is linted, at its line.
    expect(run(['-f', 'unix', 'r.docx'], dir).stdout.split('\n')[0]).toBe('r.docx:2:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]');
  });
});

describe('.docx automatic numbering', () => {
  const level = (ilvl: number, format: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
  const numbering =
    // The GB/T 9704 outline WPS gives: 一、 （一） 1. (1)
    `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCountingThousand', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '(%4)')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}${level(1, 'decimal', '%1.%2', '<w:suff w:val="space"/>')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${level(0, 'ideographTraditional', '%1、')}${level(1, 'upperLetter', '%2.')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>';
  // Heading styles that number themselves, as a template's 标题 2 / 标题 3 do; the second is based on the first.
  const styles =
    '<w:style w:type="paragraph" w:styleId="h2n"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="h3n"><w:name w:val="heading 3"/><w:basedOn w:val="h2n"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
  const styled = (style: string, text: string, numPr = '') => ({ xml: paragraphXml(text, `<w:pStyle w:val="${style}"/>${numPr}`) });
  const listed = (numId: number, ilvl: number, text: string) => ({ xml: paragraphXml(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`) });

  const document = (third: string) =>
    buildDocx(
      [
        { paragraph: '2024年度部门整体支出绩效自评报告', style: '1' },
        styled('h2n', '部门基本情况'),
        styled('h3n', '部门职能'),
        listed(1, 2, '负责全县预算编制。'),
        listed(1, 3, '编制部门预算。'),
        listed(1, 3, '编制项目预算。'),
        listed(1, 2, '负责预算执行。'),
        styled('h3n', '人员情况'),
        listed(1, 2, '在职在编4人。'),
        styled('h2n', '部门整体支出绩效情况'),
        styled('h3n', '预算执行情况'),
        { paragraph: '本年预算执行情况良好。' },
        // A heading typed by hand in a numbered style: numId 0 switches the numbering off.
        styled('h2n', third, '<w:numPr><w:numId w:val="0"/></w:numPr>'),
        listed(2, 0, '项目一'),
        listed(2, 1, '子项'),
        listed(2, 1, '子项'),
        listed(2, 0, '项目二'),
        { paragraph: '项目二已完成。' },
        listed(3, 0, '续项'),
        listed(4, 0, '甲项'),
        listed(4, 1, '分项'),
        listed(4, 0, '乙项'),
      ],
      { numbering, styles },
    );

  it('renders the numbers as Word and WPS show them, counting per list and level, restarting lower levels', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await document('三、其他需要说明的情况'));
    expect(run(['--print-text', 'r.docx'], dir).stdout).toBe(
      [
        '# 2024年度部门整体支出绩效自评报告',
        '## 一、部门基本情况',
        '### （一）部门职能',
        '1. 负责全县预算编制。',
        '(1) 编制部门预算。',
        '(2) 编制项目预算。',
        '2. 负责预算执行。',
        '### （二）人员情况',
        '1. 在职在编4人。',
        '## 二、部门整体支出绩效情况',
        '### （一）预算执行情况',
        '本年预算执行情况良好。',
        '## 三、其他需要说明的情况',
        '1.项目一',
        '1.1 子项',
        '1.2 子项',
        '2.项目二',
        '项目二已完成。',
        '3.续项',
        '甲、甲项',
        'A. 分项',
        '乙、乙项',
        '',
      ].join('\n'),
    );
    expect(run(['-f', 'unix', 'r.docx'], dir)).toMatchObject({ code: 0, stdout: '' });
  });

  it('numbers a list that links to a list style (w:numStyleLink) by the style\'s definition (w:styleLink)', async () => {
    // Word writes a multilevel list style as one abstract list that defines it and others that only
    // point at it; the pointing list has no levels of its own.
    const linked =
      `<w:abstractNum w:abstractNumId="5"><w:styleLink w:val="GBOutline"/>${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCountingThousand', '（%2）')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="GBOutline"/></w:abstractNum>' +
      '<w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>';
    const dir = temp();
    writeFileSync(
      join(dir, 'r.docx'),
      await buildDocx([listed(7, 0, '部门基本情况'), listed(7, 1, '部门职能'), listed(7, 1, '人员情况'), listed(8, 0, '部门整体支出绩效情况')], { numbering: linked, styles: '' }),
    );
    expect(run(['--print-text', 'r.docx'], dir).stdout).toBe(['一、部门基本情况', '（一）部门职能', '（二）人员情况', '二、部门整体支出绩效情况', ''].join('\n'));
  });

  it('lets the heading rules see auto-numbered headings', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await document('四、其他需要说明的情况'));
    // Without the numbers 一、 and 二、 the typed 四、 would have no siblings to follow.
    expect(run(['-f', 'unix', 'r.docx'], dir).stdout).toBe('r.docx:13:4: 编号从“二、”跳到“四、”，缺少“三、” [Warning/heading-sequence]\n\n1 个问题\n');
  });
});

describe('numbers in Word number formats', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCountingThousand', '二十'],
    [105, 'chineseCountingThousand', '一百零五'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1005, 'chineseCountingThousand', '一千零五'],
    [3, 'ideographTraditional', '丙'],
    [4, 'chineseLegalSimplified', '肆'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [3, 'upperLetter', 'C'],
    [28, 'lowerLetter', 'bb'],
    [4, 'upperRoman', 'IV'],
    [14, 'lowerRoman', 'xiv'],
    [3, 'decimalEnclosedCircle', '③'],
    [7, 'decimalZero', '07'],
    [12, 'decimalFullWidth', '１２'],
    [5, 'decimal', '5'],
  ])('%i as %s is %s', (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });
});

describe('a .docx saved by LibreOffice (fixtures/formats/word-auto-numbered.docx, scripts/fixtures-docx.sh)', () => {
  const file = join(fixtures, 'formats', 'word-auto-numbered.docx');

  it('reads the outline numbers its heading styles give, the numbered list and the table', () => {
    const r = run(['--print-text', file], root);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '# 2024年度部门整体支出绩效自评报告',
      '# 一、部门基本情况',
      '## （一）部门职能',
      '1.负责全县预算编制。',
      '2.负责预算执行和决算。',
      '## （二）人员情况',
      '截至2024年底，在职在编4人。',
      '# 二、部门整体支出绩效情况',
      '## （一）预算执行情况',
      sumSentence,
      '',
      '| 资金来源 | 全年预算数(A) | 全年执行数(B) | 执行率 |',
      '| --- | --- | --- | --- |',
      '| 资金总额 | 150.00 | 135.00 | 92.00% |',
      '',
      '## （二）绩效目标完成情况',
      '全年培训农民520人次，完成年度目标。',
      '',
    ]);
  });

  it('lints it and annotates a copy on exactly the two figures', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), readFileSync(file));
    expect(run(['-f', 'unix', 'r.docx'], dir).stdout).toBe(
      'r.docx:10:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]\n' +
        'r.docx:14:28: 执行率应为 135.00 元 ÷ 150.00 元 = 90.00%，所写为 92.00% [Error/rate-mismatch]\n\n2 个问题\n',
    );
    expect(run(['--annotate', 'r.annotated.docx', 'r.docx'], dir).code).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'r.annotated.docx')));
    const document = await zip.file('word/document.xml')!.async('string');
    const ranges = [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(ranges).toEqual(['74.73', '92.00%']);
  });
});
