// Quantities: money units, the measure words of counts, units written in Latin letters, unit prices
// (150元/人, 每人次补助150元, 人均), approximation markers, and the words that make a bare `N万` an
// amount of money. The figure reader asks these.

/** Money units, as written after a number. */
export const MONEY_UNITS: readonly string[] = ['亿元', '万元', '千元', '元'];

/**
 * Measure words of counts (longest first when joined, so `人次` wins over `人`). Lengths and areas
 * (公里, 米, 亩) are counted the same way: exact when written without decimals.
 */
export const MEASURE_WORDS: readonly string[] = [
  '个百分点', '百分点', '个月', '分钟', '人次', '户次', '场次', '批次', '家次', '期次', '课时', '学时', '小时', '平方公里', '平方千米', '平方米',
  '立方米', '公里', '千米', '方面', '人', '个', '次', '项', '户', '场', '名', '期', '份', '家', '所', '处', '件', '篇', '条', '批', '台', '辆',
  '套', '间', '张', '本', '册', '天', '周', '岁', '座', '支', '位', '分', '例', '对', '株', '亩', '米', '段', '架', '组', '栋', '幢', '吨',
  '类', '部', '宗', '笔', '起', '节', '棵', '头', '只', '羽', '匹', '眼', '口', '门', '轮', '届',
];

/** Units written in Latin letters or symbols after a number (`6.8km`, `500m`, `25.29㎡`). */
export const LATIN_MEASURES: readonly string[] = ['km', 'm', '㎡', 'm²', 'm2', 'm³', 'm3', 'kg', 't'];

/** Measure words that count the same thing: 名 and 人 are people alike (核定编制36名，其中行政编制24人). */
export const COUNT_FAMILIES: ReadonlyArray<readonly string[]> = [['人', '名', '位'], ['公里', '千米', 'km']];

/** What a unit price may be per (`150元/人`, `800元/人次`). */
export const PER_UNITS: readonly string[] = ['人次', '户次', '人', '户', '月', '年', '次', '份', '个', '天', '场', '期', '件', '台', '套', '亩', '平方米'];

/** A unit written before the price (`每人次补助150元`), and the paying words after it; not 每月 or 每天, which do not make the year's total. */
export const PER_BEFORE_UNITS: readonly string[] = ['人次', '户次', '人', '户', '生', '名', '场', '次', '份', '个', '件', '台', '套', '亩'];
export const PER_BEFORE_VERBS: readonly string[] = ['补助', '补贴', '资助', '奖励', '发放', '奖补', '标准为', '标准'];

/** `150元一份`: a unit price written with 一 instead of a slash. */
export const PER_ONE_UNITS: readonly string[] = ['份', '人', '户', '个', '套', '台', '件'];

/** Markers before a number that make it approximate (it never enters arithmetic). */
export const APPROX_BEFORE: readonly string[] = ['不少于', '不低于', '不超过', '不高于', '不足', '超过', '大于', '小于', '高于', '低于', '约', '近', '逾', '≥', '≤', '≧', '≦', '>=', '<=', '>', '<', '＞', '＜'];

/** Words that end in 约 without it marking an approximation (`节约2.40万元`, `制约`): the number after them is exact. */
export const NOT_APPROX_YUE_WORDS: readonly string[] = ['节约', '制约', '契约', '预约', '公约', '邀约', '简约', '集约', '履约', '违约', '签约', '合约', '特约', '守约', '践约', '相约'];

/** Markers after a number that make it approximate. */
export const APPROX_AFTER: readonly string[] = ['左右', '以上', '以下', '以内', '上下', '有余'];

/**
 * Words in a clause that make a bare `N万` (`投入省级补助资金48.6万，执行数43.74万`) an amount in 万元:
 * the clause is about money.
 */
export const MONEY_CONTEXT: readonly string[] = [
  '资金', '经费', '预算', '支出', '执行', '拨付', '投入', '收入', '补助', '补贴', '金额', '费用', '费', '款', '拨款', '结余', '结转', '决算', '下达', '到位',
  '安排', '成本', '投资', '奖补', '元',
];

/**
 * Measure words after which a count in Chinese numerals counts items a list names (`两条线路，分别为…`,
 * `三部门联合`, `产出、效益和满意度三类指标`). Read only beside a list: `一是`, `三公`, `一级` are none.
 */
export const NUMERAL_ITEM_MEASURES: readonly string[] = ['个', '项', '类', '条', '家', '所', '部门', '方面', '名', '位', '支', '座', '处', '件', '种', '部分', '户', '村', '乡镇', '大类'];

/** Measure words of items (what an item count counts): digits with these are compared with a list. */
export const ITEM_MEASURES: readonly string[] = [...NUMERAL_ITEM_MEASURES, '批', '期', '场', '次', '份', '段', '栋'];

/**
 * The measures a count may be in to be the quantity of a unit price per each measure
 * (`150元/人` times `560人` or `560名`; `每份` times `120户`). A measure not listed takes only itself.
 */
export const PRICE_QUANTITY_MEASURES: Readonly<Record<string, readonly string[]>> = {
  人: ['人', '名', '人次'],
  名: ['人', '名', '人次'],
  人次: ['人次', '人'],
  生: ['人', '名'],
  份: ['人', '名', '份', '户'],
  户: ['户'],
  次: ['次', '人次', '场次'],
  个: ['个'],
  件: ['件'],
  套: ['套'],
  台: ['台'],
};

/** Words before the label of an amount that make it a price per person (`人均培训费用350元`). */
export const PER_CAPITA_WORDS: readonly string[] = ['人均'];

/**
 * Verbs of paying out a label may start with (`发放住院护理补贴89200元`): the item is what follows, and
 * a restatement of the amount in another unit may name it without the verb.
 */
export const PAYING_VERBS: readonly string[] = ['发放', '支付', '拨付', '投入', '安排', '使用'];

/**
 * The last characters of the words before a bare 元 that make it an amount whose figure is
 * missing (`支出元`, `资金元`, `补助元`, `合计为元`); 元旦, 单元, 多元 end in none of these.
 */
export const AMOUNT_WORD_ENDINGS: readonly string[] = ['出', '入', '金', '费', '款', '额', '助', '贴', '计', '为', '达', '余', '算', '付', '值', '资', '酬', '价'];

/** Words after 万元 that make it a term, not an amount (`万元户`, `万元GDP能耗`). */
export const WAN_TERMS: readonly string[] = ['户', 'GDP', '生产总值', '产值', '增加值'];

/** The word of a unit caption (`单位：万元`): a money unit shortly after it is a caption, not an amount missing its figure. */
export const UNIT_CAPTION = '单位';

/** Words right before a unit that declare it, with no amount meant (`金额均为万元`, `按万元保留两位小数`, `以万元为单位`). */
export const UNIT_DECLARATION_BEFORE: readonly string[] = ['均为', '都为', '皆为', '统一为', '一律为', '按', '以'];

/**
 * What people are counted by, one list of words a dimension (party, sex, ethnicity, schooling, title,
 * age). Counts by one dimension split the whole (`其中男27人，女18人`); counts by two overlap (`其中党员32人，
 * 女性18人`), so they are no parts of it.
 */
export const PERSON_DIMENSIONS: ReadonlyArray<readonly string[]> = [
  ['党员', '团员', '群众'],
  ['女', '男'],
  ['少数民族', '汉族'],
  ['学历', '大专', '本科', '研究生', '硕士', '博士', '中专', '高中'],
  ['高级', '中级', '初级', '职称'],
  ['岁', '以下', '以上'],
];
