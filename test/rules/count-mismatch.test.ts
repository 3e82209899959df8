import rule from '../../rules/count-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const paren = '2023年全县共评选先进计生协16个（5个乡镇10个村）、先进个人10名。';
const qizhong = '全年共举办培训班12期，其中：县级培训3期、乡镇培训8期。';
const wan = '全年资助学生3.86万人次，其中义务教育阶段2.43万人次，高中阶段1.53万人次。';
const items = '本单位内设机构共3个：办公室、健康促进科、家庭服务科、生育关怀科。';

testRule(rule, {
  valid: [
    '2023年全县共评选先进计生协15个（5个乡镇10个村）、先进个人10名。',
    '全年共举办培训班12期，其中：县级培训4期、乡镇培训8期。',
    '本单位内设机构共4个：办公室、健康促进科、家庭服务科、生育关怀科。',
    // 等 means the list is not exhaustive.
    '组织对计划生育系列保险、亲情关爱、生育关怀、暖心家园、健康鹿泉等4个一级项目开展了重点评价。',
    '认真摸排我县先天性心脏病患者2人，其中1人随父母在外地务工未能返辰，上报1人参与筛查。',
  ],
  invalid: [
    { name: 'parenthesised counts', text: paren, errors: [{ messageId: 'mismatch', ...at(paren, '16'), data: { computed: '15', written: '16', unit: '个' } }] },
    { name: '其中 counts', text: qizhong, errors: [{ messageId: 'mismatch', ...at(qizhong, '12'), data: { computed: '11' } }] },
    { name: 'counts in 万人次', text: wan, errors: [{ messageId: 'mismatch', ...at(wan, '3.86'), message: '分项之和 3.96万人次（2.43 + 1.53），所写合计 3.86万人次', data: { computed: '3.96', written: '3.86', unit: '万人次' } }] },
    { name: 'items after a colon', text: items, errors: [{ messageId: 'items', ...at(items, '3'), data: { written: '3', listed: 4 } }] },
  ],
});
