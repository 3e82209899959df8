import rule from '../../rules/product-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const seed = '为计生特殊家庭人口560人买了150元/人的健康保险，共计86000元，占总任务的100%。';
const wan = '为560名计生特殊家庭人口购买150元一份的健康综合保险共8.8万元。';
const perBefore = '开展农民技术培训6期480人次，每人次补助150元，共计7.5万元。';
const perYear = '覆盖扶助对象1,210人，按照每人每年800元的标准发放，共计98.60万元。';
const perCapita = '全年培训基层干部1,200人次，人均培训费用350元，合计45万元。';
const after = '慰问标准为500元/户，共走访困难家庭120户，合计发放慰问金62000元。';

testRule(rule, {
  valid: [
    '为计生特殊家庭人口560人买了150元/人的健康保险，共计84000元。',
    '为560名计生特殊家庭人口购买150元一份的健康综合保险共8.4万元。',
    '慰问标准为500元/户，共走访困难家庭120户，合计发放慰问金60000元。',
    // No total word: the amount after the price is not its product.
    '失独家庭意外保险投保金额200元/人；失独和伤残家庭住院护工补贴保险200元/人。',
    '为约300人购买100元/人的保险，共计30000元。',
    // The unit written before the price: 每人次150元, 每场补助2,000元, 每人每年800元.
    '开展农民技术培训6期480人次，每人次补助150元，共计7.2万元。',
    '送戏下乡每场补助2,000元，共300场，合计60万元。',
    '覆盖扶助对象1,210人，按照每人每年800元的标准发放，共计96.80万元。',
    '全年培训基层干部1,200人次，人均培训费用350元，合计42万元。',
    // 每月: the price times the people is a month's, not the year's total.
    '为困难群众每人每月发放300元，共120人，合计43.2万元。',
  ],
  invalid: [
    { name: 'count, price, 共计 total', text: seed, errors: [{ messageId: 'mismatch', ...at(seed, '86000'), data: { computed: '84000', written: '86000', unit: '元' }, suggestions: [{ desc: '改为 84000', text: '84000', ...at(seed, '86000') }] }] },
    { name: '150元一份 with a 万元 total', text: wan, errors: [{ messageId: 'mismatch', ...at(wan, '8.8'), data: { computed: '8.4' }, suggestions: [{ desc: '改为 8.4', text: '8.4', ...at(wan, '8.8') }] }] },
    { name: '每人次 before the price', text: perBefore, errors: [{ messageId: 'mismatch', ...at(perBefore, '7.5'), data: { computed: '7.2', written: '7.5' }, suggestions: [{ desc: '改为 7.2', text: '7.2', ...at(perBefore, '7.5') }] }] },
    { name: '每人每年 before the price', text: perYear, errors: [{ messageId: 'mismatch', ...at(perYear, '98.60'), data: { computed: '96.80', written: '98.60' }, suggestions: [{ desc: '改为 96.80', text: '96.80', ...at(perYear, '98.60') }] }] },
    { name: '人均 before the price', text: perCapita, errors: [{ messageId: 'mismatch', ...at(perCapita, '45'), data: { computed: '42', written: '45' }, suggestions: [{ desc: '改为 42', text: '42', ...at(perCapita, '45') }] }] },
    { name: 'quantity after the price', text: after, errors: [{ messageId: 'mismatch', ...at(after, '62000'), data: { computed: '60000' }, suggestions: [{ desc: '改为 60000', text: '60000', ...at(after, '62000') }] }] },
  ],
});
