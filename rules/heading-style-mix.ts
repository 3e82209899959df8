// heading-style-mix: one level mixing marker styles, （一） then （2）; a sub-list reusing its parent's style.
import { LEVEL_ORDER, STYLE_NAMES } from '../src/lexicon/markers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'heading-style-mix',
    severity: 'warn',
    description: 'One heading level mixing marker styles, （一） then （2） (GB/T 9704 levels: 一、→（一）→ 1. →（1）)',
    rationale: 'GB/T 9704 fixes one marker style per level; a mixed level makes the structure ambiguous and is sent back by reviewers.',
    messages: {
      mix: '“{{marker}}”与同级的“{{first}}”编号样式不一致（本级应为 {{style}} 样式）',
      parentStyle: '“{{marker}}”起的下级编号沿用了上级“{{parent}}”的样式，下级应换用另一级编号（如 {{suggested}}）',
    },
    messagesEn: {
      mix: '"{{marker}}" does not match its sibling "{{first}}" (this level uses the {{style}} style)',
      parentStyle: 'The sub-list starting at "{{marker}}" reuses its parent "{{parent}}"\'s style; use the next level\'s markers (e.g. {{suggested}})',
    },
    defaultOptions: {},
    examples: {
      valid: ['二、自评工作开展情况\n（一）自评的组织工作\n正文。\n（二）自评的方法和过程\n正文。'],
      invalid: ['二、自评工作开展情况\n（一）自评的组织工作\n正文。\n（2）自评的方法和过程\n正文。'],
    },
  },
  *check(model) {
    // How many numbered headings of each level use each style: a level's usual style across the report.
    const styleCount = new Map<string, number>();
    const countKey = (level: number, style: string) => `${level}:${style}`;
    for (const h of model.headings) {
      if (h.style !== 'none' && h.style !== 'markdown') styleCount.set(countKey(h.level, h.style), (styleCount.get(countKey(h.level, h.style)) ?? 0) + 1);
    }
    const usual = (level: number, style: string) => styleCount.get(countKey(level, style)) ?? 0;
    const blamedFirsts = new Set<number>();
    for (const heading of model.headings) {
      if (heading.styleMix && heading.previousSibling !== null) {
        // The first sibling of the group sets the style…
        let firstIndex = heading.previousSibling;
        while (model.headings[firstIndex]!.previousSibling !== null && model.headings[model.headings[firstIndex]!.previousSibling!]!.style !== 'none') {
          firstIndex = model.headings[firstIndex]!.previousSibling!;
        }
        const first = model.headings[firstIndex]!;
        // …unless the rest of the report numbers this level in this heading's style, more often than
        // in the first's: then the first is the odd one (`三、` `（1）` `（二）` after `（一）（二）`).
        if (usual(heading.level, heading.style) > usual(heading.level, first.style)) {
          if (blamedFirsts.has(firstIndex)) continue;
          blamedFirsts.add(firstIndex);
          yield {
            messageId: 'mix',
            at: first.markerSpan,
            data: { marker: first.marker, first: heading.marker, style: STYLE_NAMES[heading.style] ?? heading.style },
            related: [{ span: heading.markerSpan, message: heading.marker }],
          };
          continue;
        }
        yield {
          messageId: 'mix',
          at: heading.markerSpan,
          data: { marker: heading.marker, first: first.marker, style: STYLE_NAMES[heading.groupStyle] ?? heading.groupStyle },
          related: [{ span: first.markerSpan, message: first.marker }],
        };
      } else if (heading.reusesParentStyle && heading.parent !== null) {
        const parent = model.headings[heading.parent]!;
        const order = LEVEL_ORDER;
        const next = order[Math.min(order.indexOf(heading.style === 'arabic-dun' ? 'arabic-dot' : heading.style) + 1, order.length - 1)]!;
        yield {
          messageId: 'parentStyle',
          at: heading.markerSpan,
          data: { marker: heading.marker, parent: parent.marker, suggested: STYLE_NAMES[next] ?? next },
          related: [{ span: parent.markerSpan, message: parent.marker }],
        };
      }
    }
  },
});
