import rule from '../../rules/invalid-date.js';
import { at, testRule } from '../rule-tester.js';

const feb30 = '项目于2023年2月30日启动，当年完成。';
const month13 = '2024年13月召开专题会议。';
const yearAsMonth = '于2020月12月完成验收。';
const digitRun = '截至220211231日，已发放补贴89200元。';
const apr31 = '4月31日前完成资金拨付。';
const nonLeap = '2023年2月29日召开座谈会。';
const spaced = '截至 2024 年 12 月 32 日，在职在编 4 人。';

testRule(rule, {
  valid: [
    '所有支出均在2024年12月31日前完成。',
    '2024年2月29日召开座谈会。',
    // Without a year, 2月29日 may be a leap day.
    '每年2月29日前报送。',
    '覆盖0-36月龄婴幼儿，连续12个月开展随访，45日内办结。',
    '依托“5.29”会员日、7.11世界人口日开展宣传活动。',
    '截至 2024 年 12 月，在职在编 4 人。',
    '工资发放标准3850元/月，取暖费2200元/年。',
    '1-6月累计支出45.3万元。',
  ],
  invalid: [
    { name: '2月30日', text: feb30, errors: [{ messageId: 'day', ...at(feb30, '30日'), data: { month: 2, day: 30, days: 28 } }] },
    { name: 'month 13', text: month13, errors: [{ messageId: 'month', ...at(month13, '13月'), data: { month: 13 } }] },
    { name: 'a year written with 月', text: yearAsMonth, errors: [{ messageId: 'month', ...at(yearAsMonth, '2020月'), data: { month: 2020 } }] },
    { name: 'digits of a date run together', text: digitRun, errors: [{ messageId: 'dayRun', ...at(digitRun, '220211231日'), data: { day: 220211231 } }] },
    { name: 'April has 30 days', text: apr31, errors: [{ messageId: 'day', ...at(apr31, '31日'), data: { month: 4, day: 31, days: 30 } }] },
    { name: 'no 29 February in 2023', text: nonLeap, errors: [{ messageId: 'day', ...at(nonLeap, '29日'), data: { day: 29, days: 28 } }] },
    { name: 'spaced Word export', text: spaced, errors: [{ messageId: 'day', ...at(spaced, '32 日'), data: { month: 12, day: 32 } }] },
  ],
});
