import rule from '../../rules/jiezhi-usage.js';
import { at, testRule } from '../rule-tester.js';

const seed = '截止2023年底，县计生协有参公事业编5个。\n2、住院护理补贴：截止12月共发放住院护理补贴89200元，截止12月，已理赔18人。';
const spaced = '截止 2024 年 12 月 31 日，累计发放补贴 12.86 万元；截止目前，已全部到位。';

testRule(rule, {
  valid: [
    '截至2023年底，县计生协有参公事业编5个。',
    // 截止 as a verb ending something, and 截止日期, 截止到 are correct.
    '申报工作于3月31日截止，截止日期不再延长；截止到12月已全部发放。',
  ],
  invalid: [
    {
      name: 'seed 001',
      text: seed,
      errors: [
        { messageId: 'jiezhi', ...at(seed, '截止'), data: { following: '2023年底' }, suggestions: [{ desc: '改为“截至”', text: '截至', ...at(seed, '截止') }] },
        { messageId: 'jiezhi', ...at(seed, '截止', 2), data: { following: '12月' }, suggestions: [{ desc: '改为“截至”', text: '截至', ...at(seed, '截止', 2) }] },
        { messageId: 'jiezhi', ...at(seed, '截止', 3), data: { following: '12月' }, suggestions: [{ desc: '改为“截至”', text: '截至', ...at(seed, '截止', 3) }] },
      ],
    },
    {
      name: 'spaced dates and 目前',
      text: spaced,
      errors: [
        { messageId: 'jiezhi', ...at(spaced, '截止'), data: { following: '2024年12月31日' }, suggestions: [{ desc: '改为“截至”', text: '截至', ...at(spaced, '截止') }] },
        { messageId: 'jiezhi', ...at(spaced, '截止', 2), data: { following: '目前' }, suggestions: [{ desc: '改为“截至”', text: '截至', ...at(spaced, '截止', 2) }] },
      ],
    },
  ],
});
