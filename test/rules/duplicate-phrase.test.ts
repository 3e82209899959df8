import rule from '../../rules/duplicate-phrase.js';
import { at, testRule } from '../rule-tester.js';

const seed = '涉及一般公共预算支出61.57万元。从评价情况来看，从评价情况来看，根据年初设定的绩效目标，项目完成良好。';
const noComma = '严格执行财务制度严格执行财务制度，确保资金安全。';
const word = '加强对服务对象对象的回访，逐步逐步提高满意度。';
// Han characters outside the Basic Multilingual Plane take two code units each.
const astral = '村名为𠀋𡈽𡈽的地方，𠀋𡈽𠀋𡈽也写作𠀋𡈽。';

testRule(rule, {
  valid: [
    '寄宿生每生每年另增300元。',
    '从评价情况来看，根据年初设定的绩效目标，按时间节点完成各项活动。',
    // Verb reduplication and single-character doubling are Chinese, not slips.
    '下一步要研究研究具体措施，常常深入基层，人人参与，一步一步推进。',
    '推进PPP项目，服务对象满意度98%。',
    // OCR damage in a table cell is not prose.
    '三级指标\t得分\n門日多庭庭承土巡览學\t4',
  ],
  invalid: [
    { name: 'seed 002: a clause repeated', text: seed, errors: [{ messageId: 'phrase', ...at(seed, '从评价情况来看', 2), data: { phrase: '从评价情况来看' }, suggestions: [{ desc: '删除重复的部分', text: '', ...at(seed, '，从评价情况来看') }] }] },
    { name: 'a phrase repeated without a comma', text: noComma, errors: [{ messageId: 'phrase', ...at(noComma, '严格执行财务制度', 2), suggestions: [{ desc: '删除重复的部分', text: '', ...at(noComma, '严格执行财务制度', 2) }] }] },
    {
      name: 'doubled words',
      text: word,
      errors: [
        { messageId: 'word', ...at(word, '对象', 2), data: { word: '对象' }, suggestions: [{ desc: '删除重复的词', text: '', ...at(word, '对象', 2) }] },
        { messageId: 'word', ...at(word, '逐步', 2), data: { word: '逐步' }, suggestions: [{ desc: '删除重复的词', text: '', ...at(word, '逐步', 2) }] },
      ],
    },
    { name: 'a doubled word of astral Han characters', text: astral, errors: [{ messageId: 'word', ...at(astral, '𠀋𡈽', 3), data: { word: '𠀋𡈽' }, suggestions: [{ desc: '删除重复的词', text: '', ...at(astral, '𠀋𡈽', 3) }] }] },
  ],
});
