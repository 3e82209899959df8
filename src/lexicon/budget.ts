// The budgets of a government department and the identities its reports rest on: 支出 = 基本支出 +
// 项目支出, 基本支出 = 人员经费 + 公用经费, "三公"经费 = 出国(境) + 公务用车 + 公务接待.

/** Known identities of budget reports: exhaustive, so equality is required. */
export const IDENTITIES: ReadonlyArray<{ total: RegExp; parts: RegExp[]; example: string }> = [
  { total: /^(?:决算)?(?:总支出|支出总额|支出合计|本年支出)$/, parts: [/^基本支出$/, /^项目支出$/], example: '2024年度支出总额 86.88 万元。基本支出 74.63 万元，项目支出 12.25 万元。' },
  { total: /^基本支出$/, parts: [/^人员经费$/, /^(?:日常)?公用经费$/], example: '2024年度基本支出 74.63 万元。人员经费 62.27 万元；公用经费 12.36 万元。' },
  {
    total: /^[“"]?三公[”"]?经费(?:支出|决算)?$/,
    parts: [/^因公出国[（(]境[)）]费$/, /^公务用车购置及运行(?:维护)?费$/, /^公务接待费$/],
    example: '“三公”经费 3.5 万元。因公出国（境）费 0 万元，公务用车购置及运行费 2.3 万元，公务接待费 1.2 万元。',
  },
];

/**
 * Identities a table's rows state by their labels (`三公经费` over `公务用车…`, `出国经费`, `公务接待`;
 * `公务用车购置和维护经费` over `公车购置`, `公车运行维护`; `支出总额` over `基本支出`, `项目支出`). A row
 * of the identity left blank is 0.
 */
export const TABLE_IDENTITIES: ReadonlyArray<{ total: RegExp; parts: RegExp[] }> = [
  { total: /^(?:决算)?(?:总支出|支出总额|支出合计|本年支出合计?)$/, parts: [/^基本支出$/, /^项目支出$/] },
  { total: /^基本支出$/, parts: [/^人员经费$/, /^(?:日常)?公用经费$/] },
  { total: /^[“"]?三公[”"]?经费(?:支出|决算)?$/, parts: [/^(?:因公)?出国(?:[（(]境[)）])?(?:经)?费(?:用)?$/, /^公务用车购置(?:和|及)(?:运行)?维护(?:经)?费(?:用)?$|^公务用车购置及运行费$/, /^公务接待(?:费|经费)?$/] },
  { total: /^公务用车购置(?:和|及)(?:运行)?维护(?:经)?费(?:用)?$|^公务用车购置及运行费$/, parts: [/^(?:公车|公务用车)购置(?:费)?$/, /^(?:公车|公务用车)运行(?:维护)?(?:费)?$/] },
];

/**
 * The four budgets of a government department, and the ways a report writes each name
 * (`政府性基金` for 政府性基金预算, `社保基金` for 社会保险基金).
 */
export const BUDGET_TYPES: ReadonlyArray<{ name: string; words: readonly string[] }> = [
  { name: '一般公共预算', words: ['一般公共预算'] },
  { name: '政府性基金预算', words: ['政府性基金预算', '政府性基金'] },
  { name: '国有资本经营预算', words: ['国有资本经营预算', '国有资本经营'] },
  { name: '社会保险基金预算', words: ['社会保险基金预算', '社会保险基金', '社保基金预算', '社保基金'] },
];

/** Every word of BUDGET_TYPES contains one of these: a line without them names no budget. */
export const BUDGET_TYPE_HINTS: readonly string[] = ['预算', '基金', '国有资本经营'];
