// Change and comparison: 比上年, 增长/下降, 由A提高到B, and the adjustments of a budget (追加, 调减).
// The growth reader and the sums reader (a change is no part of a total) ask these.

/** Comparison words, tested on the clause before a figure (`较上年`, `同比`). */
export const COMPARE_WORDS: readonly string[] = ['较', '比', '同比', '相比', '比上年', '较上年', '较去年', '与上年相比', '比去年', '上年同期'];

/** 从/由: a change from one figure to the next. */
export const FROM_WORDS: readonly string[] = ['从', '由'];

/** Verbs of a rise. */
export const UP_VERBS: readonly string[] = ['增长', '增加', '提高', '提升', '上升', '增多', '扩大', '增收', '上涨'];

/** Verbs of a fall. */
export const DOWN_VERBS: readonly string[] = ['下降', '减少', '降低', '下滑', '回落', '缩减', '减收', '下调'];

/** Words that make a figure a change or a remainder, not an item: `比上年减少412.35万元`, `节约`, `结余`. */
export const CHANGE_WORDS: readonly string[] = [...UP_VERBS, ...DOWN_VERBS, '比上年', '较上年', '比去年', '较去年', '同比', '节约', '超支', '结转', '结余'];

/** Adjustments that lower a budget (`年初X，调减D，全年Y`: Y = X − D). */
export const ADJUST_DOWN: readonly string[] = ['调减', '核减', '收回', '压减', '调出'];

/** Adjustments that raise a budget (`年初X，追加D，调整后Y`: Y = X + D). */
export const ADJUST_UP: readonly string[] = ['追加', '调增', '增补', '调入'];

/** The amount an adjustment ends at: what follows the adjustment (`调整后预算为94万元`, `全年实际下达71万元`). */
export const ADJUSTED_WORDS: readonly string[] = ['调整后', '全年实际', '实际下达', '实际安排', '全年预算', '全年', '最终', '变更后', '调整为'];
