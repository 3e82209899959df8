// Named rates and the ratio each is: what its name is written as, and the words that label its
// numerator and its denominator. The rate reader asks these; a new rate is one record here.

/** A named rate. */
export interface RateWords {
  /** Names, longest first when matched (`预算执行率` before `执行率`); the name must end the label. */
  names: readonly string[];
  /** Words in a numerator's label (`实际支出`, `拨付使用`). */
  numerator: readonly string[];
  /** Words in a denominator's label (`预算`, `下达`, `资金总额`). */
  denominator: readonly string[];
  /** Words that make a figure no numerator even if it has a numerator word (`预算执行数` is no budget, `年初预算` no spending). */
  notNumerator: readonly string[];
  /** Both amounts are money (so `N万` and 元/万元 mix), or counts. */
  money: boolean;
  example: string;
}

/** Budget words: what the money is of. */
export const BUDGET_WORDS: readonly string[] = ['预算', '年初', '批复', '下达', '安排', '计划', '资金总额', '总额', '合计', '投入', '到位资金', '到位', '收入', '核定', '拨入', '财政资金', '可用资金'];

/** The level a source of funds is named by (`区级财政资金`, `中央资金`): such an amount is one source of the budget, not the budget. */
export const FUND_SOURCE_LEVELS: readonly string[] = ['中央', '省级', '市级', '州级', '县级', '区级', '乡镇', '上级', '本级', '省', '市', '县', '区'];

/** Spending words: what was done with it. */
export const SPENDING_WORDS: readonly string[] = ['支出', '执行', '使用', '拨付', '支付', '实际', '决算', '结算', '花费', '兑付', '发放'];

export const RATES: readonly RateWords[] = [
  {
    names: [
      '预算执行率', '资金执行率', '项目执行率', '执行率', '预算完成率', '资金完成率', '资金支出率', '支出率', '支出进度比率', '支出进度', '资金使用率',
      '使用率', '支付完成率', '资金支付率', '支付率', '完成预算', '完成年度预算', '完成全年预算', '完成年初预算',
    ],
    numerator: SPENDING_WORDS,
    denominator: BUDGET_WORDS,
    // (合计 and 总额 are neither: 支出合计 is spending, 经费合计 a budget.)
    notNumerator: ['预算数', '年初预算', '批复', '下达', '计划', '安排', '投入', '到位', '收入'],
    money: true,
    example: '项目预算数25万元，项目实际支出24.72万元，执行率98.88%。',
  },
  {
    names: ['资金到位率', '到位率'],
    numerator: ['到位', '收到', '拨付', '拨入', '实际'],
    denominator: ['下达', '批复', '预算', '安排', '计划', '总额', '应到位', '投入'],
    notNumerator: ['下达', '批复', '预算', '安排', '计划', '总额', '应到位'],
    money: true,
    example: '上级下达项目资金200万元，实际到位资金180万元，资金到位率90%。',
  },
  {
    names: ['资金拨付率', '拨付率'],
    numerator: ['拨付'],
    denominator: ['下达', '到位', '预算', '安排', '批复', '总额'],
    notNumerator: ['下达', '到位', '预算', '安排', '批复'],
    money: true,
    example: '到位资金300万元，已拨付270万元，拨付率90%。',
  },
  {
    names: ['发放率'],
    numerator: ['发放'],
    denominator: ['下达', '到位', '应发', '预算', '安排', '总额'],
    notNumerator: ['下达', '到位', '应发', '预算', '安排'],
    money: false,
    example: '下达补贴资金120万元，已发放114万元，发放率95%。',
  },
  // The 部门整体支出绩效评价基础数据表: 财政供养人员 控制率 = 实际在职人数 / 编制数, 楼堂馆所 规模控制率 =
  // 实际规模 / 批复规模, 投资概算控制率 = 实际投资 / 预算投资 (the more specific names first).
  { names: ['规模控制率'], numerator: ['实际规模'], denominator: ['批复规模', '核定规模'], notNumerator: ['批复', '核定'], money: false, example: '批复规模1200㎡，实际规模1150㎡，规模控制率95.83%。' },
  { names: ['投资概算控制率', '概算控制率'], numerator: ['实际投资'], denominator: ['预算投资', '概算投资', '投资概算'], notNumerator: ['预算', '概算'], money: true, example: '预算投资500万元，实际投资480万元，投资概算控制率96%。' },
  { names: ['在职人员控制率', '人员控制率', '控制率'], numerator: ['实际在职', '在职人数', '在职人员', '实有人数'], denominator: ['编制数', '编制人数', '核定编制'], notNumerator: ['编制'], money: false, example: '编制数52人，实际在职人数50人，在职人员控制率96.15%。' },
  { names: ['理赔率'], numerator: ['理赔'], denominator: ['投保', '保费', '承保'], notNumerator: ['投保', '保费', '承保'], money: true, example: '累计投保 938.3 万元，理赔 685.39 万元，理赔率 73.05%。' },
  { names: ['赔付率'], numerator: ['赔付', '理赔'], denominator: ['保费', '投保', '承保'], notNumerator: ['保费', '投保', '承保'], money: true, example: '保费收入120万元，赔付96万元，赔付率80%。' },
  { names: ['完成率'], numerator: ['完成', '实际'], denominator: ['计划', '目标', '任务'], notNumerator: ['计划', '目标', '任务'], money: false, example: '计划培训500人次，完成520人次，完成率104%。' },
  { names: ['覆盖率'], numerator: ['覆盖'], denominator: ['应', '总', '目标', '全部'], notNumerator: ['应', '目标'], money: false, example: '全县应覆盖村120个，已覆盖114个，覆盖率95%。' },
  { names: ['回收率'], numerator: ['收回', '回收'], denominator: ['发放'], notNumerator: ['发放'], money: false, example: '发放问卷1,200份，收回1,152份，回收率96.00%。' },
  { names: ['投保率', '参保率'], numerator: ['投保', '参保'], denominator: ['应保', '应参保', '符合条件', '总'], notNumerator: ['应保', '应参保', '符合条件'], money: false, example: '符合条件人员800人，参保760人，参保率95%。' },
];

