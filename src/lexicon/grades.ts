// Grades and scores: the grade words and the bands they stand for (财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80,
// 中 ≥ 60, 差 below), the words that state a grade in prose (自评结果为“优秀”), and the words of a
// self-evaluation score (自评得分, 总得分, 评价分).

/** Grade bands (财预〔2020〕10号): 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60). */
export const DEFAULT_BANDS = { 优: 90, 良: 80, 中: 60, 差: 0 };

/** The grade a score falls in. */
export function gradeFor(score: number, bands: typeof DEFAULT_BANDS): string {
  if (score >= bands.优) return '优';
  if (score >= bands.良) return '良';
  if (score >= bands.中) return '中';
  return '差';
}

/** A grade word to the grade it is (`优秀` → 优); undefined for words no band stands for (合格). */
export function gradeOf(word: string): '优' | '良' | '中' | '差' | undefined {
  const grade = word.replace(/秀|好|等/, '');
  return grade === '优' || grade === '良' || grade === '中' || grade === '差' ? grade : undefined;
}

/**
 * Words that name a grade, before it in prose (`评价等级为“优秀”`, `评定为良`): a grade after one
 * anywhere in the report's prose is the grade checked against its form's total score.
 */
export const GRADE_NAME_WORDS: readonly string[] = ['评价等级', '自评等级', '绩效等级', '等级', '评级', '评定'];

/** Words that state a grade in prose, before it (`自评结果为`, `评价等级为`, `评定为`). */
export const GRADE_STATEMENT_WORDS: readonly string[] = [...GRADE_NAME_WORDS, '自评结果', '评价结果', '综合评价结果', '评价结论', '结果'];

/** The four grades, one character each; OCR'd text may leave one standing alone (`绩 优。`). */
export const GRADE_CHARACTERS: readonly string[] = ['优', '良', '中', '差'];

/** Grade words after a grade's name in prose, checked against a form (`评价等级为“优秀”`); `中等` is read as 中. */
export const NAMED_GRADE_WORDS: readonly string[] = ['优秀', '良好', ...GRADE_CHARACTERS];

/** Grade words in prose, longest first. */
export const GRADE_WORDS: readonly string[] = ['优秀', '良好', '中等', ...GRADE_CHARACTERS];

/** Words of a self-evaluation score (`自评得分100分`, `总得分为91.8分`, `评价分100分`). */
export const SCORE_WORDS: readonly string[] = ['自评得分', '评价得分', '综合得分', '总得分', '得分', '自评分', '评价分', '总分', '综合评分', '评分'];

/** The self-evaluation score a report's prose states, checked against its form's total (`自评得分92分`). */
export const NARRATIVE_SCORE_WORDS: readonly string[] = ['自评得分', '自评分值', '自评总分'];

/** Words that label a weight, not a score (`9.18分（分值10分）`): no part of the score they stand beside. */
export const WEIGHT_LABEL_WORDS: readonly string[] = ['分值', '权重', '满分', '标准分'];

/** Words of a sentence that lists first-level weights (`一级指标分值统一设置为：产出指标50分、…`). */
export const WEIGHTS_INTRO_WORDS: readonly string[] = ['分值', '权重', '满分', '设置为', '设定为', '设为'];

/** First-level indicator names and weights a form's notes list (`产出指标50分、效益指标30分…`). */
export const WEIGHT_ITEM_WORDS: readonly string[] = ['产出', '效益', '满意度', '成本', '预算执行', '预算资金执行', '执行率', '决策', '过程', '管理', '效果', '履职'];
