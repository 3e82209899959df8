// The rule registry: one line per rule. A meta-test checks it against rules/ and test/rules/.
import type { AnyRule } from '../src/rule.js';
import countMismatch from './count-mismatch.js';
import growthMismatch from './growth-mismatch.js';
import implausibleYear from './implausible-year.js';
import invalidDate from './invalid-date.js';
import missingFigure from './missing-figure.js';
import percentagePointPhrasing from './percentage-point-phrasing.js';
import productMismatch from './product-mismatch.js';
import rateMismatch from './rate-mismatch.js';
import restatementMismatch from './restatement-mismatch.js';
import shareMismatch from './share-mismatch.js';
import shareSumMismatch from './share-sum-mismatch.js';
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
  missingFigure,
  implausibleYear,
  invalidDate,
];
