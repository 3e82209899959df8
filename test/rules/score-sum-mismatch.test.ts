import rule from '../../rules/score-sum-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const group = '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t10\t10\n\t生活质量\t15\t15';
const total = '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t10\t10\n\t生活质量\t20\t18\n总分\t\t30\t29';
const weights =
  '资金来源\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\n资金总额\t100.00\t100.00\t10\t100.00\t10\n\n一级指标\t三级指标\t分值\t得分\n产出指标(50分)\t宣传\t50\t50\n效益指标(30分)\t知晓率\t30\t30\n满意度指标(20分)\t满意度\t20\t20';
/** A project's score table, GFM, closed by `total` (总分 or 合计) with the 得分 `written`. */
const scoreTable = (project: string, scores: string[], total: string, written: string) =>
  `${project}自评表\n\n| 一级指标 | 分值 | 得分 |\n| --- | --- | --- |\n${['决策', '过程', '产出', '效益'].map((name, i) => `| ${name} | ${[15, 20, 40, 25][i]} | ${scores[i]} |`).join('\n')}\n${total ? `| ${total} | 100 | ${written} |\n` : ''}`;
const firstForm = scoreTable('项目一', ['14', '18.5', '37.5', '23'], '总分', '93');
const twoForms = `${firstForm}\n${scoreTable('项目二', ['15', '19', '38', '24'], '总分', '95')}`;
const heji = scoreTable('项目一', ['14', '18.5', '37.5', '23'], '合计', '95');
/** A form whose last first-level row (预算执行率) belongs to no 一级指标 group. */
const executionRow = (satisfaction: string) =>
  `一级指标\t二级指标\t分值\t得分\n产出指标(50分)\t数量指标\t20\t20\n\t质量指标\t15\t15\n\t时效指标\t15\t13.5\n效益指标(30分)\t社会效益\t30\t29\n满意度指标(10分)\t服务对象满意度\t${satisfaction}\t8\n预算执行率\t预算执行率\t10\t9\n总分\t\t100\t94.5`;
const shortGroup = executionRow('8');
/** The standard 项目支出绩效自评表: the fund rows, the 年度总体目标 text rows, the indicators, 总分. */
const standardForm = (total: string) =>
  [
    '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '年度资金总额\t100.00\t100.00\t95.00\t10\t95.00%\t9.5',
    '其中：当年财政拨款\t100.00\t100.00\t95.00\t—\t95.00%\t—',
    '年度总体目标\t预期目标\t实际完成情况',
    '\t培训农民500人次\t培训农民520人次',
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '产出指标(50分)\t数量指标\t培训人次\t500人次\t520人次\t20\t20\t',
    '\t质量指标\t培训合格率\t≥95%\t98%\t15\t15\t',
    '\t时效指标\t完成时间\t2024年12月\t2024年11月\t15\t15\t',
    '效益指标(30分)\t社会效益指标\t农民技能提升\t有所提升\t明显提升\t30\t28\t宣传有待加强',
    '满意度指标(10分)\t服务对象满意度指标\t参训农民满意度\t≥90%\t95%\t10\t9\t',
    `总分\t\t\t\t\t100\t${total}\t`,
  ].join('\n');
const standardWrong = standardForm('97.5');
const narrative = '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众健康生活方式\t50\t50\n\t生活质量\t50\t45\n总分\t\t100\t95\n\n综上，本部门自评得分为98分，评价等级为优。';

/** A row's 分值 and 得分 over the rows numbered under it (`一、项目决策` over `1.` `2.`). */
const numberedRows = (weight: string) => `指标\t分值\t得分\n一、项目决策\t20\t18\n1.项目立项\t10\t9\n2.绩效目标\t${weight}\t9\n二、项目过程\t30\t27\n1.资金管理\t15\t14\n2.组织实施\t15\t13`;
const childrenWrong = numberedRows('15');
/** The section caption's weight (`绩效指标(90分)`, the header row's first cell) against its rows' 分值. */
const captioned = (output: string) => `绩效指标(90分)\t一级指标\t三级指标\t分值\t得分\n\t产出指标\t培训人数\t${output}\n\t效益指标\t知晓率\t30\t28\n\t满意度指标\t满意度\t10\t9`;
const captionWrong = captioned('40\t40');

/** The weights a form's note lists in prose. */
const note = '注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标20分、预算资金执行率10分。';

