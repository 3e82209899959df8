import rule from '../../rules/rate-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const claims = '全市计生综合保险累计投保 938.3 万元，理赔 685.39 万元，理赔率 75.05%，惠及 3090 人。';
const execution = '2025 年度，项目支出预算数 25 万元，项目实际支出 24.72 万元，预算执行率为 96.88%。';
const executionYuan = '全年预算数 3,647,981.22 元，全年执行数 3,104,531.58 元，执行率 95.10%。';
const completion = '年度计划培训 400 人次，实际完成培训 392 人次，完成率 99%。';
// 名 and 人 count people alike: the plan in 名, the result in 人.
const peopleGood = '全年计划为3,200名适龄儿童接种疫苗，实际完成3,168人，完成率99.00%。';
const peopleBad = '全年计划为3,200名适龄儿童接种疫苗，实际完成3,168人，完成率89.00%。';
const survey = '共发放问卷1,200份，收回1,152份，回收率95.00%；满意度为97.5%。';
const twoBudgets = '部门年初预算6,500.00万元，全年预算数6,920.00万元，全年执行数6,791.55万元，预算执行率97.14%。';
// Rate names and budget words beyond 执行率 and 预算.
const total = '该项目资金总额25.00万元，拨付使用22.50万元，预算执行率100%。';
const completionOfBudget = '该项目补助经费合计40万元，已于本年度支出36万元，预算完成率100%。';
const progress = '法院执行年初预算数8万元，年末结算支出6万元，项目资金支出进度比率为100%。';
const arrival = '上级下达项目资金200万元，实际到位资金180万元，资金到位率95%。';
const disbursed = '到位资金300万元，已拨付270万元，拨付率95%。';
const bareWan = '投入省级补助资金48.6万，执行数43.74万，执行率100%。';
// Several rates in one sentence, each of its own clause.
const several = '甲项目预算12万元，支出12万元，执行率100%；乙项目预算30万元，支出24万元，执行率100%。';
// The budget in an earlier sentence, or in the paragraph before (the (1)…(2)… template).
const earlier = '2023年预算安排专项资金520万元。截至年底实际支出468万元，执行率95%。';
const sibling = '(1)资金到位情况。下达专项资金200万元。\n\n(2)资金执行情况。实际执行170万元，执行率95%。';
const alone = '(1)项目资金到位情况。2021年预算飞行经费共计200万元。\n\n(2)项目资金执行情况。实际执行飞行经费170万元，结余30万元。项目执行率95%。';
// 全部拨付到位 makes the 到位率 100%.
const allArrived = '省级下达的36万元资金已全部拨付到位，资金到位率92%。';
// 完成预算的p%.
const ofBudget = '全年预算200万元，实际支出179.43万元，完成预算的98.7%。';
// A count whose label has a spending word (`支出绩效自评项目35个`) is no spending of a money rate.
const countBefore = '我单位项目支出绩效自评项目35个，一是人才计划专项工作补助经费合计75万元，已于本年度支出70万元，预算完成率100%。';

// A sentence opening with 其中 breaks down the one before it: its 区级财政资金 is no budget of the 执行率 after it.
const afterBreakdown = '全年实际到位资金6,379,600元，到位率100%。其中上级补助资金4,465,720元，占70%；区级财政资金1,913,880元，占30%。全年实际支出6,126,483.52元，预算执行率96.03%。';
const afterBreakdownWrong = afterBreakdown.replace('预算执行率96.03%', '预算执行率93.03%');

