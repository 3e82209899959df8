// Writes the flat ODS (.fods) of a standard 项目支出绩效自评表 (merged cells, rates stored as 0.9 and
// shown as 90.00%, amounts as 0.00, formulas) for scripts/fixtures-xlsx.sh to convert with LibreOffice.
// Usage: node scripts/fixtures-xlsx.mjs <out.fods> [--plant-rate]
import { writeFileSync } from 'node:fs';

const [out, plant] = process.argv.slice(2);
/** Cells: s text, m amount (0.00), n number, p percentage (0.00%), d date, f a formula with its result. */
const s = (v, span = {}) => ({ kind: 's', v, ...span });
const m = (v) => ({ kind: 'm', v });
const n = (v) => ({ kind: 'n', v });
const p = (v, f) => ({ kind: 'p', v, f });
const d = (v, span = {}) => ({ kind: 'd', v, ...span });
const f = (v, formula) => ({ kind: 'n', v, f: formula });
const rows = [
  [s('2024年度项目支出绩效自评表', { cs: 8 })],
  [s('项目名称'), s('社区居家养老服务补助', { cs: 3 }), s('主管部门'), s('某某区民政局', { cs: 3 })],
  [s('实施单位'), s('某某区养老服务中心', { cs: 3 }), s('填报日期'), d('2025-01-15', { cs: 3 })],
  [s('项目资金（万元）', { rs: 5 }), s('资金来源'), s('年初预算数'), s('全年预算数(A)'), s('全年执行数(B)'), s('分值'), s('执行率'), s('得分')],
  [null, s('年度资金总额'), m(100), m(120), m(108), n(10), p(plant === '--plant-rate' ? 0.95 : 0.9), n(9)],
  [null, s('其中：本年财政拨款'), m(100), m(110), m(99), s('-'), p(0.9, 'of:=[.E6]/[.D6]'), s('-')],
  [null, s('上年结转资金'), m(0), m(10), m(9), s('-'), p(0.9, 'of:=[.E7]/[.D7]'), s('-')],
  [null, s('其他资金'), m(0), m(0), m(0), s('-'), s('-'), s('-')],
  [s('年度总体目标', { rs: 2 }), s('预期目标', { cs: 3 }), s('实际完成情况', { cs: 4 })],
  [null, s('为辖区内 1200 名老年人提供居家养老服务', { cs: 3 }), s('为辖区内 1260 名老年人提供了居家养老服务', { cs: 4 })],
  [s('一级指标'), s('二级指标'), s('三级指标'), s('年度指标值'), s('实际完成值'), s('分值'), s('得分'), s('偏差原因分析及改进措施')],
  [s('产出指标(50分)', { rs: 4 }), s('数量指标', { rs: 2 }), s('服务老年人数'), s('≥1200人'), s('1260人'), n(20), n(20)],
  [null, null, s('助餐服务次数'), s('≥20000次'), s('21500次'), n(10), n(10)],
  [null, s('质量指标'), s('服务合格率'), s('≥95%'), s('98%'), n(10), n(10)],
  [null, s('时效指标'), s('按时完成率'), s('100%'), s('100%'), n(10), n(9), s('个别服务延期')],
  [s('效益指标(30分)', { rs: 2 }), s('社会效益指标'), s('老年人生活质量'), s('有效改善'), s('有效改善'), n(15), n(14)],
  [null, s('可持续影响指标'), s('服务长效机制'), s('长期'), s('长期'), n(15), n(14)],
  [s('满意度指标(10分)'), s('服务对象满意度指标'), s('老年人满意度'), s('≥90%'), s('95%'), n(10), n(10)],
  [s('总分', { cs: 5 }), f(100, 'of:=SUM([.F5];[.F12:.F18])'), f(96, 'of:=SUM([.H5];[.G12:.G18])'), s('优')],
];
const width = 8;
const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Lay the cells on a grid: a spanning cell covers the places to its right and below.
const covered = rows.map(() => new Array(width).fill(false));
const body = rows.map((row, r) => {
  let c = 0;
  let xml = '<table:table-row>';
  const cells = row.filter((cell) => cell !== null);
  while (c < width) {
    if (covered[r][c]) {
      xml += '<table:covered-table-cell/>';
      c++;
      continue;
    }
    const cell = cells.shift();
    if (!cell) {
      xml += '<table:table-cell/>';
      c++;
      continue;
    }
    const cs = cell.cs ?? 1;
    const rs = cell.rs ?? 1;
    for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (dr || dc) covered[r + dr][c + dc] = true;
    const span = cs > 1 || rs > 1 ? ` table:number-columns-spanned="${cs}" table:number-rows-spanned="${rs}"` : '';
    const formula = cell.f ? ` table:formula="${esc(cell.f)}"` : '';
    if (cell.kind === 's') xml += `<table:table-cell${span} office:value-type="string"><text:p>${esc(cell.v)}</text:p></table:table-cell>`;
    else if (cell.kind === 'd') xml += `<table:table-cell${span} table:style-name="ce-date" office:value-type="date" office:date-value="${cell.v}"><text:p>${cell.v}</text:p></table:table-cell>`;
    else if (cell.kind === 'p') xml += `<table:table-cell${span}${formula} table:style-name="ce-pct" office:value-type="percentage" office:value="${cell.v}"><text:p>${(cell.v * 100).toFixed(2)}%</text:p></table:table-cell>`;
    else if (cell.kind === 'm') xml += `<table:table-cell${span}${formula} table:style-name="ce-money" office:value-type="float" office:value="${cell.v}"><text:p>${cell.v.toFixed(2)}</text:p></table:table-cell>`;
    else xml += `<table:table-cell${span}${formula} office:value-type="float" office:value="${cell.v}"><text:p>${cell.v}</text:p></table:table-cell>`;
    c += 1;
  }
  return `${xml}</table:table-row>`;
});
const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:number-style style:name="N-money"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:percentage-style style:name="N-pct"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="N-date"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<style:style style:name="ce-money" style:family="table-cell" style:data-style-name="N-money"/>
<style:style style:name="ce-pct" style:family="table-cell" style:data-style-name="N-pct"/>
<style:style style:name="ce-date" style:family="table-cell" style:data-style-name="N-date"/>
<style:style style:name="ta-hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="自评表"><table:table-column table:number-columns-repeated="${width}"/>
${body.join('\n')}
</table:table>
<table:table table:name="底稿" table:style-name="ta-hidden"><table:table-column/>
<table:table-row><table:table-cell office:value-type="string"><text:p>隐藏的底稿：合计 1 + 2 = 4</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
`;
writeFileSync(out, fods);
