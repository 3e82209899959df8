import rule from '../../rules/stray-latin.js';
import { at, testRule } from '../rule-tester.js';

const seed = '2、加强队伍建设，抓好绩效评价管理部门的队伍建设 and 业务指导，培养项目和部门的绩效管理队伍。';
const or = '对计生特殊家庭or困难家庭进行帮扶。';

testRule(rule, {
  valid: [
    // Acronyms, units, codes and names are fine.
    '推进PPP项目和APP建设，人均GDP稳步增长，OA系统运行正常，日均处理5 kg。',
    '详见网址www.example.gov.cn，邮箱office@example.cn。',
    '[bookmark: _GoBack]2.健全支出管控机制。',
    'The report is written in English and has no Chinese.',
  ],
  invalid: [
    { name: 'seed 000: and', text: seed, errors: [{ messageId: 'latin', ...at(seed, 'and'), data: { word: 'and' }, suggestions: [{ desc: '改为“和”', text: '和', ...at(seed, 'and') }] }] },
    { name: 'a word without spaces', text: or, errors: [{ messageId: 'latin', ...at(or, 'or'), data: { word: 'or' } }] },
  ],
});

testRule(rule, {
  valid: ['请以pdf格式报送，实现wifi全覆盖，使用excel表格统计，开通微信公众号weixin服务。'],
  invalid: [{ name: 'an English word that is not a technical term', text: '开展online培训。', errors: [{ messageId: 'latin', line: 1, column: 3, endLine: 1, endColumn: 9, data: { word: 'online' } }] }],
});