/** The budget an execution rate is of when the text also gives the budget at the start of the year. */
export const ADJUSTED_BUDGET_WORDS: readonly string[] = ['全年预算', '调整后预算', '调整后的预算', '调整预算'];

/** `X万元资金全部拨付到位`: the money all arrived (its 到位率 is 100%). */
export const ALL_ARRIVED = /全部(?:拨付|下达|拨|划拨)?到位|已全部到位|全额到位|足额到位/;

/** Words after an amount that make it the budget (`1400万元中央转移支付资金全部下达`). */
export const BUDGET_AFTER = /^[\p{Script=Han}]{0,12}?(?:全部|全额|已)?(?:下达|拨付到位|到位|安排)/u;

/** 有效: a rate of the valid ones (`有效回收率` is of `有效问卷470份`, not of all returned). */
export const VALID_WORD = '有效';

/** The rates of money arrived (`资金到位率`): `X万元资金全部拨付到位` makes theirs 100%. */
export const ARRIVAL_RATE_WORD = '到位率';

/** 占: a share of a whole (`人员经费占基本支出的83.44%`, `占86%`). */
export const SHARE_WORD = '占';

/** What a share phrase may name after its whole (`占基本支出的比例为`). */
export const SHARE_NOUNS: readonly string[] = ['比例', '比重'];

/** What may link a share phrase to its percentage (`的比例为`, `达`, `约`). */
export const SHARE_LINKS: readonly string[] = ['为', '达', '约'];

/** Words by which a share's whole is a total (`占支出合计的`, `占总支出的`): the whole is a stated total, not a part that shares its noun. */
export const WHOLE_TOTAL_WORDS: readonly string[] = ['合计', '总计', '共计', '总额', '总金额', '总数', '总量', '总'];
