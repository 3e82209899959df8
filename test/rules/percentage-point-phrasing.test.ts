import rule from '../../rules/percentage-point-phrasing.js';
import { at, testRule } from '../rule-tester.js';

const up = '全年预算执行率由85%提高到92%，提高了7%。';
const down = '服务对象投诉率从12.5%下降至8.5%，下降4%。';

testRule(rule, {
  valid: [
    '全年预算执行率由85%提高到92%，提高了7个百分点。',
    // The relative change, written as a percentage, is right.
    '全年预算执行率由80%提高到88%，提高了10%。',
    '全年预算执行率为92%，较上年提高7个百分点。',
  ],
  invalid: [
    { name: 'points written as %', text: up, errors: [{ messageId: 'points', ...at(up, '7%'), data: { points: '7', relative: '8.2' } }] },
    { name: 'a decline in points', text: down, errors: [{ messageId: 'points', ...at(down, '4%'), data: { points: '4.0', relative: '32.0' } }] },
  ],
});