testRule(rule, {
  valid: [
    // Scores named with their indicators and a weight in a parenthesis: no list of weights to add to 100.
    '本项目自评得分94分，其中预算执行率得分9.18分（分值10分），产出指标得分49分，效益指标得分26.82分，满意度指标得分9分。',
    '注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。',
    // Scores of three indicators are no list of weights.
    '产出指标得分48分、效益指标得分28分、满意度指标得分9分，合计85分。',
    '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t10\t10\n\t生活质量\t20\t18\n总分\t\t30\t28',
    '一级指标\t三级指标\t分值\t得分\n效益指标(90分)\t群众健康生活方式\t90\t88\n总分\t\t90\t88\n\n项目预算执行率得分9.75分，综合自评得分97.75分。',
    // Two forms in one report: each 总分 sums its own form's scores (93 and 96, not 189), and a
    // narrative score is not compared with either (which form it speaks of is unclear).
    `${firstForm}\n${scoreTable('项目二', ['15', '19', '38', '24'], '总分', '96')}\n综上，项目一自评得分为93分，项目二自评得分为96分。`,
    // A form without a 总分 row before one with it: the later 总分's rows carry 200 of 分值 for its
    // 100, so which scores it sums is unclear, and it is not checked.
    `${scoreTable('项目一', ['14', '18.5', '37.5', '23'], '', '')}\n${scoreTable('项目二', ['15', '19', '38', '24'], '总分', '96')}`,
    // 合计 of a score table is its 总分.
    scoreTable('项目一', ['14', '18.5', '37.5', '23'], '合计', '93'),
    // 合计 of a fund table sums money: its execution score (9.5) is one of the scores the 总分 sums.
    '资金来源\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\n财政拨款\t60.00\t57.00\t\t95.00%\t\n其他资金\t40.00\t38.00\t\t95.00%\t\n合计\t100.00\t95.00\t10\t95.00%\t9.5\n\n' +
      '一级指标\t三级指标\t分值\t得分\n产出指标(50分)\t宣传\t50\t48\n效益指标(40分)\t知晓率\t40\t38\n总分\t\t\t95.5',
    // 预算执行率 in the first-level column ends the 满意度指标 group: its 分值 is not the group's.
    executionRow('10'),
    standardForm('96.5'),
    numberedRows('10'),
    captioned('50\t48'),
    // A group with an unreadable OCR row is not summed.
    '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t10\t10\n\t生活质量 幸福指数\t2 2\t2 2',
  ],
  invalid: [
    { name: 'a list of weights in prose', text: note, errors: [{ messageId: 'weights', ...at(note, '10分'), data: { computed: '110', full: 100, expression: '50 + 30 + 20 + 10' } }] },
    { name: 'group weights against the label', text: group, errors: [{ messageId: 'group', ...at(group, '30分'), data: { computed: '25', written: '30' } }] },
    { name: '总分 against Σ 得分', text: total, errors: [{ messageId: 'total', ...at(total, '29'), data: { computed: '28', written: '29' }, suggestions: [{ desc: '改为 28', text: '28', ...at(total, '29') }] }] },
    { name: "the second form's 总分 against its own scores", text: twoForms, errors: [{ messageId: 'total', ...at(twoForms, '95'), data: { computed: '96', written: '95' }, suggestions: [{ desc: '改为 96', text: '96', ...at(twoForms, '95') }] }] },
    { name: '合计 of a score table against Σ 得分', text: heji, errors: [{ messageId: 'total', ...at(heji, '95'), data: { computed: '93.0', written: '95' }, suggestions: [{ desc: '改为 93.0', text: '93.0', ...at(heji, '95') }] }] },
    { name: 'a group ended by another first-level row', text: shortGroup, errors: [{ messageId: 'group', ...at(shortGroup, '10分'), data: { group: '满意度指标', computed: '8', written: '10' } }] },
    // Its text rows (年度总体目标) hold no score: the 总分 is checked.
    { name: '总分 of the standard form', text: standardWrong, errors: [{ messageId: 'total', ...at(standardWrong, '97.5'), data: { computed: '96.5', written: '97.5' }, suggestions: [{ desc: '改为 96.5', text: '96.5', ...at(standardWrong, '97.5') }] }] },
    { name: 'weights against 100', text: weights, errors: [{ messageId: 'weights', ...at(weights, '20分'), data: { computed: '110', full: 100 } }] },
    { name: 'a narrative score against the form', text: narrative, errors: [{ messageId: 'narrative', ...at(narrative, '98分'), data: { written: '98', total: '95' } }] },
    {
      name: 'a row’s 分值 against the rows numbered under it',
      text: childrenWrong,
      errors: [{ messageId: 'children', ...at(childrenWrong, '20'), data: { label: '一、项目决策', written: '20', computed: '25', expression: '10 + 15' } }],
    },
    { name: 'a caption’s weight against its rows', text: captionWrong, errors: [{ messageId: 'group', ...at(captionWrong, '90分'), data: { group: '绩效指标', computed: '80', written: '90' } }] },
    // (A 总分 out of 90 is a subtotal without the execution row: the narrative is not compared with it.)
  ],
});
