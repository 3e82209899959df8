// The words that introduce a list of parts, close it, or state its total: 其中, 包括, 分别为, 即,
// 主要包括 (only some parts), 等, 共计… Sums and item counts ask these.

/** Words after a total that introduce its parts (the whole list). */
export const LIST_INTRODUCERS: readonly string[] = [
  '其中', '包括', '包含', '分别为', '分别是', '分别', '即为', '即', '具体为', '具体是', '具体如下', '明细如下', '如下', '由', '含',
];

/** Introducers after which the list may name only some of the parts (parts need not reach the total). */
export const PARTIAL_INTRODUCERS: readonly string[] = ['主要包括', '主要有', '主要为', '主要用于', '主要是', '主要涉及', '含', '包含', '涵盖', '重点用于'];

/** Introducers a part's own list opens with (`基本支出152.16万元，包括人员经费…`): its figures are that part's parts. */
export const NESTED_INTRODUCERS: readonly string[] = ['其中', '包括', '包含', '主要包括', '主要有', '主要为', '主要用于', '主要是', '分别为', '分别是', '即为', '即', '具体为', '含'];

/** A list that ends with 等 may name only some items: its count is a lower bound. */
export const ETC = '等';

/** Words that state a total written after its parts (`…；桥梁检测经费8万元。共计下达资金55万元`). */
export const TOTAL_WORDS: readonly string[] = ['共计', '合计', '总计', '累计', '总共', '一共', '共', '计'];

/** Words before a count that introduce what it counts (`共设置5个`, `内设机构4个`, `下辖3个村`). */
export const COUNT_VERBS: readonly string[] = [
  '共', '共有', '共设', '共设置', '设有', '设置', '下设', '内设', '下辖', '辖', '包括', '分为', '涉及', '含', '有', '建成', '组建', '成立', '共计',
];

/** Separators between the items of a list (outside parentheses). */
export const ITEM_SEPARATORS = '、，,；;和及与';

/** Connecting words a label may start with (`其中：人员经费` → 人员经费). */
export const LABEL_NOISE_START: readonly string[] = ['其中', '包括', '主要包括', '分别为', '含', '共计', '合计', '总计', '累计', '共', '全年', '年度', '当年', '本年', '全部', '决算'];

/** Connecting words a label may end with, longest first (`人员经费共计为` → 人员经费). */
export const LABEL_NOISE_END: readonly string[] = ['达到', '共计', '合计', '总计', '累计', '为', '是', '达', '约', '共', '计', '了', '的'];
