// Change and comparison: 比上年, 增长/下降, 由A提高到B, and the adjustments of a budget (追加, 调减).
// The growth reader and the sums reader (a change is no part of a total) ask these.

/** Comparison words the growth reader reads a growth after, tested on the clause before a figure (`较上年`, `同比`). */
export const GROWTH_COMPARE_WORDS: readonly string[] = ['较', '比', '同比', '相比', '比上年', '较上年', '较去年', '与上年相比'];

/** Comparison words that make a figure a change, not a part of a list: the growth reader's, and `比去年`, `上年同期`. */
export const COMPARE_WORDS: readonly string[] = [...GROWTH_COMPARE_WORDS, '比去年', '上年同期'];

/** 从/由: a change from one figure to the next (`由85%提高到92%`). */
export const FROM_WORDS: readonly string[] = ['从', '由'];

/** Verbs of a rise the growth reader knows (`较上年增长5%`, `由A提高到B`). */
export const GROWTH_UP_VERBS: readonly string[] = ['增长', '增加', '提高', '提升', '上升', '增多', '扩大'];

/** Verbs of a fall the growth reader knows (`较上年下降5%`, `由A减少到B`). */
export const GROWTH_DOWN_VERBS: readonly string[] = ['下降', '减少', '降低', '下滑', '回落', '缩减'];

/**
 * Verbs with their 了 the growth reader also knows, tried only after every verb alone: a verb
 * takes one 了, 达 or 约 after it, so `减少了5%` reads 减少, and `减少了达5%` reads 减少了.
 */
export const GROWTH_VERBS_WITH_LE: readonly string[] = ['减少了'];

/** Verbs of a rise (`比上年增收980万元`): the growth reader's, and 增收, 上涨. */
export const UP_VERBS: readonly string[] = [...GROWTH_UP_VERBS, '增收', '上涨'];

/** Verbs of a fall (`比上年减少412.35万元`): the growth reader's, and 减收, 下调. */
export const DOWN_VERBS: readonly string[] = [...GROWTH_DOWN_VERBS, '减收', '下调'];

/** What is left of a budget (`节约`, `结余`): a label ending in one names a remainder, not an item. */
export const SAVING_WORDS: readonly string[] = ['节约', '结余'];

/** Words that make a figure a change or a remainder, not an item: `比上年减少412.35万元`, `节约`, `结余`. */
export const CHANGE_WORDS: readonly string[] = [...UP_VERBS, ...DOWN_VERBS, '比上年', '较上年', '比去年', '较去年', '同比', ...SAVING_WORDS, '超支', '结转'];

/** Adjustments that lower a budget (`年初X，调减D，全年Y`: Y = X − D). */
export const ADJUST_DOWN: readonly string[] = ['调减', '核减', '收回', '压减', '调出'];

/** Adjustments that raise a budget (`年初X，追加D，调整后Y`: Y = X + D). */
export const ADJUST_UP: readonly string[] = ['追加', '调增', '增补', '调入'];

/** What an addition that is a part of the year's whole may be of (`调整追加预算11.78万元`). */
export const ADDITION_OBJECTS: readonly string[] = ['预算', '资金', '经费'];

/** What an adjustment adjusts, written after it (`追加预算12万元`, `调减项目资金40万元`). */
export const ADJUSTED_OBJECTS: readonly string[] = [...ADDITION_OBJECTS, '项目资金', '支出'];

/** Words before an addition that say when or how it was made (`年中追加`, `调整追加`, `预算追加`). */
export const ADDITION_PREFIXES: readonly string[] = ['年中', '调整', '预算'];

/**
 * The start of the year: a part labelled so, and an addition after it, are both parts of the
 * year's whole (`其中年初预算57.28万元，调整追加11.78万元`).
 */
export const YEAR_START_WORDS: readonly string[] = ['年初'];

/** The words that make an amount the one an adjustment starts from (`年初下达300万元`, `批复`, `原预算`). */
export const ADJUSTMENT_BASE_WORDS: readonly string[] = [...YEAR_START_WORDS, '下达', '批复', '预算', '安排', '原'];

/** The amount an adjustment ends at: what follows the adjustment (`调整后预算为94万元`, `全年实际下达71万元`). */
export const ADJUSTED_WORDS: readonly string[] = ['调整后', '全年实际', '实际下达', '实际安排', '全年预算', '全年', '最终', '变更后', '调整为'];
