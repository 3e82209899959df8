import rule from '../../rules/grade-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const quoted = '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众知晓率\t100\t95.5\n总分\t\t100\t95.5\n\n项目自评得分95.5分，评价等级为“良”。';
const rows = '序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t87分\t优\n2\t计生系列保险\t97分\t优';

testRule(rule, {
  valid: [
    '序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t100分\t优\n2\t计生系列保险\t85分\t良\n3\t基层能力建设\t60分\t中\n4\t其他\t59.5分\t差',
    '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众知晓率\t100\t95.5\n总分\t\t100\t95.5\n\n项目自评得分95.5分，评价等级为“优”。',
    // Local bands as options.
    { text: '序号\t项目名称\t自评得分\t评价等级\n1\t计生宣传服务\t87分\t优', options: { bands: { 优: 85, 良: 75, 中: 60, 差: 0 } } },
  ],
  invalid: [
    { name: 'a grade above its band', text: rows, errors: [{ messageId: 'mismatch', ...at(rows, '优'), data: { score: '87', expected: '良', written: '优' } }] },
    { name: 'a grade in quotation marks', text: quoted, errors: [{ messageId: 'mismatch', ...at(quoted, '良'), data: { score: '95.5', expected: '优', written: '良' } }] },
    {
      name: 'the total score and a stated grade',
      text: '一级指标\t三级指标\t分值\t得分\n效益指标(100分)\t群众知晓率\t100\t79\n总分\t\t100\t79\n\n自评等级为良。',
      errors: [{ messageId: 'mismatch', line: 5, column: 6, endLine: 5, endColumn: 7, data: { expected: '中', written: '良' } }],
    },
  ],
});
