// The rule registry: one line per rule. A meta-test checks it against rules/ and test/rules/.
import type { AnyRule } from '../src/rule.js';
import conversionArtifact from './conversion-artifact.js';
import countMismatch from './count-mismatch.js';
import docNumberFormat from './doc-number-format.js';
import duplicatePhrase from './duplicate-phrase.js';
import emptySection from './empty-section.js';
import gradeMismatch from './grade-mismatch.js';
import growthMismatch from './growth-mismatch.js';
import headingBodyMismatch from './heading-body-mismatch.js';
import headingSequence from './heading-sequence.js';
import headingStyleMix from './heading-style-mix.js';
import implausibleYear from './implausible-year.js';
import invalidDate from './invalid-date.js';
import jiezhiUsage from './jiezhi-usage.js';
import missingFigure from './missing-figure.js';
import missingTotalScore from './missing-total-score.js';
import percentagePointPhrasing from './percentage-point-phrasing.js';
import productMismatch from './product-mismatch.js';
import rateMismatch from './rate-mismatch.js';
import reportYearMismatch from './report-year-mismatch.js';
import restatementMismatch from './restatement-mismatch.js';
import scoreExceedsWeight from './score-exceeds-weight.js';
import scoreRateMismatch from './score-rate-mismatch.js';
import scoreSumMismatch from './score-sum-mismatch.js';
import shareMismatch from './share-mismatch.js';
import shareSumMismatch from './share-sum-mismatch.js';
import splitNumber from './split-number.js';
import strayLatin from './stray-latin.js';
import sumMismatch from './sum-mismatch.js';
import timesPhrasing from './times-phrasing.js';

/** Every built-in rule, in the order they run. */
export const rules: readonly AnyRule[] = [
  sumMismatch,
  shareMismatch,
  shareSumMismatch,
  rateMismatch,
  productMismatch,
  restatementMismatch,
  growthMismatch,
  timesPhrasing,
  percentagePointPhrasing,
  countMismatch,
  splitNumber,
  scoreExceedsWeight,
  scoreSumMismatch,
  scoreRateMismatch,
  gradeMismatch,
  missingTotalScore,
  missingFigure,
  implausibleYear,
  invalidDate,
  headingSequence,
  headingStyleMix,
  emptySection,
  headingBodyMismatch,
  reportYearMismatch,
  duplicatePhrase,
  conversionArtifact,
  docNumberFormat,
  jiezhiUsage,
  strayLatin,
];
