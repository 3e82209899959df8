import rule from '../../rules/grade-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const quoted = '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众知晓率\t100\t95.5\n总分\t\t100\t95.5\n\n项目自评得分95.5分，评价等级为“良”。';
// A score and its grade in prose, with no form.
const prose = '经评价，该项目自评得分78分，自评结果为“优秀”。';
const total = '2021年度项目总得分为81.8分，评价等级为优秀。';
// Copied with spaces for cells: the last row ends the text with its grade.
const spacedGood = '序号  项目名称  自评得分  评价等级\n1  计生宣传服务  97分  优\n2  妇幼健康项目  91分  优';
const spacedLast = '序号  项目名称  自评得分  评价等级\n1  计生宣传服务  97分  优\n2  妇幼健康项目  73分  优';
const rows = '序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t87分\t优\n2\t计生系列保险\t97分\t优';

testRule(rule, {
  valid: [
    // The grade is of the whole score, not of the indicator's score nearest it.,
    '本项目自评得分92.8分，其中预算执行率得分9.83分，自评等级为“优”。',
    spacedGood,
    '序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t100分\t优\n2\t计生系列保险\t85分\t良\n3\t基层能力建设\t60分\t中\n4\t其他\t59.5分\t差',
    '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众知晓率\t100\t95.5\n总分\t\t100\t95.5\n\n项目自评得分95.5分，评价等级为“优”。',
    '经评价，该项目自评得分92分，自评结果为“优秀”。',
    '2021年度项目总得分为91.8分，评价等级为优秀。',
    // 合格 stands for no band; a score with no grade after it states none.
    '项目自评得分78分，评价结果为合格。',
    '项目自评得分78分，较上年提高5分。',
    // Local bands as options.
    { text: '序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t87分\t优', options: { bands: { 优: 85, 良: 75, 中: 60, 差: 0 } } },
  ],
  invalid: [
    { name: 'the last row of a space-separated list, its grade the last word of the text', text: spacedLast, errors: [{ messageId: 'mismatch', ...at(spacedLast, '优', 2), data: { score: '73', expected: '中', written: '优' } }] },
    { name: 'a prose score and its grade', text: prose, errors: [{ messageId: 'mismatch', ...at(prose, '优秀'), data: { score: '78', expected: '中', written: '优秀' } }] },
    { name: 'a 总得分 and its 评价等级', text: total, errors: [{ messageId: 'mismatch', ...at(total, '优秀'), data: { score: '81.8', expected: '良', written: '优秀' } }] },
    { name: 'a grade above its band', text: rows, errors: [{ messageId: 'mismatch', ...at(rows, '优'), data: { score: '87', expected: '良', written: '优' } }] },
    { name: 'a grade in quotation marks', text: quoted, errors: [{ messageId: 'mismatch', ...at(quoted, '良'), data: { score: '95.5', expected: '优', written: '良' } }] },
    {
      name: 'the total score and a stated grade',
      text: '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众知晓率\t100\t79\n总分\t\t100\t79\n\n自评等级为良。',
      errors: [{ messageId: 'mismatch', line: 5, column: 6, endLine: 5, endColumn: 7, data: { expected: '中', written: '良' } }],
    },
  ],
});
