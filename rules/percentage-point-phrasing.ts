// percentage-point-phrasing: a change between two rates written as c% where c is the difference in 百分点.
import { formatFixed, overlaps, roundingInterval, halfUnit } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'percentage-point-phrasing',
    severity: 'warn',
    description: 'A change between two rates written as c% where c is their difference (should be c个百分点)',
    rationale: 'From 85% to 92% is 7 percentage points but an 8.2% increase; writing 7% confuses the two.',
    messages: {
      points: '由 {{from}}% 到 {{to}}% 相差 {{points}} 个百分点（相对变化 {{relative}}%），“{{written}}%”应写作“{{points}}个百分点”',
    },
    messagesEn: {
      points: 'From {{from}}% to {{to}}% is {{points}} percentage points (a relative change of {{relative}}%); write "{{points}}个百分点", not "{{written}}%"',
    },
    defaultOptions: {},
    examples: {
      valid: ['预算执行率由85%提高到92%，提高了7个百分点。'],
      invalid: ['预算执行率由85%提高到92%，提高了7%。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'points') continue;
      const from = model.figures[relation.from]!;
      const to = model.figures[relation.to]!;
      const change = model.figures[relation.change]!;
      const points = to.value.minus(from.value).abs();
      const pointsTolerance = halfUnit(from.writtenDecimals).plus(halfUnit(to.writtenDecimals));
      const written = roundingInterval(change.value, change.writtenDecimals);
      const asPoints = { lo: points.minus(pointsTolerance), hi: points.plus(pointsTolerance) };
      if (!overlaps(written, asPoints) || from.value.isZero()) continue;
      const relative = to.value.minus(from.value).abs().div(from.value).times(100);
      // If the relative change also fits, the wording is not wrong.
      if (overlaps(written, { lo: relative.minus(0.05), hi: relative.plus(0.05) })) continue;
      const decimals = Math.max(from.writtenDecimals, to.writtenDecimals);
      yield {
        messageId: 'points',
        at: change.span,
        data: { from: from.digits, to: to.digits, written: change.digits, points: formatFixed(points, decimals), relative: formatFixed(relative, 1) },
        related: [{ span: from.span }, { span: to.span }],
      };
    }
  },
});