testRule(rule, {
  valid: [
    // One source of funds is no budget; a part after 其中 gives way to its whole.,
    '全年预算637.96万元。区级财政资金190万元。全年实际支出612.65万元，预算执行率96.03%。',
    '全年可用资金1,879,520.35元，其中实际到位资金1,833,000元，上年结转资金46,520.35元。\n二、资金使用情况\n全年公用经费支出1,812,463.70元，预算执行率96.43%。',
    afterBreakdown,
    peopleGood,
    '全市计生综合保险累计投保 938.3 万元，理赔 685.39 万元，理赔率 73.05%，惠及 3090 人。',
    '2025 年度，项目支出预算数 25 万元，项目实际支出 24.72 万元，预算执行率为 98.88%。',
    '年度计划培训 400 人次，实际完成培训 392 人次，完成率 98%。',
    // Two candidate numerators: ambiguous, skip.
    '项目预算 100 万元，支出 80 万元，其中财政支出 60 万元，执行率 70%。',
    // 年初预算 and 全年预算数: the rate may be of either (98.14% of the adjusted budget, 104.49% of the first).
    '部门年初预算6,500.00万元，全年预算数6,920.00万元，全年执行数6,791.55万元，预算执行率98.14%。',
    '部门年初预算6,500.00万元，全年预算数6,920.00万元，全年执行数6,791.55万元，预算执行率104.49%。',
    '年初预算数为6,500.00万元，调整后预算为6,920.00万元，实际支出6,791.55万元，执行率为98.14%。',
    // Two budgets, neither the adjusted one: which the rate is of is unclear.
    '年初预算6,500.00万元，追加预算420.00万元，全年执行数6,791.55万元，预算执行率97.14%。',
    '共发放问卷1,200份，收回1,152份，回收率96.00%；满意度为97.5%。',
    '本次调查发放问卷300份，回收有效问卷286份，有效回收率95.33%。',
    // 有效回收率 is of the valid ones, 回收率 of all returned.
    '发放问卷500份，回收问卷480份，其中有效问卷470份，有效回收率94%。',
    '发放问卷500份，回收问卷480份，回收率96%，其中有效问卷470份。',
    // 补贴率 is not a rate crossfoot knows how to compute.
    '赔付资金 9861.87 元；发放住院护理补贴资金 19500 元，补贴率为 84.05%。',
    // The correct twins of the cases below.
    '该项目资金总额25.00万元，拨付使用22.50万元，预算执行率90%。',
    '该项目补助经费合计40万元，已于本年度支出36万元，预算完成率90%。',
    '法院执行年初预算数8万元，年末结算支出6万元，项目资金支出进度比率为75%。',
    '上级下达项目资金200万元，实际到位资金180万元，资金到位率90%。',
    '到位资金300万元，已拨付270万元，拨付率90%。',
    '投入省级补助资金48.6万，执行数43.74万，执行率90%。',
    '甲项目预算12万元，支出12万元，执行率100%；乙项目预算30万元，支出24万元，执行率80%。',
    '2023年预算安排专项资金520万元。截至年底实际支出468万元，执行率90%。',
    '(1)资金到位情况。下达专项资金200万元。\n\n(2)资金执行情况。实际执行170万元，执行率85%。',
    '(1)项目资金到位情况。2021年预算飞行经费共计200万元。\n\n(2)项目资金执行情况。实际执行飞行经费170万元，结余30万元。项目执行率85%。',
    '省级下达的36万元资金已全部拨付到位，资金到位率100%。',
    '全年预算200万元，实际支出179.43万元，完成预算的89.7%。',
    // After a rate in its sentence, a part's rate is of its own budget, which is not written.
    '收入合计9570171.39元，支出合计7686456.33元，执行率为80.32%，其中：基本支出5967100.39元，执行率达100.00%，项目支出1719355.94元，执行率达47.72%。',
    // A clause group with an amount of its own is not read against an amount of another group.
    '一是教育管理经费合计75万元，已于本年度支出75万元，预算完成率100%。主要用于补助；二是学前教育经费3624.71万元，已于本年度支出3624.71万元，预算完成率100%。',
    '我单位项目支出绩效自评项目35个，一是人才计划专项工作补助经费合计75万元，已于本年度支出75万元，预算完成率100%。',
    '本年共有支出项目12个，下达资金合计300万元，实际支出270万元，执行率90%。',
    // Two budgets in the sentence before: which one is meant is unclear.
    '下达中央资金200万元，省级配套资金50万元。实际支出170万元，执行率85%。',
  ],
  invalid: [
    { name: 'the budget before a 其中 sentence of its parts', text: afterBreakdownWrong, errors: [{ messageId: 'mismatch', ...at(afterBreakdownWrong, '93.03%'), data: { computed: '96.03', written: '93.03' } }] },
    { name: 'a completion rate of people counted in 名 and 人', text: peopleBad, errors: [{ messageId: 'mismatch', ...at(peopleBad, '89.00%'), data: { computed: '99.00', written: '89.00' } }] },
    { name: '理赔率', text: claims, errors: [{ messageId: 'mismatch', ...at(claims, '75.05%'), data: { name: '理赔率', computed: '73.05', written: '75.05' } }] },
    { name: '执行率 of spending over budget', text: execution, errors: [{ messageId: 'mismatch', ...at(execution, '96.88%'), data: { name: '预算执行率', computed: '98.88' } }] },
    { name: '执行率 with 元 figures', text: executionYuan, errors: [{ messageId: 'mismatch', ...at(executionYuan, '95.10%'), data: { computed: '85.10' } }] },
    { name: '执行率 that is of neither budget', text: twoBudgets, errors: [{ messageId: 'mismatch', ...at(twoBudgets, '97.14%'), data: { name: '预算执行率', computed: '98.14', denominator: '6,920.00 万元' } }] },
    { name: '问卷回收率', text: survey, errors: [{ messageId: 'mismatch', ...at(survey, '95.00%'), data: { name: '回收率', computed: '96.00', written: '95.00' } }] },
    { name: '完成率 of counts', text: completion, errors: [{ messageId: 'mismatch', ...at(completion, '99%'), data: { name: '完成率', computed: '98.00' } }] },
    { name: 'a budget labelled 资金总额', text: total, errors: [{ messageId: 'mismatch', ...at(total, '100%'), data: { name: '预算执行率', computed: '90.00' } }] },
    { name: '预算完成率 of a 合计', text: completionOfBudget, errors: [{ messageId: 'mismatch', ...at(completionOfBudget, '100%'), data: { name: '预算完成率', computed: '90.00' } }] },
    { name: '支出进度比率', text: progress, errors: [{ messageId: 'mismatch', ...at(progress, '100%'), data: { name: '支出进度比率', computed: '75.00' } }] },
    { name: '到位率', text: arrival, errors: [{ messageId: 'mismatch', ...at(arrival, '95%'), data: { name: '资金到位率', computed: '90.00' } }] },
    { name: '拨付率', text: disbursed, errors: [{ messageId: 'mismatch', ...at(disbursed, '95%'), data: { name: '拨付率', computed: '90.00' } }] },
    { name: 'amounts written N万', text: bareWan, errors: [{ messageId: 'mismatch', ...at(bareWan, '100%'), data: { computed: '90.00' } }] },
    { name: 'the second of two rates in one sentence', text: several, errors: [{ messageId: 'mismatch', ...at(several, '100%', 2), data: { computed: '80.00' } }] },
    { name: 'the budget in the sentence before', text: earlier, errors: [{ messageId: 'mismatch', ...at(earlier, '95%'), data: { computed: '90.00' } }] },
    { name: 'the budget in the paragraph before', text: sibling, errors: [{ messageId: 'mismatch', ...at(sibling, '95%'), data: { computed: '85.00' } }] },
    { name: 'a rate alone in its sentence', text: alone, errors: [{ messageId: 'mismatch', ...at(alone, '95%'), data: { computed: '85.00' } }] },
    { name: '全部拨付到位 with a 到位率 below 100%', text: allArrived, errors: [{ messageId: 'mismatch', ...at(allArrived, '92%'), data: { name: '资金到位率', computed: '100.00' } }] },
    { name: 'a count with a spending word before the amounts', text: countBefore, errors: [{ messageId: 'mismatch', ...at(countBefore, '100%'), data: { name: '预算完成率', computed: '93.33' } }] },
    { name: '完成预算的p%', text: ofBudget, errors: [{ messageId: 'mismatch', ...at(ofBudget, '98.7%'), data: { name: '完成预算', computed: '89.72' } }] },
  ],
});

