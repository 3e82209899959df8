// heading-body-mismatch: a heading naming one budget type whose body names only another.
import type { TextMark } from '../src/model.js';
import { defineRule } from '../src/rule.js';

type BudgetMark = Extract<TextMark, { kind: 'budget-type' }>;

export default defineRule({
  meta: {
    id: 'heading-body-mismatch',
    severity: 'error',
    description: 'A heading naming one budget type (一般公共预算, 政府性基金, 国有资本经营, 社会保险基金) whose body names only another',
    rationale: 'Sections on the four budgets are often copied from one another; a body about the wrong budget leaves its own budget unreported.',
    messages: {
      mismatch: '标题为“{{heading}}”，正文却只说{{found}}（应说明{{expected}}情况）',
    },
    messagesEn: {
      mismatch: 'The heading is "{{heading}}" but the body only speaks of {{found}} (it should report on {{expected}})',
    },
    defaultOptions: {},
    examples: {
      valid: ['五、社会保险基金预算支出情况\n\n2025 年市计划生育协会无社会保险基金预算'],
      invalid: ['五、社会保险基金预算支出情况\n\n2025 年市计划生育协会无国有资本经营预算'],
    },
  },
  *check(model) {
    const budgetMarks = model.marks.filter((m): m is BudgetMark => m.kind === 'budget-type');
    if (budgetMarks.length === 0) return;
    const bySegment = new Map<number, BudgetMark[]>();
    for (const m of budgetMarks) bySegment.set(m.segment, [...(bySegment.get(m.segment) ?? []), m]);
    for (const heading of model.headings) {
      const named = new Set((bySegment.get(heading.segment) ?? []).map((m) => m.name));
      if (named.size !== 1) continue;
      const own = [...named][0]!;
      const { from, to } = heading.body;
      const mentions = budgetMarks.filter((m) => m.segment >= from && m.segment < to);
      // Fire only when the body names another budget and never the heading's own.
      if (mentions.length === 0 || mentions.some((m) => m.name === own)) continue;
      yield {
        messageId: 'mismatch',
        at: mentions[0]!.span,
        data: { heading: heading.text, found: [...new Set(mentions.map((m) => m.name))].join('、'), expected: own },
        related: [{ span: heading.span, message: heading.text }],
      };
    }
  },
});
