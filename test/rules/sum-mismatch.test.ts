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
// Introducers beyond 其中: 即, a sentence opening with 分别为, a bare colon after the total.
const ji = '上年结转项目资金6.5万元,即:设备维护经费4.2万元、档案整理经费2.8万元。';
const fenbie = '2023年批复项目资金860万元。分别为:水源地保护经费500万元;监测经费210万元;宣传经费100万元。';
// Something between the total and its list: a document number, a rate clause, a count clause.
const docNumber = '全年下达补助资金240万元(某财预〔2023〕18号),其中困难群众救助资金180万元,临时救助资金70万元。';
const rateClause = '全年支出合计512.40万元,执行率为96.5%,其中:基本支出398.20万元,项目支出124.20万元。';
const countClause = '年中追加项目资金79.53万元，涉及项目4个，其中：抚恤金52.94万元；会议经费1.29万元；专项补助经费16.35万元；调运经费14.95万元。';
// A total after its parts.
const after = '水毁修复经费12万元;道路养护经费30万元;桥梁检测经费8万元。共计下达资金55万元。';
// Numbered parts running on past 。.
const numbered = '年初预算项目支出资金为150.5万元，其中：1.本年财政拨款项目资金为140万元。2.上年结转项目资金为20.5万元。';
// An adjustment.
const down = '年初下达补助资金300万元，年中调减45万元，全年实际下达265万元。';
const up = '年初预算80万元，追加预算12万元，调整后预算为94万元。';
// A bare N万 in a list of 万元 amounts.
const bareWan = '下达救助资金210万元，其中：救助站114万元；福利院86万。';
// An addition to the budget at the start of the year is a part of the year's whole.
const addition = '2022年预算收入69.06万元，其中年初预算57.28万元，调整追加14.78万元。其他资金来源21.31万元。';
const additionMidYear = '全年下达项目资金500万元，其中：年初安排320万元，年中追加150万元。';

// A list after a comparison with the budget (较预算数X节约Y，其中…): plain parts are of the total, parts that say 节约 of the saving.
const saved = '“三公”经费支出12.60万元，较预算数15.00万元节约2.40万元，其中公务接待费2.10万元，公务用车运行维护费10.50万元，因公出国（境）费0元。';
const savedWrong = '“三公”经费支出12.60万元，较预算数15.00万元节约2.40万元，其中公务接待费2.10万元，公务用车运行维护费10.80万元，因公出国（境）费0元。';
const savingParts = '“三公”经费支出12.60万元，较预算数15.00万元节约2.40万元，其中公务接待费节约1.00万元，公务用车运行维护费节约1.40万元。';
const savingPartsWrong = '“三公”经费支出12.60万元，较预算数15.00万元节约2.40万元，其中公务接待费节约1.00万元，公务用车运行维护费节约1.70万元。';
const review = '2024年度总支出1,256.38万元，其中基本支出486.52万元，项目支出779.86万元。';

// A PDF copy wraps a line between a number and its unit (`其他收入44.00` / `万元。`): the amount is still one of the parts.
const wrapped = '2024年度部门总收入2,946.35万元，较上年2,718.60万元增加227.75万\n元，增长8.38%。其中：一般公共预算拨款收入2,386.15万元，政府性\n基金预算拨款收入420.00万元，事业收入96.20万元，其他收入44.00\n万元。';
const wrappedWrong = wrapped.replace('其他收入44.00', '其他收入54.00');

