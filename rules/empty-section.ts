// empty-section: a heading followed directly by a heading of the same or higher level, or by the end.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'empty-section',
    severity: 'warn',
    description: 'A section heading with nothing under it (the next heading is not below it, or the text ends)',
    rationale: 'An empty section is a template heading that was never filled in; write "无" if there is nothing to report.',
    messages: {
      empty: '“{{heading}}”下没有内容；如无此项，请写明“无”',
    },
    messagesEn: {
      empty: '"{{heading}}" has nothing under it; write "无" if there is nothing to report',
    },
    defaultOptions: {},
    examples: {
      valid: ['八、下一步改进措施\n\n加强预算管理。\n\n九、其他需要说明的情况\n\n无'],
      invalid: ['八、下一步改进措施\n\n九、其他需要说明的情况\n\n无'],
    },
  },
  *check(model) {
    const last = model.headings.at(-1);
    for (const heading of model.headings) {
      // List items are sentences: only titles count. Unnumbered titles are inferred from the
      // template's wording, and a table of contents lists them one after another: one counts
      // only as the report's last heading, with nothing after it.
      if (!heading.empty || !heading.titleLike || heading.style === 'markdown') continue;
      if (heading.style === 'none' && heading !== last) continue;
      yield { messageId: 'empty', at: heading.span, data: { heading: `${heading.marker}${heading.text}` } };
    }
  },
});
