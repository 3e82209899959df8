import rule from '../../rules/times-phrasing.js';
import { at, testRule } from '../rule-tester.js';

const seed = '2023年我县“小善举.大爱心”线上募捐金额为71811.16元（含配捐），较去年26848.57元大幅提升2.67倍，在13个县市区中排名上升。';
const decrease = '2024年会议费支出2万元，较上年6万元减少2倍。';
const growth = '2024年参训人数900人，比上年300人增长3倍。';

testRule(rule, {
  valid: [
    '2023年线上募捐金额为71811.16元，较去年26848.57元大幅提升1.67倍。',
    '2024年参训人数900人，比上年300人增长2倍。',
    '2024年募捐金额为50000元，较去年40000元增长25%。',
  ],
  invalid: [
    {
      name: 'seed 001: 提升2.67倍 for a ratio of 2.67',
      text: seed,
      errors: [{ messageId: 'ratio', ...at(seed, '提升2.67倍'), data: { ratio: '2.67', growth: '1.67', written: '2.67' }, suggestions: [{ desc: '改为“提升了1.67倍”', text: '提升了1.67倍', ...at(seed, '提升2.67倍') }] }],
    },
    { name: '减少N倍', text: decrease, errors: [{ messageId: 'decrease', ...at(decrease, '减少2倍') }] },
    { name: '增长N倍 for a ratio of N', text: growth, errors: [{ messageId: 'ratio', ...at(growth, '增长3倍'), data: { growth: '2' }, suggestions: [{ desc: '改为“增长了2倍”', text: '增长了2倍', ...at(growth, '增长3倍') }] }] },
  ],
});
