// count-mismatch: a stated count against the counts or items listed with it.
import { writtenNumber } from '../src/arith.js';
import type { SumRelation } from '../src/model.js';
import { defineRule } from '../src/rule.js';
import { sumFinding } from './sum-mismatch.js';

export default defineRule({
  meta: {
    id: 'count-mismatch',
    severity: 'error',
    description: 'A stated count against the counts or items listed with it, in either order: 共评选15个（5个乡镇10个村）, 共3项：A、B、C, 内设A、B等4个股室, 两条线路，分别为A、B',
    rationale: 'Counts are exact; when a report says 15 and lists 14, one of them is wrong.',
    messages: {
      mismatch: '分项之和 {{computed}}{{unit}}（{{expression}}），所写合计 {{written}}{{unit}}',
      partialExceeds: '所列分项之和 {{computed}}{{unit}}（{{expression}}）已超过所写合计 {{written}}{{unit}}',
      items: '所写共 {{written}}{{unit}}，列出的是 {{listed}} 项（{{items}}）',
      itemsAtLeast: '所写“等{{written}}{{unit}}”，列出的已有 {{listed}} 项（{{items}}）',
    },
    messagesEn: {
      mismatch: 'The parts add up to {{computed}}{{unit}} ({{expression}}), the stated total is {{written}}{{unit}}',
      partialExceeds: 'The listed parts add up to {{computed}}{{unit}} ({{expression}}), more than the stated total {{written}}{{unit}}',
      items: 'The text says {{written}}{{unit}} but lists {{listed}} ({{items}})',
      itemsAtLeast: 'The text says "and others, {{written}}{{unit}}" but already names {{listed}} ({{items}})',
    },
    defaultOptions: {},
    examples: {
      valid: ['2023年全县共评选先进计生协15个（5个乡镇10个村）、先进个人10名。'],
      invalid: ['2023年全县共评选先进计生协16个（5个乡镇10个村）、先进个人10名。'],
    },
  },
  *check(model) {
    for (const relation of model.relations) {
      if (relation.kind === 'sum' && relation.measure === 'count') {
        const finding = sumFinding(model, relation as SumRelation);
        if (finding) {
          delete finding.suggestions;
          yield finding;
        }
      } else if (relation.kind === 'item-count') {
        const total = model.figures[relation.total]!;
        const listed = relation.items.length;
        // With 等 the count may exceed the items named; it falls short of them only by one where one of
        // the names is no item of its own (seed 002: 五 activities named, 等4个一级项目).
        if (relation.atLeast ? total.value.gte(listed - 1) : total.value.eq(listed)) continue;
        yield {
          messageId: relation.atLeast ? 'itemsAtLeast' : 'items',
          at: total.numberSpan,
          data: { written: total.numeral ?? writtenNumber(total), unit: total.unit, listed, items: relation.items.join('、') },
          related: [{ span: relation.itemsSpan }],
        };
      }
    }
  },
});
