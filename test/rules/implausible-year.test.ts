import rule from '../../rules/implausible-year.js';
import { at, testRule } from '../rule-tester.js';

const title = '2024年度部门整体支出绩效自评报告\n\n';
const ocr = `${title}时效指标：所有项目均于2324年12月31日前完成。`;
const early = `${title}本单位成立于1894年，2024年支出86.88万元。`;
// Outside plan wording a year more than ten years ahead is a slip; in it (按照规划，到2045年) a goal.
const farFuture = `${title}该批设备预计于2045年完成更换。`;
const planned = `${title}按照规划，到2045年实现全覆盖。`;
const farPlanned = `${title}按照规划，到2245年实现全覆盖。`;
const fromFiscal = '部门整体支出绩效自评报告\n\n2023年度基本支出89.13万元，2023年度项目支出7万元，预计2204年完成。';
const afterOwnDate = '2024年度整体支出绩效自评报告\n\n2025年1月15日\n\n项目全部工作于2025年3月31日前完成。';
const title2023 = '2023年度部门整体支出绩效自评报告\n\n';
const fiveDigits = `${title}截至20244年12月，在职在编4人。`;
const fiveDigitsNoTitle = '部门整体支出绩效自评报告\n\n截至20244年12月，在职在编4人。';
const goalYearDate = `${title}所有项目均于2035年12月31日前完成。`;
const farPlan = `${title}力争到2135年全面建成营养健康校园。`;
const noTitleYear = '部门整体支出绩效自评表\n\n完成时间\t2024年12月31日\t达成\n资金总额\t100\t100\n\n说明：2024年3月召开推进会，2924年9月再次召开。';

testRule(rule, {
  valid: [
    planned,
    // National goals and plan periods up to 40 years ahead, in plan wording.,
    '2024年度部门整体支出绩效自评报告\n\n力争2030年前实现碳达峰、2060年前实现碳中和。',
    '2024年度部门整体支出绩效自评报告\n\n严格落实城市总体规划（2016—2040年）。',
    `${title}所有支出均在2024年12月31日前完成，截至2024年12月，在职在编4人。`,
    `${title}对照《2035年远景目标纲要》和“十四五”规划，完成2022年、2023年绩效评价工作。`,
    `${title}单位始建于1956年，2034年前完成全部建设任务。`,
    // 〔2019〕 in a document number is not a written year with 年.
    `${title}根据《关于全面实施预算绩效管理的实施意见》（鹿发〔2019〕8号），2024 年总收入 86.88 万元。`,
    // The report date is 2026-06-22; completion dates before it are fine.
    '2025 年度岳阳市计划生育协会整体支出绩效自评报告\n\n2026 年 6 月 22 日\n\n所有项目均在2025年12月31日前完成。',
    // Spaced years in Word exports.
    `${title}**2024** 年 **12** 月 **31** 日前完成。`,
    // National goal years in plan wording.
    `${title}需进一步完善监管机制，力争到2035年全面建成营养健康校园。`,
    '2022年度部门整体支出绩效自评报告\n\n到2035年基本实现农业农村现代化。',
    `${title}到2050年全面实现乡村振兴。`,
    `${title2023}展望2035年，全面建成教育强区。`,
    `${title2023}对标2049年建成社会主义现代化强国的目标，到2035年基本实现。`,
    `${title2023}在2035年前基本建成。`,
    `${title2023}到新中国成立100年时（2049年）全面建成。`,
  ],
  invalid: [
    { name: 'OCR year 2324 in a completion date', text: ocr, errors: [{ messageId: 'outOfRange', ...at(ocr, '2324年'), data: { year: 2324, reportYear: 2024, max: 2034 } }] },
    { name: 'a year before 1949', text: early, errors: [{ messageId: 'tooEarly', ...at(early, '1894年'), data: { year: 1894, min: 1949 } }] },
    { name: 'more than ten years ahead', text: farFuture, errors: [{ messageId: 'outOfRange', ...at(farFuture, '2045年'), data: { year: 2045, max: 2034 } }] },
    { name: 'in plan wording, beyond any plan', text: farPlanned, errors: [{ messageId: 'outOfRange', ...at(farPlanned, '2245年'), data: { year: 2245, max: 2034 } }] },
    { name: 'report year from the most frequent 年度', text: fromFiscal, errors: [{ messageId: 'outOfRange', ...at(fromFiscal, '2204年'), data: { year: 2204, reportYear: 2023 } }] },
    { name: 'a five-digit year', text: fiveDigits, errors: [{ messageId: 'fiveDigits', ...at(fiveDigits, '20244年'), data: { year: '20244' } }] },
    { name: 'a five-digit year without a report year', text: fiveDigitsNoTitle, errors: [{ messageId: 'fiveDigits', ...at(fiveDigitsNoTitle, '20244年'), data: { year: '20244' } }] },
    // A goal year in a completion date (not plan wording: 前 after the day, not after 年) stays flagged.
    { name: 'a goal year as a completion date', text: goalYearDate, errors: [{ messageId: 'outOfRange', ...at(goalYearDate, '2035年'), data: { year: 2035, max: 2034 } }] },
    // Plan wording makes only the national goal years plausible, not any far year.
    { name: 'a far year in plan wording', text: farPlan, errors: [{ messageId: 'outOfRange', ...at(farPlan, '2135年'), data: { year: 2135, max: 2034 } }] },
    {
      name: 'completion date after the report date',
      text: afterOwnDate,
      errors: [{ messageId: 'afterReport', ...at(afterOwnDate, '2025年3月31日'), data: { date: '2025年3月31日', reportDate: '2025年1月15日' } }],
    },
    {
      name: 'report year from the written years when nothing else says it',
      text: noTitleYear,
      options: { futureYears: 10 },
      errors: [{ messageId: 'outOfRange', ...at(noTitleYear, '2924年'), data: { year: 2924, reportYear: 2024 } }],
    },
  ],
});
