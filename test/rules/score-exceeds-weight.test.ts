import rule from '../../rules/score-exceeds-weight.js';
import { at, testRule } from '../rule-tester.js';

const over = '一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标(50分)\t开展宣传活动\t=5场次\t5场次\t20\t22\n\t培训合格率\t≥95%\t98%\t30\t30';
const negative = '三级指标\t分值\t得分\n群众知晓率\t10\t-2';

testRule(rule, {
  valid: [
    '一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标(50分)\t开展宣传活动\t=5场次\t5场次\t20\t20\n\t培训合格率\t≥95%\t98%\t30\t29.5',
    // An unreadable OCR row is left out (two numbers in one cell).
    '三级指标\t年度指标值\t实际完成值\t分值\t得分\n开展暖心行动 建设服务中心\t=3次 =1个\t3次 1个\t2 2\t2 3',
  ],
  invalid: [
    {
      name: 'a score above its weight, named by its indicator',
      text: over,
      errors: [{ messageId: 'exceeds', ...at(over, '22'), data: { score: '22', weight: '20', indicator: '“开展宣传活动”' }, message: '“开展宣传活动”得分 22 超过分值 20' }],
    },
    { name: 'a negative score', text: negative, errors: [{ messageId: 'negative', ...at(negative, '-2'), message: '“群众知晓率”得分 -2 为负数' }] },
  ],
});
