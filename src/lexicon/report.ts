// The report as a document: the words of its title (`2024年度部门整体支出绩效自评报告`), the
// standard titles of its sections, and the label of the date it was filled in.

/** Words of a report's title: the year in a line with one of these is the year the report is about. */
export const TITLE_WORDS: readonly string[] = ['报告', '自评表', '评价表', '绩效'];

/** Standard section titles of 绩效自评报告 templates: an unnumbered line that is one of these is a heading. */
export const SECTION_TITLES: readonly string[] = [
  '部门基本情况', '部门（单位）基本情况', '单位基本情况', '一般公共预算支出情况', '政府性基金预算支出情况', '国有资本经营预算支出情况',
  '社会保险基金预算支出情况', '部门整体支出绩效情况', '存在的问题及原因分析', '存在的问题', '下一步改进措施', '改进措施和建议',
  '部门整体支出绩效自评结果拟应用和公开情况', '自评结果拟应用和公开情况', '其他需要说明的情况', '其他需说明的情况',
];

/** The label of the date a report or form was filled in (`填报日期：2025年1月15日`). */
export const FILL_DATE_LABELS: readonly string[] = ['填报日期', '填报时间', '填表日期', '填表时间'];

/** The years national plans set goals for (`到2035年基本实现…`, `2049年`, `到2050年全面实现…`). */
export const PLAN_YEARS: readonly number[] = [2035, 2049, 2050];

/** Words in the clause before a year that make it a plan's goal (`力争到2035年`, `展望2035年`, `规划目标`). */
export const PLAN_BEFORE_WORDS: readonly string[] = ['到', '力争', '展望', '规划', '目标', '远景', '愿景', '对标'];

/** Words right after a year's 年 that make it a plan's goal (`2035年远景目标`, `2035年前`). */
export const PLAN_AFTER_WORDS: readonly string[] = ['远景', '愿景', '目标', '前', '以前'];
