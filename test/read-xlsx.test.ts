// Excel workbooks: number formats as displayed, the LibreOffice-made fixtures read and linted with
// each finding's cell, and every kind of bad package refused in one sentence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatValue, formatGeneral } from '../src/read/numfmt.js';
import { valueText } from '../src/read/xlsx.js';
import { root, runCli } from './run-cli.js';

const formats = join(root, 'fixtures/formats');
const temp = () => mkdtempSync(join(tmpdir(), 'crossfoot-xlsx-'));
const ACCOUNTING = '_ ¥* #,##0.00_ ;_ ¥* \\-#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ';
/** 2024-12-31 as an Excel serial. */
const DEC_31 = 45657;

describe('number formats', () => {
  it.each([
    [0.9, '0.00%', '90.00%'],
    [0.905, '0.0%', '90.5%'],
    [12, '0%', '1200%'],
    [1234.5, '#,##0.00', '1,234.50'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567, '#,##0,', '1,235'],
    [1.25, '0.0', '1.3'],
    [1.005, '0.00', '1.01'],
    [2.5, '0', '3'],
    [0.5, '0', '1'],
    [0, '0.00', '0.00'],
    [5, '#.##', '5.'],
    [0.5, '#.##', '.5'],
    [1.5, '0.0?', '1.5 '],
    [12, '@', '12'],
    ['预算', '@', '预算'],
    [1234.5, 'General', '1234.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [100, '', '100'],
    [1234.5, '"¥"#,##0.00', '¥1,234.50'],
    [1234.5, '[$¥-804]#,##0.00', '¥1,234.50'],
    [1234.5, '[$$-409]#,##0.00', '$1,234.50'],
    [-1234.5, '¥#,##0.00;¥-#,##0.00', '¥-1,234.50'],
    [-1234.5, '#,##0.00;[Red]-#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;[Red]\\(#,##0.00\\)', '(1,234.50)'],
    [1234.5, ACCOUNTING, ' ¥1,234.50 '],
    [-5, ACCOUNTING, ' ¥-5.00 '],
    [0, ACCOUNTING, ' ¥-   '],
    [25.5, '0.00"万元"', '25.50万元'],
    [DEC_31, 'yyyy年m月d日', '2024年12月31日'],
    [DEC_31, 'yyyy"年"m"月"d"日"', '2024年12月31日'],
    [DEC_31, 'yyyy\\年m\\月d\\日', '2024年12月31日'],
    [DEC_31, '[$-804]yyyy年m月d日;@', '2024年12月31日'],
    [DEC_31, 'yyyy-mm-dd', '2024-12-31'],
    [DEC_31, 'm/d/yy', '12/31/24'],
    [DEC_31 + 0.5, 'yyyy-mm-dd hh:mm:ss', '2024-12-31 12:00:00'],
    [0.25, 'h:mm AM/PM', '6:00 AM'],
    [DEC_31, 'mmm d, yyyy', 'Dec 31, 2024'],
  ] as Array<[number | string, string, string]>)('%s under %j shows %j', (value, code, shown) => {
    expect(formatValue(value, code)).toBe(shown);
  });

  it.each([
    ['# ?/?', 0.5],
    ['0.00E+00', 12345],
    ['[DBNum1]0', 12],
    ['aaaa', DEC_31],
    ['[h]:mm', 1.5],
    ['yyyy-mm-dd', -1],
  ])('gives up on %j, so the raw value is shown', (code, value) => {
    expect(formatValue(value, code)).toBeUndefined();
    expect(valueText(value, code)).toBe(formatGeneral(value));
  });

  it('shows rich text joined, hyperlinks by their text, formulas by their cached result, errors as written', () => {
    expect(valueText({ richText: [{ text: '执行率' }, { text: '90%' }] }, undefined)).toBe('执行率90%');
    expect(valueText({ text: '附件', hyperlink: 'https://example.org' }, undefined)).toBe('附件');
    expect(valueText({ formula: 'E5/D5', result: 0.9 }, '0.00%')).toBe('90.00%');
    expect(valueText({ formula: 'E5/D5', result: { error: '#DIV/0!' } }, '0.00%')).toBe('#DIV/0!');
    expect(valueText({ formula: 'E5/D5' }, '0.00%')).toBe('');
    expect(valueText({ error: '#N/A' }, undefined)).toBe('#N/A');
    expect(valueText(true, undefined)).toBe('TRUE');
    expect(valueText(new Date(Date.UTC(2024, 11, 31)), 'yyyy年m月d日')).toBe('2024年12月31日');
  });
});

describe('the standard 项目支出绩效自评表 made by LibreOffice', () => {
  it('is read as displayed: merged cells span, rates as 90.00%, amounts as 0.00, formulas by result, the date as its format shows it, the hidden sheet left out', () => {
    const r = runCli(['--print-text', join(formats, 'project-form.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '# 自评表',
      '',
      '| 2024年度项目支出绩效自评表 |  |  |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 项目名称 | 社区居家养老服务补助 |  |  | 主管部门 | 某某区民政局 |  |  |',
      '| 实施单位 | 某某区养老服务中心 |  |  | 填报日期 | 2025年1月15日 |  |  |',
      '| 项目资金（万元） | 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分 |',
      '|  | 年度资金总额 | 100.00 | 120.00 | 108.00 | 10 | 90.00% | 9 |',
      '|  | 其中：本年财政拨款 | 100.00 | 110.00 | 99.00 | - | 90.00% | - |',
      '|  | 上年结转资金 | 0.00 | 10.00 | 9.00 | - | 90.00% | - |',
      '|  | 其他资金 | 0.00 | 0.00 | 0.00 | - | - | - |',
      '| 年度总体目标 | 预期目标 |  |  | 实际完成情况 |  |  |  |',
      '|  | 为辖区内 1200 名老年人提供居家养老服务 |  |  | 为辖区内 1260 名老年人提供了居家养老服务 |  |  |  |',
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
      '| 产出指标(50分) | 数量指标 | 服务老年人数 | ≥1200人 | 1260人 | 20 | 20 |  |',
      '|  |  | 助餐服务次数 | ≥20000次 | 21500次 | 10 | 10 |  |',
      '|  | 质量指标 | 服务合格率 | ≥95% | 98% | 10 | 10 |  |',
      '|  | 时效指标 | 按时完成率 | 100% | 100% | 10 | 9 | 个别服务延期 |',
      '| 效益指标(30分) | 社会效益指标 | 老年人生活质量 | 有效改善 | 有效改善 | 15 | 14 |  |',
      '|  | 可持续影响指标 | 服务长效机制 | 长期 | 长期 | 15 | 14 |  |',
      '| 满意度指标(10分) | 服务对象满意度指标 | 老年人满意度 | ≥90% | 95% | 10 | 10 |  |',
      '| 总分 |  |  |  |  | 100 | 96 | 优 |',
      '',
    ]);
    expect(r.stdout).not.toContain('底稿');
  });

  it('is silent when its figures check out', () => {
    const r = runCli(['-f', 'json', join(formats, 'project-form.xlsx')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
  });

  it('finds the planted 执行率 at its cell, in JSON data and SARIF location properties', () => {
    const file = join(formats, 'project-form-bad-rate.xlsx');
    const json = runCli(['-f', 'json', file]);
    expect(json.code).toBe(1);
    const messages = JSON.parse(json.stdout)[0].messages;
    expect(messages.map((m: { ruleId: string; line: number; column: number; endColumn: number }) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([['rate-mismatch', 8, 47, 53]]);
    expect(messages[0].data).toMatchObject({ source: '自评表!G5', sourceSheet: '自评表', sourceCell: 'G5' });
    const sarif = JSON.parse(runCli(['-f', 'sarif', file]).stdout);
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toBe('rate-mismatch');
    expect(result.locations[0].properties).toEqual({ source: '自评表!G5', sourceSheet: '自评表', sourceCell: 'G5' });
  });
});

describe("seed 004's form as an .xlsx made by LibreOffice", () => {
  const seedPath = join(root, 'fixtures/seed-004-qiannan-2024-form.md');
  const xlsxPath = join(formats, 'seed-004-qiannan-2024-form.xlsx');

  it('reads the sheet as a heading, one table of its rows and the lone cells under it as lines', () => {
    const r = runCli(['--print-text', xlsxPath]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '# 部门整体支出绩效自评表',
      '',
      '| 単位 ( | (盖章): |  |  |  |  |  |  | 填报日 | 日期: 202 | 50115 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 部门(单位)名称 |  |  |  | 黔南州计划生育协会 |  |  |  |  |  |  |',
      '|  |  |  | 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行 | 数(B) | 分值 | 执行率 | 得分 |',
      '|  |  |  | 资金总额 | 3, 104, 531. 58 | 3, 647, 981. 22 | 3, 647 | 7, 981. 22 | 10 | 100.00 | 10 |',
      '| 音 | 『门(单位) | 总体 | 人员类项目 | 2, 088, 782. 74 | 2, 070, 407. 84 | 2,070 | , 407. 84 | 0 | - | - |',
    ]);
    expect(lines.at(-5)).toBe('|  | 总 分 |  |  |  |  |  |  |  |  |  |');
    expect(lines.at(-4)).toBe('');
    expect(lines.at(-3)).toMatch(/^绩 优。2024年3月,在贵州省计生协工作座谈会作经验交流发言;.*及时整改。$/);
    expect(lines.at(-2)).toBe('联系人: 金安毅');
  });

  it('gives the same rule ids on the same figures as its text', () => {
    const figures = (path: string) => {
      const text = runCli(['--print-text', path]).stdout.split('\n');
      const messages = JSON.parse(runCli(['-f', 'json', path]).stdout)[0].messages as Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>;
      // A number split over two cells is split by a tab in the text and by ` | ` in the table.
      return messages.map((m) => [m.ruleId, text[m.line - 1]!.slice(m.column - 1, m.endColumn - 1).replace(/\s*[\t|]\s*/g, ' ⇥ ')]);
    };
    const fromText = figures(seedPath);
    expect(figures(xlsxPath)).toEqual(fromText);
    // …and those are the seed's findings, not an empty list on both sides.
    expect(fromText).toContainEqual(['implausible-year', '2324年']);
    expect(fromText).toContainEqual(['split-number', '3, 647 ⇥ 7, 981. 22']);
    expect(fromText.map(([ruleId]) => ruleId)).toContain('missing-total-score');
    const sidecar = JSON.parse(readFileSync(join(root, 'fixtures/seed-004-qiannan-2024-form.expected.json'), 'utf8')) as Array<{ ruleId: string }>;
    expect(fromText.map(([ruleId]) => ruleId)).toEqual(sidecar.map((m) => m.ruleId));
  });

  it('gives each finding the cell it is in', () => {
    const messages = JSON.parse(runCli(['-f', 'json', xlsxPath]).stdout)[0].messages as Array<{ ruleId: string; data: { source?: string } }>;
    const year = messages.find((m) => m.ruleId === 'implausible-year')!;
    expect(year.data.source).toBe('部门整体支出绩效自评表!E33');
    const first = messages.find((m) => m.ruleId === 'split-number')!;
    expect(first.data.source).toBe('部门整体支出绩效自评表!E4');
  });
});

/** A minimal workbook package with `sheetXml` as its one sheet. */
async function workbookWith(sheetXml: string, stylesXml?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  if (stylesXml) zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${stylesXml}</styleSheet>`);
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="大表" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A zip whose one entry's sizes in the local and central headers claim `claimed` bytes. */
function lyingSizes(zip: Uint8Array, claimed: number): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50) out.writeUInt32LE(claimed, i + 22);
    else if (signature === 0x02014b50) out.writeUInt32LE(claimed, i + 24);
  }
  return out;
}

describe('built-in number formats', () => {
  it('shows the locale-dependent built-ins (31: 年月日, 14: short date) and the fixed ones (10: 0.00%, 4: #,##0.00) as Chinese Excel does', async () => {
    const dir = temp();
    const xfs = [0, 31, 14, 10, 4, 58].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('');
    const styles = `<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6">${xfs}</cellXfs>`;
    const cells = [1, 2, 3, 4, 5].map((s, i) => `<c r="${'BCDEF'[i]}2" s="${s}"><v>${s === 3 ? 0.9 : s === 4 ? 1234.5 : 45657}</v></c>`).join('');
    const header = ['年月日', '短日期', '执行率', '金额', '月日'].map((t, i) => `<c r="${'BCDEF'[i]}1" t="inlineStr"><is><t>${t}</t></is></c>`).join('');
    writeFileSync(join(dir, 'builtin.xlsx'), await workbookWith(`<sheetData><row r="1">${header}</row><row r="2">${cells}</row></sheetData>`, styles));
    const r = runCli(['--print-text', 'builtin.xlsx'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('# 大表\n\n| 年月日 | 短日期 | 执行率 | 金额 | 月日 |\n| --- | --- | --- | --- | --- |\n| 2024年12月31日 | 2024/12/31 | 90.00% | 1,234.50 | 12月31日 |\n');
  });
});

describe('bad workbooks', () => {
  const GOOD = '基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。\n';
  const formBytes = readFileSync(join(formats, 'project-form.xlsx'));
  const oleHeader = (names: string[]) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...names.map((n) => Buffer.from(n, 'utf16le')), Buffer.alloc(1024)]);
  const emptyCells = Array.from({ length: 600 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 1000 }, () => '<c s="1"/>').join('')}</row>`).join('');
  /** Each case: its name, the workbook, the sentence in English and in Chinese. */
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, string, string]> = [
    ['not a zip', () => Buffer.from('预算执行率 90%'), 'bad.xlsx is not an .xlsx workbook (it is not a zip package).', 'bad.xlsx 不是 .xlsx 工作簿（不是 zip 压缩包）。'],
    ['truncated', () => formBytes.subarray(0, formBytes.length >> 1), 'bad.xlsx is not a valid .xlsx file (it cannot be unzipped: it may be truncated or damaged).', 'bad.xlsx 不是有效的 .xlsx 文件（无法解压，可能不完整或已损坏）。'],
    [
      'a zip without xl/workbook.xml',
      async () => {
        const zip = new JSZip();
        zip.file('word/document.xml', '<w:document/>');
        return zip.generateAsync({ type: 'uint8array' });
      },
      'bad.xlsx is not an Excel workbook (it has no xl/workbook.xml).', 'bad.xlsx 不是 Excel 工作簿（缺少 xl/workbook.xml）。',
    ],
    [
      'a zip bomb',
      async () => {
        const zip = new JSZip();
        zip.file('xl/workbook.xml', '<workbook/>');
        zip.file('xl/media/bomb.bin', new Uint8Array(40 * 1024 * 1024));
        return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      },
      'bad.xlsx looks like a zip bomb: its contents inflate to more than 200 MB or at an implausible ratio, so it was not unpacked.', 'bad.xlsx 疑似 zip 炸弹：解压后超过 200 MB 或压缩比异常，未予解压。',
    ],
    [
      'a zip bomb whose headers lie about its size',
      async () => {
        const zip = new JSZip();
        zip.file('xl/media/bomb.bin', new Uint8Array(40 * 1024 * 1024));
        zip.file('xl/workbook.xml', '<workbook/>');
        return lyingSizes(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 1000);
      },
      'bad.xlsx looks like a zip bomb: its contents inflate to more than 200 MB or at an implausible ratio, so it was not unpacked.', 'bad.xlsx 疑似 zip 炸弹：解压后超过 200 MB 或压缩比异常，未予解压。',
    ],
    ['a sheet of 600,000 empty cells', () => workbookWith(`<sheetData>${emptyCells}</sheetData>`), 'bad.xlsx is too large to read: sheet 大表 has more than 500,000 cells, most of them empty.', 'bad.xlsx 过大，无法读取：工作表 大表 有超过 500,000 个单元格（大多为空）。'],
    [
      'a merged range over a whole sheet',
      () => workbookWith('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>合计</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
      'bad.xlsx is too large to read: sheet 大表 has merged ranges covering more than 1,000,000 cells.', 'bad.xlsx 过大，无法读取：工作表 大表 的合并区域覆盖超过 1,000,000 个单元格。',
    ],
    [
      'content 16,384 columns apart',
      () => workbookWith('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData>'),
      'bad.xlsx is too large to read: sheet 大表 has content across 16,384 columns, over the limit of 10,000.', 'bad.xlsx 过大，无法读取：工作表 大表 的内容跨 16,384 列，超过 10,000 列的上限。',
    ],
    ['a password-protected workbook', () => oleHeader(['EncryptionInfo', 'EncryptedPackage']), 'bad.xlsx is encrypted (password-protected): open it in Excel, save a copy without a password, and lint that.', 'bad.xlsx 设有密码保护：请在 Excel 中打开，另存一份不加密的副本后再检查。'],
    ['an .xls renamed', () => oleHeader(['Workbook']), 'bad.xlsx is an Excel 97–2003 (.xls) workbook saved with the .xlsx extension, not an .xlsx file.', 'bad.xlsx 是以 .xlsx 扩展名保存的 Excel 97–2003（.xls）工作簿，不是 .xlsx 文件。'],
  ];
  it.each(cases)('%s: one sentence (in Chinese, and in English with --locale en), exit 2, the good file beside it still linted', async (_name, make, en, zh) => {
    const dir = temp();
    writeFileSync(join(dir, 'bad.xlsx'), await make());
    writeFileSync(join(dir, 'good.md'), GOOD);
    expect(runCli(['--locale', 'en', '-f', 'json', 'bad.xlsx', 'good.md'], { cwd: dir }).stderr).toBe(`crossfoot: ${en}\n`);
    const r = runCli(['-f', 'json', 'bad.xlsx', 'good.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`crossfoot：${zh}\n`);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((f) => [f.filePath, f.messages.map((m) => m.ruleId)])).toEqual([['good.md', ['sum-mismatch']]]);
  }, 60_000);

  it('a workbook with nothing visible is empty', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'blank.xlsx'), await workbookWith('<sheetData><row r="1"><c r="A1" s="1"/></row></sheetData>'));
    const r = runCli(['blank.xlsx'], { cwd: dir });
    // An empty file is a file with nothing wrong in it (as in ESLint): exit 0, and a note.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('crossfoot：提示：blank.xlsx 为空，没有可检查的内容。\n');
  });
});
