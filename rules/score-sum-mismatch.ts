// score-sum-mismatch: Σ 分值 of a group vs its label, weights vs 100, 总分 (or 合计 of a score table) vs Σ 得分, a narrative score vs the form.
import { formatFixed, scoreSum as sum, scoreTolerance as tolerance } from '../src/arith.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'score-sum-mismatch',
    severity: 'error',
    description: 'Σ 分值 of a 一级指标 group vs its label (产出指标(50分)), weights vs 100, 总分 (or 合计 of a score table) vs Σ 得分, 自评得分为S分 vs the form',
    rationale: 'The score columns of a 自评表 must add up: a group whose weights miss its label, or a 总分 that is not the sum of the scores, changes the grade.',
    messages: {
      group: '{{group}}各项分值之和为 {{computed}}，与标注的 {{written}} 分不符',
      children: '“{{label}}”的{{column}} {{written}} 与其下各项之和 {{computed}}（{{expression}}）不符',
      weights: '各部分权重之和为 {{computed}}（{{expression}}），应为 {{full}} 分',
      total: '各项得分之和为 {{computed}}，所写总分为 {{written}}',
      narrative: '正文所写自评得分 {{written}} 分，与自评表总分 {{total}} 分不符',
    },
    messagesEn: {
      group: 'The weights of {{group}} add up to {{computed}}, not the {{written}} its label states',
      children: 'The {{columnEn}} of "{{label}}" is {{written}}, but the rows under it add up to {{computed}} ({{expression}})',
      weights: 'The weights add up to {{computed}} ({{expression}}), not {{full}}',
      total: 'The scores add up to {{computed}}, the stated total is {{written}}',
      narrative: 'The text states a self-evaluation score of {{written}}, the form\'s total is {{total}}',
    },
    defaultOptions: { fullScore: 100 },
    schema: { fullScore: { type: 'number', minimum: 1 } },
    examples: {
      valid: ['一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t10\t10\n\t生活质量\t20\t18\n总分\t\t30\t28'],
      invalid: ['一级指标\t三级指标\t分值\t得分\n效益指标(30分)\t群众健康生活方式\t10\t10\n\t生活质量\t10\t10\n总分\t\t20\t20'],
    },
  },
  *check(model, options: { fullScore: number }) {
    const fig = (id: number) => model.figures[id]!;
    for (const relation of model.relations) {
      if (relation.kind === 'score-group') {
        const stated = fig(relation.stated);
        const weights = relation.weights.map(fig);
        const total = sum(weights);
        if (total.minus(stated.value).abs().lte(tolerance(weights))) continue;
        yield { messageId: 'group', at: stated.span, data: { group: relation.group, computed: total.toString(), written: stated.digits }, related: weights.map((w) => ({ span: w.span })) };
      } else if (relation.kind === 'score-children') {
        const stated = fig(relation.parent);
        const children = relation.children.map(fig);
        const total = sum(children);
        if (total.minus(stated.value).abs().lte(tolerance([stated, ...children]))) continue;
        const decimals = Math.max(0, ...children.map((c) => c.writtenDecimals));
        yield {
          messageId: 'children',
          at: stated.span,
          data: { label: relation.label, column: relation.column === 'weight' ? '分值' : '得分', columnEn: relation.column, written: stated.digits, computed: formatFixed(total, decimals), expression: children.map((c) => c.digits).join(' + ') },
          related: children.map((c) => ({ span: c.span })),
        };
      } else if (relation.kind === 'weights-total') {
        const weights = relation.weights.map(fig);
        const total = sum(weights);
        if (relation.stated !== undefined) {
          // The form's own 总分 row states the full score: its 分值 against the rows' 分值.
          const stated = fig(relation.stated);
          if (total.minus(stated.value).abs().lte(tolerance([stated, ...weights]))) continue;
          yield {
            messageId: 'weights',
            at: stated.span,
            data: { computed: total.toString(), expression: weights.map((w) => w.digits).join(' + '), full: stated.digits },
            related: weights.map((w) => ({ span: w.span })),
          };
          continue;
        }
        const full = options.fullScore ?? relation.full;
        if (total.eq(full)) continue;
        yield {
          messageId: 'weights',
          at: weights[weights.length - 1]!.span,
          data: { computed: total.toString(), expression: weights.map((w) => w.digits).join(' + '), full },
          related: weights.slice(0, -1).map((w) => ({ span: w.span })),
        };
      } else if (relation.kind === 'score-total') {
        if (relation.total === null || !relation.complete || relation.scores.length === 0) continue;
        const total = fig(relation.total);
        const scores = relation.scores.map(fig).filter((s) => s.id !== total.id);
        const computed = sum(scores);
        if (computed.minus(total.value).abs().lte(tolerance([total, ...scores]))) continue;
        const decimals = Math.max(0, ...scores.map((s) => s.writtenDecimals));
        yield { messageId: 'total', at: total.span, data: { computed: formatFixed(computed, decimals), written: total.digits }, suggestions: [{ desc: `改为 ${formatFixed(computed, decimals)}`, span: total.numberSpan, text: formatFixed(computed, decimals) }] };
      } else if (relation.kind === 'narrative-score') {
        if (relation.outOf !== undefined && !fig(relation.outOf).value.eq(options.fullScore)) continue;
        const stated = fig(relation.stated);
        const total = fig(relation.total);
        if (stated.value.minus(total.value).abs().lte(tolerance([stated, total]))) continue;
        yield { messageId: 'narrative', at: stated.span, data: { written: stated.digits, total: total.digits }, related: [{ span: total.span }] };
      }
    }
  },
});
