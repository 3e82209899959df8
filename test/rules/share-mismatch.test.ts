import rule from '../../rules/share-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const labelled = '2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占基本支出的 92.11% ，公用经费 21.61 万元，占基本支出的 9.9 %。';
const seed002 =
  '2025年财政批复部门收入预算为213.74万元，其中基本支出152.16万元；项目支出61.57万元。\n本单位组织对2025年度一般公共预算项目支出全面开展绩效自评，其中，一级项目4个，共涉及资金61.57万元，占一般公共预算项目支出总额的28.9%。';
const explicit = '截止12月共发放住院护理补贴89200元，占总任务10.38万元的81%。';
const bare = '2024 年度基本支出 74.63 万元，其中：人员经费 62.27 万元，占 80.44%，主要包括基本工资、津贴补贴等。';
// The whole named as a total (支出合计) is the total, not 基本支出 just before, which shares the noun 支出.
const totalGood = '2024年度部门支出合计2,401.18万元，其中基本支出1,126.90万元，占支出合计的46.93%；项目支出1,274.28万元，占支出合计的53.07%。';
const totalBad = '2024年度部门支出合计2,401.18万元，其中基本支出1,126.90万元，占支出合计的46.93%；项目支出1,274.28万元，占支出合计的55.07%。';
const fullWidth = '部门决算总支出１２０．００万元，其中项目支出３０．００万元，占总支出的２８．００％。';

// Shares listed after 分别 go with the amounts before them in order (the first share is not of the nearest amount).
const respective = '2024年全县共安排就业补助资金1,856.00万元，其中：中央资金1,206.40万元，省级资金371.20万元，县级资金278.40万元，占比分别为65%、20%、15%。';
const respectiveWrong = respective.replace('、20%、', '、25%、');

const secondShare = '全年支出510万元，其中项目支出200万元，占全年预算520万元的38.46%，占全年支出的41.22%。';

testRule(rule, {
  valid: [
    '全年支出510万元，其中项目支出200万元，占全年预算520万元的38.46%，占全年支出的39.22%。',
    '支出合计100万元，其中基本支出60万元，占支出合计的60%；项目支出40万元，占支出合计的40%。\n人员经费54万元，占基本支出的90%；公用经费6万元，占基本支出的10%。',
    respective,
    totalGood,
    '我单位 2024 年总收入 86.88 万元，2024 年度决算总支出 86.88 万元，其中：基本支出 74.63 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元），占总支出的 85.90%。',
    '2025 年度，基本支出 218.47 万元，其中人员经费 196.86 万元，占基本支出的 90.11% ，公用经费 21.61 万元，占基本支出的 9.9 %。',
    '截止12月共发放住院护理补贴89200元（其中已发58200元，待报账发放31000元），占总任务10.38万元的86%。',
    // The whole named (总任务) is not in the sentence: not resolvable, so silent.
    '为计生特殊家庭人口560人买了150元/人的健康保险，共计84000元，占总任务的100%。',
    '公用经费 12.36 万元,占 16.56%。',
    '部门决算总支出１２０．００万元，其中项目支出３０．００万元，占总支出的２５．００％。',
  ],
  invalid: [
    { name: 'a second share of one part in its sentence', text: secondShare, errors: [{ messageId: 'mismatch', ...at(secondShare, '41.22%'), data: { written: '41.22', computed: '39.22' }, suggestions: [{ desc: '改为 39.22%', text: '39.22', ...at(secondShare, '41.22') }] }] },
    { name: 'the second of shares listed after 分别', text: respectiveWrong, errors: [{ messageId: 'mismatch', ...at(respectiveWrong, '25%'), data: { written: '25', computed: '20' } }] },
    { name: 'a share of the total named by its total word', text: totalBad, errors: [{ messageId: 'mismatch', ...at(totalBad, '55.07%'), data: { written: '55.07', computed: '53.07' }, suggestions: [{ desc: '改为 53.07%', text: '53.07', ...at(totalBad, '55.07') }] }] },
    { name: 'share by label', text: labelled, errors: [{ messageId: 'mismatch', ...at(labelled, '92.11%'), data: { written: '92.11', computed: '90.11' }, suggestions: [{ desc: '改为 90.11%', text: '90.11', ...at(labelled, '92.11') }] }] },
    { name: 'seed 002: the whole through the restated part', text: seed002, errors: [{ messageId: 'mismatch', ...at(seed002, '28.9%'), data: { written: '28.9', computed: '28.8', whole: '213.74 万元' } }] },
    { name: 'the whole inside the share phrase', text: explicit, errors: [{ messageId: 'mismatch', ...at(explicit, '81%'), data: { computed: '86', part: '89200 元', whole: '10.38 万元' }, suggestions: [{ desc: '改为 86%', text: '86', ...at(explicit, '81') }] }] },
    { name: 'bare 占 with the enclosing total', text: bare, errors: [{ messageId: 'mismatch', ...at(bare, '80.44%'), data: { computed: '83.44' } }] },
    { name: 'full-width digits', text: fullWidth, errors: [{ messageId: 'mismatch', ...at(fullWidth, '２８．００％'), data: { written: '28.00', computed: '25.00' }, suggestions: [{ desc: '改为 25.00%', text: '25.00', ...at(fullWidth, '２８．００') }] }] },
  ],
});
