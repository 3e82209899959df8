import rule from '../../rules/heading-body-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const seed = '四、国有资本经营预算支出情况\n\n2025 年市计划生育协会无国有资本经营预算\n\n五、社会保险基金预算支出情况\n\n2025 年市计划生育协会无国有资本经营预算\n\n六、部门整体支出绩效情况';
const fund = '三、政府性基金预算支出情况\n我单位2024年一般公共预算支出86.88万元。\n四、国有资本经营预算支出情况\n无';

testRule(rule, {
  valid: [
    '三、政府性基金预算支出情况\n\n我单位 2024 年无政府性基金预算\n\n四、国有资本经营预算支出情况\n\n我单位 2024 年无国有资本经营预算',
    // A body that names its own budget as well as another is fine.
    '二、一般公共预算支出情况\n一般公共预算支出86.88万元，无政府性基金预算支出。',
    // A body naming no budget type at all is fine.
    '五、社会保险基金预算支出情况\n\n无',
    // Headings that name two types are not checked.
    '三、政府性基金和国有资本经营预算支出情况\n\n无国有资本经营预算。',
  ],
  invalid: [
    { name: 'seed 003: 社会保险基金 heading, 国有资本经营 body', text: seed, errors: [{ messageId: 'mismatch', ...at(seed, '国有资本经营预算', 3), data: { expected: '社会保险基金预算', found: '国有资本经营预算' } }] },
    { name: '政府性基金 heading, 一般公共预算 body', text: fund, errors: [{ messageId: 'mismatch', ...at(fund, '一般公共预算'), data: { expected: '政府性基金预算' } }] },
  ],
});