/** 100.40 of 100.00 rounds to 100%: the rate hides spending above the budget. */
const over = '资金来源\t全年预算数(A)\t全年执行数(B)\t执行率\n资金总额\t100.00\t100.40\t100%';
/** A rate written above 100% says so itself: nothing to point out (c202: 338.31 of 329.77 = 102.59%). */
const overStated = '资金来源\t全年预算数(A)\t全年执行数(B)\t执行率\n资金总额\t329.77\t338.31\t102.59%';
const zero = '资金来源\t全年预算数(A)\t全年执行数(B)\t执行率\n其他运转类\t0\t0\t100.00';

testRule(rule, {
  valid: [
    '资金来源\t全年预算数(A)\t全年执行数(B)\t执行率\n资金总额\t3,647,981.22\t3,647,981.22\t100.00\n其他运转类\t0\t0\t-',
    overStated,
  ],
  invalid: [
    { name: 'execution above budget hidden by a rate of 100% is a warning', text: over, errors: [{ messageId: 'overBudget', ...at(over, '100.40'), severity: 1 }] },
    { name: 'a rate on a zero budget', text: zero, errors: [{ messageId: 'zeroBudget', ...at(zero, '100.00'), data: { written: '100.00' } }] },
  ],
});

/** Column names over one row of values, one cell per line (a 基础数据表 copied from a PDF). */
const basic = (rate: string) => `2022年度部门整体支出绩效评价基础数据表\n\n财政供养人员情况(人)\n\n编制数\n\n2022年实际在职人数\n\n控制率\n\n46\n\n50\n\n${rate}\n\n经费控制情况(万元)`;
const basicWrong = basic('118.70%');
const execution3 = (rate: string) => `预算执行情况\n\n全年预算数\n\n全年执行数\n\n执行率\n\n120.00\n\n108.00\n\n${rate}`;
const execution3Wrong = execution3('95.00%');

testRule(rule, {
  valid: [
    basic('108.70%'),
    execution3('90.00%'),
    // Two values under three names: which name each value is under is unclear.
    '编制数\n\n实际在职人数\n\n控制率\n\n50\n\n92%',
    // A rate whose columns the words do not name.
    '编制数\n\n临时聘用人数\n\n控制率\n\n46\n\n50\n\n60%',
  ],
  invalid: [
    { name: '控制率 = 实际在职人数 / 编制数 in a block of names over values', text: basicWrong, errors: [{ messageId: 'mismatch', ...at(basicWrong, '118.70%'), data: { name: '控制率', computed: '108.70' } }] },
    { name: '执行率 in a block of names over values', text: execution3Wrong, errors: [{ messageId: 'mismatch', ...at(execution3Wrong, '95.00%'), data: { name: '执行率', computed: '90.00' } }] },
  ],
});