testRule(rule, {
  valid: [
    wrapped,
    saved,
    savingParts,
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
    // The correct twins of the cases below.
    '上年结转项目资金7万元,即:设备维护经费4.2万元、档案整理经费2.8万元。',
    '2023年批复项目资金810万元。分别为:水源地保护经费500万元;监测经费210万元;宣传经费100万元。',
    '全年下达补助资金250万元(某财预〔2023〕18号),其中困难群众救助资金180万元,临时救助资金70万元。',
    '全年支出合计522.40万元,执行率为96.5%,其中:基本支出398.20万元,项目支出124.20万元。',
    '年中追加项目资金85.53万元，涉及项目4个，其中：抚恤金52.94万元；会议经费1.29万元；专项补助经费16.35万元；调运经费14.95万元。',
    '水毁修复经费12万元;道路养护经费30万元;桥梁检测经费8万元。共计下达资金50万元。',
    '年初预算项目支出资金为160.5万元，其中：1.本年财政拨款项目资金为140万元。2.上年结转项目资金为20.5万元。',
    '年初下达补助资金300万元，年中调减45万元，全年实际下达255万元。',
    '年初预算80万元，追加预算12万元，调整后预算为92万元。',
    '下达救助资金200万元，其中：救助站114万元；福利院86万。',
    '2022年预算收入72.06万元，其中年初预算57.28万元，调整追加14.78万元。其他资金来源21.31万元。',
    '全年下达项目资金470万元，其中：年初安排320万元，年中追加150万元。',
    // An addition with no part at the start of the year before it is a change, not a part.
    '全年下达项目资金500万元，其中：中央资金320万元，追加150万元用于设备购置。',
    // Every reading: the list fits the sentence's first amount, not the change before 其中 (precision corpus).
    '全县一般公共预算收入52,360万元，同比增长6.2%，增收3,060万元。其中：税收收入35,120万元，非税收入17,240万元。',
    // Parts of one kind: the plans inside 占…的 are no parts.
    '全县地方收入完成64,210万元，占年计划60,000万元的107.02%。其中，税收收入完成45,010万元，占年计划42,000万元的107.17%，非税收入完成19,200万元，占年计划18,000万元的106.67%。',
    // A 其中 with one part, then a clause of its own.
    '统筹整合财政涉农资金450万元，其中项目管理费5万元，目前项目资金已拨付400万元。',
    // Changes are no parts.
    '收入完成31,250万元，比上年增收1,250万元。其中：税收收入12,400万元，比上年增收980万元；非税收入18,850万元，比上年增收270万元。',
    // 含 lists some of what is inside.
    '共完成补贴资金96.5万元，其中：中央补贴资金80.5万元（含上年结转补贴资金2.5万元、报废更新补贴资金7.2万元），省级补贴资金16万元。',
    // A list cut off by the end of the text is partial.
    '全系统核定编制经费120万元，其中行政经费30万元、全额事业经费52万元、差额',
  ],
  invalid: [
    { name: 'a part whose unit a wrapped line carried onto the next', text: wrappedWrong, errors: [{ messageId: 'mismatch', ...at(wrappedWrong, '2,946.35'), data: { computed: '2,956.35', written: '2,946.35' } }] },
    // (No quick fix: the parts might break down the saving instead, so which figure to change is unclear.)
    { name: 'a list after 较预算数…节约…, of the total', text: savedWrong, errors: [{ messageId: 'mismatch', ...at(savedWrong, '12.60'), data: { computed: '12.90', written: '12.60' } }] },
    { name: 'a list of savings after 较预算数…节约…, of the saving', text: savingPartsWrong, errors: [{ messageId: 'mismatch', ...at(savingPartsWrong, '2.40'), data: { computed: '2.70', written: '2.40' }, suggestions: [{ desc: '改为分项之和 2.70', text: '2.70', ...at(savingPartsWrong, '2.40') }] }] },
    { name: 'parenthesised parts', text: paren, errors: [{ messageId: 'mismatch', ...at(paren, '74.73'), data: { written: '74.73', computed: '74.63', unit: '万元', expression: '55.35 + 12.36 + 6.92' } }] },
    { name: '其中 list with 、', text: qizhong, errors: [{ messageId: 'mismatch', ...at(qizhong, '8.5'), data: { written: '8.5', computed: '8.00', expression: '4.17 + 1.33 + 1.2 + 1.3' } }] },
    { name: '包括 … 和 … with thousands separators', text: baokuo, errors: [{ messageId: 'mismatch', ...at(baokuo, '3,256.40'), data: { written: '3,256.40', computed: '3,266.40' }, suggestions: [{ desc: '改为分项之和 3,266.40', text: '3,266.40', ...at(baokuo, '3,256.40') }] }] },
    {
      name: 'a total quoted as written, with its separators, and the sum in the same style',
      text: review,
      errors: [{ messageId: 'mismatch', ...at(review, '1,256.38'), message: '分项之和 1,266.38 万元（486.52 + 779.86），所写合计 1,256.38 万元', suggestions: [{ desc: '改为分项之和 1,266.38', text: '1,266.38', ...at(review, '1,256.38') }] }],
    },
    { name: 'parts in 元 under a 万元 total', text: yuanParts, errors: [{ messageId: 'mismatch', ...at(yuanParts, '4.25'), data: { computed: '4.45', expression: '19500元 + 24950元' }, suggestions: [{ desc: '改为分项之和 4.45', text: '4.45', ...at(yuanParts, '4.25') }] }] },
    { name: 'a partial list that exceeds its total', text: partial, errors: [{ messageId: 'partialExceeds', ...at(partial, '61.57'), data: { computed: '64.57' } }] },
    { name: 'identity 基本支出 = 人员经费 + 公用经费 across sentences', text: identity, errors: [{ messageId: 'mismatch', ...at(identity, '130.52'), data: { computed: '131.52', wording: 'identity' }, suggestions: [{ desc: '改为分项之和 131.52', text: '131.52', ...at(identity, '130.52') }] }] },
    { name: 'a sentence opening with 其中', text: nextSentence, errors: [{ messageId: 'mismatch', ...at(nextSentence, '12.36'), data: { computed: '13.36' } }] },
    {
      name: 'a total written without decimals: 8 means 8.00',
      text: trailingZero,
      errors: [{ messageId: 'mismatch', ...at(trailingZero, '8'), severity: 1, data: { computed: '8.10' }, suggestions: [{ desc: '改为分项之和 8.10', text: '8.10', ...at(trailingZero, '8') }] }],
    },
    { name: '三公经费 其中 across a clause', text: threeGong, errors: [{ messageId: 'mismatch', ...at(threeGong, '0.5'), data: { computed: '0.2' }, suggestions: [{ desc: '改为分项之和 0.2', text: '0.2', ...at(threeGong, '0.5') }] }] },
    { name: '即：', text: ji, errors: [{ messageId: 'mismatch', ...at(ji, '6.5'), data: { computed: '7.0' }, suggestions: [{ desc: '改为分项之和 7.0', text: '7.0', ...at(ji, '6.5') }] }] },
    { name: 'a sentence opening with 分别为', text: fenbie, errors: [{ messageId: 'mismatch', ...at(fenbie, '860'), data: { computed: '810' } }] },
    { name: 'a document number between the total and 其中', text: docNumber, errors: [{ messageId: 'mismatch', ...at(docNumber, '240'), data: { computed: '250' }, suggestions: [{ desc: '改为分项之和 250', text: '250', ...at(docNumber, '240') }] }] },
    { name: 'a rate clause between the total and 其中', text: rateClause, errors: [{ messageId: 'mismatch', ...at(rateClause, '512.40'), data: { computed: '522.40' }, suggestions: [{ desc: '改为分项之和 522.40', text: '522.40', ...at(rateClause, '512.40') }] }] },
    { name: 'a count clause between the total and 其中', text: countClause, errors: [{ messageId: 'mismatch', ...at(countClause, '79.53'), data: { computed: '85.53' } }] },
    { name: 'a total after its parts', text: after, errors: [{ messageId: 'mismatch', ...at(after, '55'), data: { computed: '50', wording: '共计' }, suggestions: [{ desc: '改为分项之和 50', text: '50', ...at(after, '55') }] }] },
    { name: 'numbered parts past 。', text: numbered, errors: [{ messageId: 'mismatch', ...at(numbered, '150.5'), data: { computed: '160.5' }, suggestions: [{ desc: '改为分项之和 160.5', text: '160.5', ...at(numbered, '150.5') }] }] },
    { name: 'an adjustment down', text: down, errors: [{ messageId: 'adjusted', ...at(down, '265'), data: { computed: '255', written: '265', expression: '300 − 45' } }] },
    { name: 'an adjustment up', text: up, errors: [{ messageId: 'adjusted', ...at(up, '94'), data: { computed: '92', written: '94', expression: '80 + 12' } }] },
    { name: '年初 and 调整追加 as parts', text: addition, errors: [{ messageId: 'mismatch', ...at(addition, '69.06'), data: { computed: '72.06', expression: '57.28 + 14.78' }, suggestions: [{ desc: '改为分项之和 72.06', text: '72.06', ...at(addition, '69.06') }] }] },
    { name: '年初 and 年中追加 as parts', text: additionMidYear, errors: [{ messageId: 'mismatch', ...at(additionMidYear, '500'), data: { computed: '470' }, suggestions: [{ desc: '改为分项之和 470', text: '470', ...at(additionMidYear, '500') }] }] },
    { name: 'a bare N万 in a list of 万元', text: bareWan, errors: [{ messageId: 'mismatch', ...at(bareWan, '210'), data: { computed: '200', expression: '114 + 86' }, suggestions: [{ desc: '改为分项之和 200', text: '200', ...at(bareWan, '210') }] }] },
  ],
});
