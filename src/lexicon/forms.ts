// The words of 自评表 forms and other report tables: what a column header says the column holds,
// and what a row label says the row is (a total, a source of funds, a subtotal, an indicator group).

/** What a column of a table holds. */
export type ColumnRole =
  | 'budgetStart' // 年初预算数
  | 'budget' // 全年预算数(A), 调整后预算数
  | 'executed' // 全年执行数(B), 决算数
  | 'rate' // 执行率
  | 'weight' // 分值, 权重
  | 'score' // 得分
  | 'target' // 年度指标值
  | 'actual' // 实际完成值
  | 'grade' // 评价等级
  | 'note' // 偏差原因分析及改进措施
  | 'unit' // 计量单位
  | 'nature' // 指标性质, 指标方向
  | 'label' // 三级指标, 资金来源, 项目名称
  | 'other';

/**
 * Header words of each role, tried on the header text with spaces removed (`exact`: only as the
 * whole header, so 实施单位 is no unit column). The role whose word
 * appears earliest wins (`得分(20分*执行率)` is a score column, `预算执行率` a rate column); on a tie,
 * the earlier row of this list.
 */
export const COLUMN_WORDS: ReadonlyArray<{ role: ColumnRole; words: readonly string[]; exact?: readonly string[]; example: string }> = [
  { role: 'budgetStart', words: ['年初预算', '年初批复', '年初安排'], example: '年初预算数' },
  { role: 'executed', words: ['全年执行', '执行数', '实际支出', '决算数', '实际执行', '支出数', '执行金额'], example: '全年执行数(B)' },
  { role: 'budget', words: ['全年预算', '调整后预算', '调整预算', '预算数', '预算金额', '批复预算', '预算安排数', '安排资金', '下达资金', '补助资金', '分配资金', '资金额', '金额'], example: '全年预算数(A)' },
  { role: 'rate', words: ['执行率'], example: '执行率(B/A)' },
  { role: 'score', words: ['得分', '评分', '自评分'], example: '得分' },
  { role: 'weight', words: ['分值', '权重', '标准分', '满分'], example: '分值' },
  { role: 'actual', words: ['实际完成值', '完成值', '实际值', '实际完成', '实际数'], example: '实际完成值' },
  { role: 'target', words: ['年度指标值', '指标值', '目标值', '计划值', '预期值', '预期目标'], example: '年度指标值' },
  { role: 'grade', words: ['评价等级', '等级'], example: '评价等级' },
  { role: 'note', words: ['原因', '改进措施', '备注', '说明'], example: '偏差原因分析及改进措施' },
  { role: 'unit', words: ['计量单位', '度量单位'], exact: ['单位'], example: '计量单位' },
  { role: 'nature', words: ['指标性质', '指标方向', '性质'], example: '指标性质' },
  { role: 'label', words: ['一级指标', '二级指标', '三级指标', '资金来源', '项目名称', '指标名称', '名称', '项目', '序号', '科目'], example: '三级指标' },
];

/** Roles whose columns hold the figures a form's relations are about. */
export const VALUE_ROLES: readonly ColumnRole[] = ['budgetStart', 'budget', 'executed', 'weight', 'rate', 'score', 'target', 'actual', 'grade'];

/** Roles whose cells are numbers (or empty): text under them means the row is misread. */
export const NUMERIC_ROLES: readonly ColumnRole[] = ['budgetStart', 'budget', 'executed', 'weight', 'rate', 'score'];

/** Money roles: the columns a fund table adds up. */
export const MONEY_ROLES: readonly ColumnRole[] = ['budgetStart', 'budget', 'executed'];

/** The level of an indicator label column (`一级指标` → 1). */
export const INDICATOR_LEVEL: ReadonlyArray<{ word: string; level: 1 | 2 | 3 }> = [
  { word: '一级指标', level: 1 },
  { word: '二级指标', level: 2 },
  { word: '三级指标', level: 3 },
];

/** Second-level indicator names of the standard 自评表 (财预〔2020〕10号 and the 2023 templates). */
export const SECOND_LEVEL_NAMES: readonly string[] = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '经济效益指标', '社会效益指标',
  '生态效益指标', '可持续影响指标', '服务对象满意度指标', '满意度指标', '经济效益', '社会效益', '生态效益', '可持续影响', '服务对象满意度',
];

/** First-level indicator names; with a weight (`产出指标(50分)`) they open a group of rows. */
export const FIRST_LEVEL_NAMES: readonly string[] = ['产出指标', '效益指标', '满意度指标', '成本指标', '绩效指标', '预算执行率', '预算执行'];

/** Row labels of a fund table's total (`年度资金总额`, `合计`). */
export const TOTAL_ROW_WORDS: readonly string[] = ['资金总额', '年度资金总额', '财政资金总额', '项目资金总额', '总额', '合计', '总计'];

