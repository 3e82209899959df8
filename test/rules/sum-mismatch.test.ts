import rule from '../../rules/sum-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const paren = '2024 年度决算总支出 86.88 万元，其中：基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元），占总支出的 86.02%。';
const qizhong = '计生协会管理专项经费决算支出 8.5 万元，其中：办公费 4.17 万元、差旅费 1.33 万元、劳务费 1.2 万元、其他对个人及家庭的支出 1.3 万元。';
const baokuo = '2025年卫生健康局部门预算收入3,256.40万元，包括一般公共预算拨款3,016.40万元和政府性基金预算拨款250.00万元。';
const yuanParts = '省级财政安排 4.25 万元用于能力建设专项,其中住院护理补贴 19500 元,健康保险 24950 元。';
const partial = '项目支出61.57万元，主要为计生系列保险等经费50万元；宣传服务活动经费5万元；退役人员安置经费9.33万元；省级关爱行动结余0.24万元。';
const identity = '2024年度基本支出 130.52 万元。人员经费 101.30 万元，占基本支出的 77.61%；公用经费 30.22 万元，占基本支出的 23.15%。';
const nextSentence = '公用经费 12.36 万元,占 16.56%。其中办公费 5.49 万元,差旅费 1.33 万元,劳务费 0.15 万元,工会经费 2.15 万元,其它交通费用 4.24 万元。';
const trailingZero = '县财政安排专项经费 8 万元，其中：宣传经费 4.50 万元，培训经费 3.60 万元。';
const threeGong = '2025年三公经费决算为0.5万元，其中，公务接待费 0.1 万元，公务用车购置及运行费 0.1 万元。';

testRule(rule, {
  valid: [
    '基本支出 74.63 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。',
    // 152.16 + 61.57 = 213.73 against 213.74: within the rounding of three two-decimal figures.
    '2025年财政批复部门收入预算为213.74万元，其中基本支出152.16万元，包括人员经费126.02万元和日常公用经费26.14万元；项目支出61.57万元，主要为计生系列保险等经费50万元；宣传经费5万元；安置经费6.33万元；省级关爱行动结余0.24万元。',
    // A partial list (主要包括) need not reach its total.
    '人员经费 62.27 万元，主要包括：基本工资 18.13 万元、津贴补贴 10.68 万元、奖金 13.54 万元等。',
    // 其中 with one part: the rest is not listed.
    '我单位 2024 年总收入 86.88 万元，其中财政拨款 80.00 万元。',
    // 其中 listing two breakdowns of one total.
    '共发放住院护理补贴89200元（其中已发58200元，待报账发放31000元，通过阳光审批系统发放59200元）。',
    // 元 parts of a 万元 total: 19500 + 22950 = 4.245 万元, printed 4.25.
    '省级财政安排 4.25 万元用于能力建设专项,其中住院护理补贴 19500 元,健康保险 22950 元。',
    // Approximate figures never enter arithmetic.
    '全年共投入帮扶资金约360万元，其中市级资金18万元，县级资金约300万元。',
    '2024年度基本支出 130.52 万元。人员经费 101.30 万元，占基本支出的 77.61%；公用经费 29.22 万元，占基本支出的 22.39%。',
    '本年支出合计 45.6 万元，其中基本支出 30.1 万元，项目支出 15.5 万元。',
    // Counts are another rule's business.
    '全县共评选先进计生协15个（5个乡镇9个村）。',
  ],
  invalid: [
    { name: 'parenthesised parts', text: paren, errors: [{ messageId: 'mismatch', ...at(paren, '74.73'), data: { written: '74.73', computed: '74.63', unit: '万元', expression: '55.35 + 12.36 + 6.92' } }] },
    { name: '其中 list with 、', text: qizhong, errors: [{ messageId: 'mismatch', ...at(qizhong, '8.5'), data: { written: '8.5', computed: '8.00', expression: '4.17 + 1.33 + 1.2 + 1.3' } }] },
    { name: '包括 … 和 … with thousands separators', text: baokuo, errors: [{ messageId: 'mismatch', ...at(baokuo, '3,256.40'), data: { computed: '3266.40' } }] },
    { name: 'parts in 元 under a 万元 total', text: yuanParts, errors: [{ messageId: 'mismatch', ...at(yuanParts, '4.25'), data: { computed: '4.45', expression: '19500元 + 24950元' } }] },
    { name: 'a partial list that exceeds its total', text: partial, errors: [{ messageId: 'partialExceeds', ...at(partial, '61.57'), data: { computed: '64.57' } }] },
    { name: 'identity 基本支出 = 人员经费 + 公用经费 across sentences', text: identity, errors: [{ messageId: 'mismatch', ...at(identity, '130.52'), data: { computed: '131.52', wording: 'identity' } }] },
    { name: 'a sentence opening with 其中', text: nextSentence, errors: [{ messageId: 'mismatch', ...at(nextSentence, '12.36'), data: { computed: '13.36' } }] },
    {
      name: 'a total written without decimals: 8 means 8.00',
      text: trailingZero,
      errors: [{ messageId: 'mismatch', ...at(trailingZero, '8'), severity: 1, data: { computed: '8.10' } }],
    },
    { name: '三公经费 其中 across a clause', text: threeGong, errors: [{ messageId: 'mismatch', ...at(threeGong, '0.5'), data: { computed: '0.2' } }] },
  ],
});
