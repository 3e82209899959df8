import rule from '../../rules/missing-total-score.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t30\t28\n总分\t\t30\t28\n\n自评等级：优',
    // No grade given: nothing to hang on an empty total.
    '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t30\t28\n总分\t\t\t',
  ],
  invalid: [
    {
      name: 'empty 总分 with a grade in the text',
      text: '一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t30\t28\n总分\t\t-\t-\n\n自评等级：优',
      errors: [{ messageId: 'missingWithSum', line: 3, column: 1, endLine: 3, endColumn: 3, data: { grade: '优', sum: '28' }, message: '总分为空，却给出了等级“优”（各项得分之和为 28）' }],
    },
    {
      name: 'seed 004: OCR’d 总 分 row and 绩 优',
      text: '\t一级指标\t二级指标\t三级指标\t分值\t得分\n\t满意度指 标(10分)\t满意度指 标\t服务联系群众满意度\t10\t10\n\t总 分\t\t\t\t\n\n绩 优。2024年3月，在全省工作座谈会作经验交流发言。',
      errors: [{ messageId: 'missingWithSum', line: 3, column: 2, endLine: 3, endColumn: 5, data: { grade: '优', sum: '10' }, message: '总分为空，却给出了等级“优”（各项得分之和为 10）' }],
    },
  ],
});