/** Row labels of the spending classes a fund total is split into. */
export const CLASS_ROW_WORDS: readonly string[] = ['人员类', '运转类', '公用经费', '特定目标类'];

/**
 * Row labels of the sources of funds a fund total is split into (其中：财政拨款, 上年结转, 其他资金;
 * 财政资金, 财政专户管理资金, 单位资金 in the newer template).
 */
export const SOURCE_ROW_WORDS: readonly string[] = [
  '财政拨款', '财政资金', '上年结转', '其他资金', '财政专户管理资金', '专户管理', '单位资金', '自有资金', '自筹资金', '社会投入', '社会资金',
  '中央资金', '省级资金', '市级资金', '县级资金', '区级资金', '地方资金', '本级资金', '中央补助', '省级补助', '中央财政', '省级财政',
  '市级财政', '县级财政', '地方财政', '债券资金',
];

/** Labels of the row that gives a form's total score. */
export const TOTAL_SCORE_ROW_WORDS: readonly string[] = ['总分', '合计得分', '总得分', '综合得分'];

/** Labels of a row that adds up the rows of its table (in a table of scores, the total score). */
export const SUM_ROW_WORDS: readonly string[] = ['合计', '总计'];

/** A row that adds up the rows next to it (`基本支出小计`, `小计`). */
export const SUBTOTAL_WORD = '小计';

/** The indicator group whose rows may restate a fund table's class rows in 万元 (`成本指标` | `人员类成本` …). */
export const COST_GROUP_NAME = '成本指标';

/** Labels of indicator rows that may restate class rows, besides the class words: 动转类 (运转类 misread) and 小计. */
export const COST_ROW_WORDS: readonly string[] = ['运转类', '动转类', SUBTOTAL_WORD];

/**
 * The class a cost row restates the fund row of: words of the cost row's label, and the words of
 * the fund row's it restates (`人员类成本3.2` restates `人员类32000`; 公用经费 goes with 运转类).
 * The first class whose cost words the label has is the one.
 */
export const COST_CLASSES: ReadonlyArray<{ cost: readonly string[]; fund: readonly string[] }> = [
  { cost: ['人员'], fund: ['人员'] },
  { cost: ['运转', '动转', '公用'], fund: ['运转', '公用'] },
  { cost: ['特定目标'], fund: ['特定目标'] },
];

/** Grades a form writes in a cell. */
export const GRADE_CELL_WORDS: readonly string[] = ['优秀', '优', '良好', '良', '中等', '中', '合格', '差', '不合格'];

/**
 * The head noun of an indicator name that a form copied from a PDF may put in a paragraph of its
 * own (`经济效益` / `指标`): alone, it ends the cell before it.
 */
export const NAME_TAIL_WORDS: readonly string[] = ['指标'];

/** Comparators a target or value cell may start with (`≥95%`, `≤90万元`, `=1个`, `不低于95%`). */
export const CELL_COMPARATORS: readonly string[] = ['=', '＝', '═', '≥', '≤', '≧', '≦', '>', '<', '＞', '＜', '大于等于', '小于等于', '不低于', '不高于', '不少于', '不超过'];

/** Words a value cell's number may end with, besides approximation markers (`12个月内`, `100%完成`, `60分及以上`). */
export const VALUE_TAIL_WORDS: readonly string[] = ['内', '完成', '及以上', '及以下'];

/**
 * Words that fill a value cell without being a row's label: comparators, directions and kinds of
 * an indicator, units standing alone, yes and no. In a form copied one cell per line they belong
 * to the row before them.
 */
export const VALUE_WORDS: readonly string[] = [
  ...CELL_COMPARATORS, '>=', '<=', '等于', '大于', '小于',
  '正向', '反向', '正向指标', '反向指标', '定量', '定性', '定量指标', '定性指标', '共性指标', '个性指标', '是', '否', '%', '％', '‰',
  '百分比', '元', '万元', '千元', '亿元', '个', '次', '人', '人次', '户', '项', '件', '份', '场', '场次', '天', '日', '月', '年', '家', '所',
  '台', '套', '辆', '亩', '公里', '千米', '米', 'km', 'm', '平方米', '㎡', '吨', '条', '处', '座', '名', '批', '期', '篇', '本', '册', '张',
  '小时', '分', '分钟', '学时', '课时', '万人', '万人次', '万户', '个百分点', '百分点', '级', '类', '段', '架', '组', '株', '头', '只', '棵',
];

/** Column words no prose list runs across: two of them between a list's figures are a form's header, copied as text. */
export const FORM_HEADER_WORDS: readonly string[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '年初预算数', '全年预算数', '全年执行数'];
