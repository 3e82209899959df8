// heading-sequence: siblings numbered 一、二、四 (gap), 4. 4. (repeat), or an unnumbered heading among numbered siblings.
import { markerFor } from '../src/lexicon/markers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'heading-sequence',
    severity: 'warn',
    description: 'Sibling headings numbered with a gap (一、二、四), a repeat (4. 4.), or an unnumbered heading among numbered ones',
    rationale: 'A gap or repeat in the numbering usually means a section was deleted, moved or pasted twice; reviewers cite sections by number.',
    messages: {
      gap: '编号从“{{previous}}”跳到“{{marker}}”，缺少“{{expected}}”',
      repeat: '编号“{{marker}}”与上一同级标题重复，应为“{{expected}}”',
      backwards: '编号“{{marker}}”小于上一同级标题“{{previous}}”，应为“{{expected}}”',
      unnumbered: '标题“{{text}}”没有编号，而同级的上一标题是“{{previous}}”；应为“{{expected}}{{text}}”',
    },
    messagesEn: {
      gap: 'Numbering jumps from "{{previous}}" to "{{marker}}"; "{{expected}}" is missing',
      repeat: '"{{marker}}" repeats the previous sibling\'s number; expected "{{expected}}"',
      backwards: '"{{marker}}" is lower than the previous sibling "{{previous}}"; expected "{{expected}}"',
      unnumbered: 'Heading "{{text}}" has no number while its previous sibling is "{{previous}}"; expected "{{expected}}{{text}}"',
    },
    defaultOptions: {},
    examples: {
      valid: ['一、部门基本情况\n\n正文。\n\n二、支出情况\n\n正文。\n\n三、其他需要说明的情况\n\n无'],
      invalid: ['一、部门基本情况\n\n正文。\n\n二、支出情况\n\n正文。\n\n四、其他需要说明的情况\n\n无'],
    },
  },
  *check(model) {
    for (const heading of model.headings) {
      if (heading.previousSibling === null || heading.style === 'markdown') continue;
      const previous = model.headings[heading.previousSibling]!;
      if (previous.style === 'none' || previous.style === 'markdown') continue;
      const expected = markerFor(heading.groupStyle === 'none' ? previous.style : heading.groupStyle, previous.number + 1);
      const data = { marker: heading.marker, previous: previous.marker, expected, text: heading.text };
      if (heading.style === 'none') {
        yield { messageId: 'unnumbered', at: heading.span, data, related: [{ span: previous.markerSpan, message: previous.marker }] };
        continue;
      }
      if (heading.reusesParentStyle) continue;
      const want = previous.number + 1;
      if (heading.number === want) continue;
      const messageId = heading.number > want ? 'gap' : heading.number === previous.number ? 'repeat' : 'backwards';
      yield { messageId, at: heading.markerSpan, data, related: [{ span: previous.markerSpan, message: previous.marker }] };
    }
  },
});
