// The rule registry: one line per rule. A meta-test checks it against rules/ and test/rules/.
import type { AnyRule } from '../src/rule.js';
import implausibleYear from './implausible-year.js';
import invalidDate from './invalid-date.js';
import missingFigure from './missing-figure.js';

/** Every built-in rule, in the order they run. */
export const rules: readonly AnyRule[] = [
  implausibleYear,
  invalidDate,
  missingFigure,
];
