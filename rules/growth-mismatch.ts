// growth-mismatch: 增长/下降 p% or N倍 against the two stated amounts; the direction word against the sign.
import { baseValue, changeRatioInterval, countUnit, Decimal, effectiveDecimals, formatFixed, groupedLike, overlaps, ratioInterval, ratioPercent, roundingInterval, showFigure, showIn, type Interval } from '../src/arith.js';
import type { Figure } from '../src/model.js';
import { defineRule } from '../src/rule.js';

/** What the two figures allow for current ÷ previous × 100, at the given precision. */
export function growthRatio(previous: Figure, current: Figure, decimalsOf: (f: Figure) => number = (f) => f.writtenDecimals): Interval | null {
  return ratioInterval(current, previous, decimalsOf);
}

const HUNDRED = new Decimal(100);

export default defineRule({
  meta: {
    id: 'growth-mismatch',
    severity: 'error',
    description: 'A stated growth or decline (增长 p%, 下降 p%, 增长N倍) that the two amounts (or the amount and its change: 比上年增加D万元，增长p%) do not give, or a direction word against the numbers',
    rationale: 'Year-on-year changes are the headline of a report; a growth rate that its own amounts contradict, or 下降 where the figure rose, misleads readers.',
    messages: {
      percent: '由 {{previous}} 到 {{current}} 实为{{direction}} {{computed}}%，所写为{{verb}} {{written}}%',
      times: '由 {{previous}} 到 {{current}} 为原来的 {{ratio}} 倍（{{verb}} {{growth}} 倍），与所写 {{written}} 倍不符',
      direction: '所写为“{{verb}}”，但由 {{previous}} 到 {{current}} 实为{{actual}}',
      percentOfChange: '上年为 {{previous}}（{{derivation}}），{{direction}} {{difference}} 即{{direction}} {{computed}}%，所写为 {{written}}%',
    },
    messagesEn: {
      percent: 'From {{previous}} to {{current}} is a change of {{computed}}%, the text says {{written}}%',
      times: 'From {{previous}} to {{current}} is {{ratio}} times (a rise of {{growth}} times), not {{written}}',
      direction: 'The text says "{{verb}}", but from {{previous}} to {{current}} it {{actual}}',
      percentOfChange: 'The year before was {{previous}} ({{derivation}}); a change of {{difference}} is {{computed}}%, the text says {{written}}%',
    },
    defaultOptions: {},
    examples: {
      valid: ['2024年募捐金额为50000元，较去年40000元增长25%。'],
      invalid: ['2024年募捐金额为50000元，较去年40000元增长35%。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind === 'difference-growth') {
        const current = model.figures[relation.current]!;
        const difference = model.figures[relation.difference]!;
        const stated = model.figures[relation.stated]!;
        const up = relation.direction === 'up';
        const written = changeRatioInterval(current, difference, up, (f) => f.writtenDecimals);
        const effective = changeRatioInterval(current, difference, up, (f) => effectiveDecimals(f, model.usualDecimals));
        if (!written || !effective) continue;
        const statedInterval = roundingInterval(stated.value, stated.writtenDecimals);
        if (overlaps(statedInterval, effective)) continue;
        const b = baseValue(current);
        const d = baseValue(difference).abs();
        const earlier = up ? b.minus(d) : b.plus(d);
        const decimals = Math.max(current.writtenDecimals, difference.writtenDecimals);
        yield {
          messageId: 'percentOfChange',
          at: stated.span,
          data: {
            previous: current.kind === 'amount' ? `${groupedLike(showIn(earlier, current.unit, decimals), [current, difference])} ${current.unit}` : `${groupedLike(formatFixed(earlier.div(current.multiplier ?? 1), decimals), [current, difference])}${countUnit(current)}`,
            derivation: `${showFigure(current)} ${up ? '−' : '+'} ${showFigure(difference)}`,
            difference: showFigure(difference),
            direction: up ? '增长' : '下降',
            computed: formatFixed(d.div(earlier).times(100), Math.max(1, stated.writtenDecimals)),
            written: stated.digits,
            verb: relation.verb,
          },
          related: [{ span: current.span }, { span: difference.span }],
          ...(overlaps(statedInterval, written) ? { severity: 'warn' as const } : {}),
        };
        continue;
      }
      if (relation.kind !== 'growth') continue;
      const previous = model.figures[relation.previous]!;
      const current = model.figures[relation.current]!;
      const ratio = growthRatio(previous, current);
      const effective = growthRatio(previous, current, (f) => effectiveDecimals(f, model.usualDecimals));
      if (!ratio || !effective) continue;
      const base = { previous: showFigure(previous), current: showFigure(current), verb: relation.verb };
      const rose = ratio.lo.gt(HUNDRED);
      const fell = ratio.hi.lt(HUNDRED);
      if ((relation.direction === 'up' && fell) || (relation.direction === 'down' && rose)) {
        yield { messageId: 'direction', at: relation.phrase, data: { ...base, actual: rose ? '增加' : '减少' } };
        continue;
      }
      if (relation.stated === undefined) continue;
      const stated = model.figures[relation.stated]!;
      const statedInterval = roundingInterval(stated.value, stated.writtenDecimals);
      const changeOf = (r: Interval): Interval =>
        relation.direction === 'up' ? { lo: r.lo.minus(HUNDRED), hi: r.hi.minus(HUNDRED) } : { lo: HUNDRED.minus(r.hi), hi: HUNDRED.minus(r.lo) };
      const change = changeOf(ratio);
      if (stated.kind === 'percentage') {
        if (overlaps(statedInterval, changeOf(effective))) continue;
        // Holds only when 15万元 is read as 15 ± 0.5: a warning (trailing zeros).
        const severity = overlaps(statedInterval, change) ? { severity: 'warn' as const } : {};
        yield {
          messageId: 'percent',
          at: stated.span,
          data: { ...base, written: stated.digits, computed: formatFixed(ratioPercent(current, previous).minus(HUNDRED).abs(), Math.max(1, stated.writtenDecimals)), direction: relation.direction === 'up' ? '增长' : '下降' },
          related: [{ span: previous.span }, { span: current.span }],
          ...severity,
        };
      } else if (stated.kind === 'times' && relation.direction === 'up') {
        const times = { lo: statedInterval.lo.times(100), hi: statedInterval.hi.times(100) };
        // 增长N倍 may be right (growth of N times) or loosely phrased (N times the old value: times-phrasing).
        if (overlaps(times, change) || overlaps(times, ratio)) continue;
        yield {
          messageId: 'times',
          at: relation.phrase,
          data: { ...base, written: stated.digits, ratio: formatFixed(ratioPercent(current, previous).div(100), 2), growth: formatFixed(ratioPercent(current, previous).div(100).minus(1), 2) },
          related: [{ span: previous.span }, { span: current.span }],
        };
      }
    }
  },
});
