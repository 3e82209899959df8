import rule from '../../rules/rate-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const claims = '全市计生综合保险累计投保 938.3 万元，理赔 685.39 万元，理赔率 75.05%，惠及 3090 人。';
const execution = '2025 年度，项目支出预算数 25 万元，项目实际支出 24.72 万元，预算执行率为 96.88%。';
const executionYuan = '全年预算数 3,647,981.22 元，全年执行数 3,104,531.58 元，执行率 95.10%。';
const completion = '年度计划培训 400 人次，实际完成培训 392 人次，完成率 99%。';
const survey = '共发放问卷1,200份，收回1,152份，回收率95.00%；满意度为97.5%。';
const twoBudgets = '部门年初预算6,500.00万元，全年预算数6,920.00万元，全年执行数6,791.55万元，预算执行率97.14%。';

testRule(rule, {
  valid: [
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
  ],
  invalid: [
    { name: '理赔率', text: claims, errors: [{ messageId: 'mismatch', ...at(claims, '75.05%'), data: { name: '理赔率', computed: '73.05', written: '75.05' } }] },
    { name: '执行率 of spending over budget', text: execution, errors: [{ messageId: 'mismatch', ...at(execution, '96.88%'), data: { name: '预算执行率', computed: '98.88' } }] },
    { name: '执行率 with 元 figures', text: executionYuan, errors: [{ messageId: 'mismatch', ...at(executionYuan, '95.10%'), data: { computed: '85.10' } }] },
    { name: '执行率 that is of neither budget', text: twoBudgets, errors: [{ messageId: 'mismatch', ...at(twoBudgets, '97.14%'), data: { name: '预算执行率', computed: '98.14', denominator: '6920.00 万元' } }] },
    { name: '问卷回收率', text: survey, errors: [{ messageId: 'mismatch', ...at(survey, '95.00%'), data: { name: '回收率', computed: '96.00', written: '95.00' } }] },
    { name: '完成率 of counts', text: completion, errors: [{ messageId: 'mismatch', ...at(completion, '99%'), data: { name: '完成率', computed: '98.00' } }] },
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
