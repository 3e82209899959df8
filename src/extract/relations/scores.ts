// Scores in prose: a self-evaluation score and the grade stated with it (`自评得分78分，自评结果为
// “优秀”`), and a list of first-level weights that must make the full score (`一级指标分值统一设置为：
// 产出指标50分、效益指标30分、满意度指标10分、预算执行率10分`).
import type { Figure, GradeRelation, Locate, WeightsTotalRelation } from '../../model.js';
import { GRADE_STATEMENT_WORDS, GRADE_WORDS, SCORE_WORDS, WEIGHT_ITEM_WORDS, WEIGHTS_INTRO_WORDS } from '../../lexicon/grades.js';
import { anyOf } from '../../lexicon/words.js';
import type { Sentence, TextToken } from '../sentences.js';
import { figureIndices, normalizeLabel, tokenAt } from './tokens.js';

const SCORE_LABEL = new RegExp(`(?:${anyOf(SCORE_WORDS)})$`);
/** The grade stated after a score, in its sentence: `，自评结果为“优秀”`, `，评价等级为优`. */
const GRADE_AFTER = new RegExp(`^[，,；;]?[^，,；;。]{0,12}?(?:${anyOf(GRADE_STATEMENT_WORDS)})[为是：:]?[“"‘'「『]?(${anyOf(GRADE_WORDS)})(?![\\p{Script=Han}])`, 'u');
/** A weight list's item: an indicator named, and its weight. */
const WEIGHT_ITEM = new RegExp(anyOf(WEIGHT_ITEM_WORDS));
/** A score's label (`产出指标得分`, `自评得分`): what it names is a score, not a weight. */
export const SCORE_IN_LABEL = new RegExp(anyOf(SCORE_WORDS));
/** An indicator's score (`预算执行率得分`, `产出指标得分`): no grade is given for it. */
const INDICATOR_SCORE = new RegExp(`(?:${anyOf(WEIGHT_ITEM_WORDS)}|指标)[^，,；;。]*得分$`);
/** What introduces a list of weights. */
const WEIGHTS_INTRO = new RegExp(anyOf(WEIGHTS_INTRO_WORDS));

function isPoints(f: Figure): boolean {
  return f.kind === 'count' && f.unit === '分' && !f.approx;
}

/** A prose score and the grade stated right after it. */
export function findProseGrades(sentences: Sentence[], source: string, locate: Locate): GradeRelation[] {
  const relations: GradeRelation[] = [];
  for (const sentence of sentences) {
    for (const i of figureIndices(sentence)) {
      const score = tokenAt(sentence, i).figure;
      // The grade is of the whole score, not of an indicator's (`其中预算执行率得分9.83分，自评等级为“优”`).
      if (!isPoints(score) || !SCORE_LABEL.test(normalizeLabel(score.label)) || INDICATOR_SCORE.test(score.label)) continue;
      const next = sentence.tokens[i + 1];
      if (next?.kind !== 'text') continue;
      const m = GRADE_AFTER.exec(next.text);
      if (!m) continue;
      const span = gradeSpan(next, m[1]!, source, locate);
      if (span) relations.push({ kind: 'grade', grade: m[1]!, gradeSpan: span, score: score.id });
    }
  }
  return relations;
}

/** Where a grade word stands in a text token's source. */
function gradeSpan(token: TextToken, grade: string, source: string, locate: Locate) {
  const at = source.indexOf(grade, token.start);
  return at >= 0 && at + grade.length <= token.end ? locate(at, at + grade.length) : undefined;
}

/** `产出指标50分、效益指标30分、满意度指标10分、预算执行率10分`: three or more weights of named indicators make the full score. */
export function findWeightLists(sentences: Sentence[]): WeightsTotalRelation[] {
  const relations: WeightsTotalRelation[] = [];
  for (const sentence of sentences) {
    const text = sentence.tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('');
    if (!WEIGHTS_INTRO.test(text)) continue;
    const weights: Figure[] = [];
    for (const i of figureIndices(sentence)) {
      const f = tokenAt(sentence, i).figure;
      if (!isPoints(f)) {
        if (weights.length) break;
        continue;
      }
      // Each weight names its indicator, and the list runs on without other figures between; a score
      // (`产出指标得分49分`) is no weight.
      if (!WEIGHT_ITEM.test(f.label) || SCORE_IN_LABEL.test(f.label)) {
        if (weights.length) break;
        continue;
      }
      weights.push(f);
    }
    if (weights.length >= 3) relations.push({ kind: 'weights-total', weights: weights.map((w) => w.id), full: 100 });
  }
  return relations;
}
