// The words that introduce a list of parts, close it, or state its total: 其中, 包括, 分别为, 即,
// 主要包括 (only some parts), 等, 共计… Sums and item counts ask these.

/** 其中: what opens the parts of the total before it (`支出86.88万元，其中：基本支出74.63万元…`, a `其中：公用经费` row). */
export const AMONG = '其中';

/** Words after a total that introduce its parts (the whole list). */
export const LIST_INTRODUCERS: readonly string[] = [
  AMONG, '包括', '包含', '分别为', '分别是', '分别', '即为', '即', '具体为', '具体是', '具体如下', '明细如下', '如下', '由', '含',
];

/** Introducers after which the list may name only some of the parts (parts need not reach the total). */
export const PARTIAL_INTRODUCERS: readonly string[] = ['主要包括', '主要有', '主要为', '主要用于', '主要是', '主要涉及', '含', '包含', '涵盖', '重点用于'];

/** Introducers a part's own list opens with (`基本支出152.16万元，包括人员经费…`): its figures are that part's parts. */
export const NESTED_INTRODUCERS: readonly string[] = [AMONG, '包括', '包含', '主要包括', '主要有', '主要为', '主要用于', '主要是', '分别为', '分别是', '即为', '即', '具体为', '含'];

/**
 * Introducers that open a sentence of their own listing the parts or items of the sentence before
 * (`…项目9个，项目资金1950万元。分别为：A 1000万元；B 40万元`); 其中 opens such a sentence too, for sums.
 */
export const SENTENCE_LIST_OPENERS: readonly string[] = ['分别为', '分别是', '具体为', '具体是', '明细如下', '具体如下', '即'];

/** What opens the list of items after their count (`共设置5个内设机构，包括：A、B、C`, `涉及两条线路，分别为A、B`). */
export const COUNT_LIST_OPENERS: readonly string[] = ['具体包括', '主要包括', '主要有', '包括', '分别为', '分别是', '即为', '即', '具体为', '如下'];

/** Openers after which items that carry figures are counted, besides a colon (`项目4个，其中：A x万元；B y万元`, `分别为`, `即`). */
export const FIGURE_ITEM_OPENERS: readonly string[] = [AMONG, '分别', '即'];

/** Openers after which one item is a whole list, besides a colon (`即A`, `分别为A`, `具体为A`). */
export const ONE_ITEM_OPENERS: readonly string[] = ['为', '即'];

/** 由…构成/组成: the parts are named between 由 and the verb (`由A、B和C三部门组成`). */
export const MADE_OF = '由';
export const MADE_OF_VERBS: readonly string[] = ['构成', '组成'];

/** 主要: a list that names the main parts only (`主要有A、B`): its parts need not reach the total. */
export const MAINLY = '主要';

/** Words in a parenthesis of parts after a total that make it name only some (`（主要为A 3万元）`, `（含A 2万元）`). */
export const PAREN_PARTIAL_WORDS: readonly string[] = [MAINLY, '含'];

/**
 * Words of a clause with a percentage that may stand between a total and its list: the total's
 * rate or change (`，执行率为96.5%`, `，增长5%，其中：…`).
 */
export const ASIDE_PERCENT_WORDS: readonly string[] = ['率', '增长', '下降', '提高', '降低', '增加', '减少'];

/** Words of a clause between a total and its list that counts what the total covers (`资金80万元，涉及项目4个，其中：…`). */
export const COVERS_WORDS: readonly string[] = ['涉及', '共', '含', '包括', '覆盖'];

/** A list that ends with 等 may name only some items: its count is a lower bound. */
export const ETC = '等';

/** Words that state a total written after its parts (`…；桥梁检测经费8万元。共计下达资金55万元`). */
export const TOTAL_WORDS: readonly string[] = ['共计', '合计', '总计', '累计', '总共', '一共', '共', '计'];

/** Words that point back at the parts before a total (`以上共计55万元`, `上述合计`). */
export const ABOVE_WORDS: readonly string[] = ['以上', '上述'];

/** Nouns that name an amount as a total (`共发放慰问金总额84000元`, `总金额`). */
export const TOTAL_NOUNS: readonly string[] = ['总额', '总金额'];

/** Words before a count that introduce what it counts (`共设置5个`, `内设机构4个`, `下辖3个村`). */
export const COUNT_VERBS: readonly string[] = [
  '共', '共有', '共设', '共设置', '设有', '设置', '下设', '内设', '下辖', '辖', '包括', '分为', '涉及', '含', '有', '建成', '组建', '成立', '共计',
];

/** Other words before a list of items that open it (`由A、B和C三部门组成`, `围绕A、B、C三个方面`); not part of the first item. */
export const LIST_VERBS_BEFORE: readonly string[] = [MADE_OF, '围绕', '涵盖', '对', '为'];

/**
 * Words that open a clause reporting where things stand (`其中项目管理费5万元，目前已拨付400万元`):
 * after a list's first part, such a clause is a statement of its own, not a part.
 */
export const STATUS_WORDS: readonly string[] = ['目前', '现已', '已', '截至', '截止', '至今', '累计', '实际', '其余', '剩余'];

/** Separators between the items of a list (outside parentheses). */
export const ITEM_SEPARATORS = '、，,；;和及与';

/** Connecting words a label may start with (`其中：人员经费` → 人员经费). */
export const LABEL_NOISE_START: readonly string[] = [AMONG, '包括', '主要包括', '分别为', '含', '共计', '合计', '总计', '累计', '共', '全年', '年度', '当年', '本年', '全部', '决算'];

/** Connecting words a label may end with, longest first (`人员经费共计为` → 人员经费). */
export const LABEL_NOISE_END: readonly string[] = ['达到', '共计', '合计', '总计', '累计', '为', '是', '达', '约', '共', '计', '了', '的'];
