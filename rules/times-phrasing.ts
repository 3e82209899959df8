// times-phrasing: 提升/增长 N倍 where the amounts give a ratio of N (it should read 是…的N倍 or 提升了N−1倍); 减少N倍.
import { Decimal, formatFixed, overlaps, ratioPercent, roundingInterval, showFigure } from '../src/arith.js';
import { defineRule } from '../src/rule.js';
import { growthRatio } from './growth-mismatch.js';

export default defineRule({
  meta: {
    id: 'times-phrasing',
    severity: 'warn',
    description: '提升/增长 N倍 where the amounts give a ratio of N (should read 是…的N倍 or 提升了N−1倍), and 减少N倍',
    rationale: 'In standard Chinese, 增长2倍 means three times the old value; writing it for twice the old value overstates the change by a whole multiple.',
    messages: {
      ratio: '“{{phrase}}”：{{current}} 是 {{previous}} 的 {{ratio}} 倍，即{{verb}}了 {{growth}} 倍；应写作“是……的{{written}}倍”或“{{verb}}了{{growth}}倍”',
      decrease: '“{{phrase}}”：减少不能用倍数表示，应改用百分数（由 {{previous}} 到 {{current}}）',
    },
    messagesEn: {
      ratio: '"{{phrase}}": {{current}} is {{ratio}} times {{previous}}, a rise of {{growth}} times; write "是…的{{written}}倍" or "{{verb}}了{{growth}}倍"',
      decrease: '"{{phrase}}": a decrease cannot be stated in multiples; use a percentage (from {{previous}} to {{current}})',
    },
    defaultOptions: {},
    examples: {
      valid: ['2023年线上募捐金额为71811.16元，较去年26848.57元大幅提升1.67倍。'],
      invalid: ['2023年线上募捐金额为71811.16元，较去年26848.57元大幅提升2.67倍。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind !== 'growth' || relation.stated === undefined) continue;
      const stated = model.figures[relation.stated]!;
      if (stated.kind !== 'times') continue;
      const previous = model.figures[relation.previous]!;
      const current = model.figures[relation.current]!;
      const phrase = model.source.slice(relation.phrase.start.offset, relation.phrase.end.offset);
      const base = { phrase, previous: showFigure(previous), current: showFigure(current), verb: relation.verb, written: stated.digits };
      if (relation.direction === 'down') {
        yield { messageId: 'decrease', at: relation.phrase, data: base };
        continue;
      }
      const ratio = growthRatio(previous, current);
      if (!ratio) continue;
      const statedInterval = roundingInterval(stated.value, stated.writtenDecimals);
      const times = { lo: statedInterval.lo.times(100), hi: statedInterval.hi.times(100) };
      const growth = { lo: ratio.lo.minus(100), hi: ratio.hi.minus(100) };
      if (!overlaps(times, ratio) || overlaps(times, growth)) continue;
      const mid = ratioPercent(current, previous).div(100);
      yield {
        messageId: 'ratio',
        at: relation.phrase,
        data: { ...base, ratio: formatFixed(mid, stated.writtenDecimals), growth: formatFixed(mid.minus(new Decimal(1)), stated.writtenDecimals) },
        related: [{ span: previous.span }, { span: current.span }],
        suggestions: [{ desc: `改为“${relation.verb}了${formatFixed(mid.minus(1), stated.writtenDecimals)}倍”`, span: relation.phrase, text: `${relation.verb}了${formatFixed(mid.minus(1), stated.writtenDecimals)}倍` }],
      };
    }
  },
});
