// Writes a short 项目支出绩效自评报告 as HTML for LibreOffice to print (scripts/fixtures-pdf-forms.sh):
// prose, then a bordered 项目支出绩效自评表 that runs over a page break, with merged cells (一级 and
// 二级指标 over several rows, the targets over several columns), narrow cells whose text wraps,
// and the first row repeated on the next page. `node fixtures-pdf-forms.mjs good|bad`: the bad
// one has a wrong 执行率 (135.00 ÷ 150.00 is 90.00%, not 92.00%) and a wrong 总分 (the scores add
// up to 96, not 98); the good one is its correct twin.
const bad = process.argv[2] === 'bad';

const prose = [
  '一、项目基本情况',
  '高标准农田建设管护项目由县农业农村局组织实施，覆盖全县8个乡镇，主要内容为已建成高标准农田的田间道路、灌排渠系和机井等设施的日常管护与维修，以及管护制度建设和农户培训。',
  '项目年初预算120.00万元，年中追加30.00万元，全年预算150.00万元，全年执行135.00万元。资金全部为县级财政拨款，按管护面积和设施数量分解到乡镇，由乡镇农业综合服务站组织管护队伍实施。',
  '二、绩效目标',
  '年度绩效目标为：管护高标准农田不少于2.5万亩，修复灌排设施不少于120处，设施完好率不低于95%，受益农户满意度不低于90%，亩均增产粮食不少于50公斤。',
  '三、绩效目标完成情况',
  '全年管护高标准农田2.6万亩，修复灌排设施126处，设施完好率97%，受益农户满意度93%。受夏季持续干旱影响，部分地块亩均增产粮食45公斤，未达到年度目标。',
  '县农业农村局会同县财政局组织了绩效自评，采取资料核查、实地查看和问卷调查相结合的方式，抽查了4个乡镇的管护台账和12处灌排设施，发放问卷200份，收回有效问卷192份。',
  '项目建立了县、乡、村三级管护责任制，明确了管护主体、管护内容和考核办法，管护经费按季度拨付，做到了专款专用。管护队伍全年开展巡查1200余次，及时处理设施损毁问题。',
  '四、自评结论',
  '经综合评价，项目自评情况见下表。',
];

const cell = (text, attrs = '') => `<td${attrs}>${text}</td>`;
const rows = [
  // The first row: repeated at the top of the next page.
  { head: true, cells: [cell('项目名称', ' colspan="2"'), cell('高标准农田建设管护项目', ' colspan="7"')] },
  { cells: [cell('主管部门', ' colspan="2"'), cell('某某县农业农村局', ' colspan="3"'), cell('实施单位', ' colspan="2"'), cell('某某县农业农村局', ' colspan="2"')] },
  { cells: [cell('项目资金（万元）', ' colspan="2" rowspan="3"'), cell(''), cell('年初预算数'), cell('全年预算数'), cell('全年执行数'), cell('分值'), cell('执行率'), cell('得分')] },
  { cells: [cell('年度资金总额'), cell('120.00'), cell('150.00'), cell('135.00'), cell('10'), cell(bad ? '92.00%' : '90.00%'), cell('9')] },
  { cells: [cell('其中：当年财政拨款'), cell('120.00'), cell('150.00'), cell('135.00'), cell('—'), cell('—'), cell('—')] },
  { cells: [cell('年度总体目标', ' colspan="2"'), cell('预期目标', ' colspan="4"'), cell('实际完成情况', ' colspan="3"')] },
  {
    cells: [
      cell('', ' colspan="2"'),
      cell('管护高标准农田不少于2.5万亩，修复灌排设施不少于120处，设施完好率不低于95%，受益农户满意度不低于90%。', ' colspan="4"'),
      cell('管护高标准农田2.6万亩，修复灌排设施126处，设施完好率97%，受益农户满意度93%。', ' colspan="3"'),
    ],
  },
  { cells: [cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('年度指标值'), cell('实际完成值'), cell('分值'), cell('得分'), cell('偏差原因分析及改进措施', ' colspan="2"')] },
  { cells: [cell('产出指标(50分)', ' rowspan="4"'), cell('数量指标', ' rowspan="2"'), cell('管护高标准农田面积'), cell('≥2.5万亩'), cell('2.6万亩'), cell('15'), cell('15'), cell('', ' colspan="2"')] },
  { cells: [cell('修复损毁灌排设施数量'), cell('≥120处'), cell('126处'), cell('10'), cell('10'), cell('', ' colspan="2"')] },
  { cells: [cell('质量指标'), cell('管护设施完好率'), cell('≥95%'), cell('97%'), cell('15'), cell('15'), cell('', ' colspan="2"')] },
  { cells: [cell('时效指标'), cell('管护任务完成时间'), cell('2024年12月底前'), cell('2024年11月'), cell('10'), cell('10'), cell('', ' colspan="2"')] },
  {
    cells: [
      cell('效益指标(30分)', ' rowspan="2"'),
      cell('经济效益指标'),
      cell('项目区亩均增产粮食'),
      cell('≥50公斤'),
      cell('45公斤'),
      cell('15'),
      cell('12'),
      cell('受夏季持续干旱影响，部分地块减产；下一步将加快抗旱水源工程建设，提高灌溉保证率。', ' colspan="2"'),
    ],
  },
  { cells: [cell('可持续影响指标'), cell('设施持续发挥效益年限'), cell('≥10年'), cell('10年'), cell('15'), cell('15'), cell('', ' colspan="2"')] },
  { cells: [cell('满意度指标(10分)'), cell('服务对象满意度指标'), cell('受益农户满意度'), cell('≥90%'), cell('93%'), cell('10'), cell('10'), cell('', ' colspan="2"')] },
  { cells: [cell('总分', ' colspan="5"'), cell('100'), cell(bad ? '98' : '96'), cell('自评等级'), cell('优')] },
];

const out = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>自评报告</title><style>',
  'body { font-family: "Noto Sans CJK SC"; font-size: 12pt; } td { font-size: 9pt; }',
  '</style></head><body>',
  '<h1>某某县农业农村局2024年度项目支出绩效自评报告</h1>',
  ...prose.map((p) => `<p>${p}</p>`),
  '<p>项目支出绩效自评表</p>',
  // Narrow columns: the indicators' names and the reasons wrap onto several lines.
  '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
  '<colgroup><col width="70"><col width="60"><col width="90"><col width="70"><col width="70"><col width="40"><col width="40"><col width="60"><col width="60"></colgroup>',
  `<thead>${rows.filter((r) => r.head).map((r) => `<tr>${r.cells.join('')}</tr>`).join('')}</thead>`,
  `<tbody>${rows.filter((r) => !r.head).map((r) => `<tr>${r.cells.join('')}</tr>`).join('\n')}</tbody>`,
  '</table>',
  '<p>联系人：王某某 联系电话：0551-12345678</p>',
  '</body></html>',
];
process.stdout.write(`${out.join('\n')}\n`);
