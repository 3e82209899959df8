// jiezhi-usage: 截止 followed by a time (截止2023年底) should be 截至.
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'jiezhi-usage',
    severity: 'warn',
    description: '截止 followed by a time (截止2023年底, 截止12月) should be 截至',
    rationale: '截止 means “to stop at” and takes no time object; “up to a time” is 截至 (截止到 and 截止日期 are fine).',
    messages: {
      jiezhi: '“截止{{following}}”应写作“截至{{following}}”',
    },
    messagesEn: {
      jiezhi: '"截止{{following}}" should read "截至{{following}}"',
    },
    defaultOptions: {},
    examples: {
      valid: ['截至2023年底，县计生协有参公事业编5个；申报截止日期为3月31日，截止到12月已全部发放。'],
      invalid: ['截止2023年底，县计生协有参公事业编5个。'],
    },
  },
  *check(model) {
    for (const mark of model.marks) {
      if (mark.kind !== 'jiezhi') continue;
      const following = mark.following;
      yield { messageId: 'jiezhi', at: mark.span, data: { following }, suggestions: [{ desc: '改为“截至”', span: mark.span, text: '截至' }] };
    }
  },
});
