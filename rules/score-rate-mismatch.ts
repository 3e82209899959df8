// score-rate-mismatch: 执行率得分 against 分值 × 执行率 (执行率 above 100% counts as 100%).
import { Decimal, formatFixed, overlaps, ratioInterval, roundingInterval } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'score-rate-mismatch',
    severity: 'error',
    description: 'The budget-execution score against 分值 × min(B/A, 1) (财预〔2020〕10号)',
    rationale: 'The execution score follows from the execution rate by formula; a different score is either a slip or a generous rounding that changes the grade.',
    messages: {
      mismatch: '执行率得分应为 {{weight}} × {{rate}}% = {{computed}} 分，表中为 {{written}} 分',
      capped: '执行率 {{rate}}% 超过 100%，按 100% 计，执行率得分应为 {{weight}} × 100% = {{computed}} 分，表中为 {{written}} 分',
    },
    messagesEn: {
      mismatch: 'The execution score should be {{weight}} × {{rate}}% = {{computed}}, the form says {{written}}',
      capped: 'The execution rate {{rate}}% is above 100% and counts as 100%: the execution score should be {{weight}} × 100% = {{computed}}, the form says {{written}}',
    },
    defaultOptions: { cap: true },
    schema: { cap: { type: 'boolean' } },
    examples: {
      valid: ['资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\n资金总额\t100.00\t100.00\t90.00\t10\t90.00\t9'],
      invalid: ['资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\n资金总额\t100.00\t100.00\t90.00\t10\t90.00\t10'],
    },
  },
  *check(model, options: { cap: boolean }) {
    for (const relation of model.relations) {
      if (relation.kind !== 'score-rate') continue;
      const score = model.figures[relation.score]!;
      const weight = model.figures[relation.weight]!;
      const b = model.figures[relation.numerator]!;
      const a = model.figures[relation.denominator]!;
      const ratio = ratioInterval(b, a, (f) => f.writtenDecimals);
      if (!ratio) continue;
      // 财预〔2020〕10号: 分值 × min(B/A, 1); `cap: false` for localities that score above 100%.
      const cap = (x: Decimal) => (options.cap ? Decimal.min(x.div(100), 1) : x.div(100)).times(weight.value);
      const expected = { lo: cap(ratio.lo), hi: cap(ratio.hi) };
      const written = roundingInterval(score.value, score.writtenDecimals);
      if (overlaps(expected, written)) continue;
      const capped = options.cap && b.value.gt(a.value);
      const point = capped ? new Decimal(1) : b.value.div(a.value);
      const computed = formatFixed(point.times(weight.value), Math.max(2, score.writtenDecimals));
      yield {
        messageId: capped ? 'capped' : 'mismatch',
        at: score.span,
        data: { weight: weight.digits, rate: formatFixed(b.value.div(a.value).times(100), 2), computed, written: score.digits },
        related: [{ span: weight.span }, { span: b.span }, { span: a.span }],
      };
    }
  },
});
