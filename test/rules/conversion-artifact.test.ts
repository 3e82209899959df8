import rule from '../../rules/conversion-artifact.js';
import { at, testRule } from '../rule-tester.js';

const bookmark = '（二）针对问题提出具体的改进措施\n1.严把预算源头关口。\n[bookmark: _GoBack]2.健全支出管控机制。';
const placeholder = '一、部门基本情况\n\nXX县计划生育协会核定编制××人，2024年支出XX万元。';
const cover = '一、部门基本情况\n\n内容。\n\n（此页为封面）\n\n二、支出情况';
const template = '（一）综合评价结论（主要反映自评得分及评价等级）\n\n自评得分98分。';
const fieldError = '详见附表错误！未定义书签。';
// Four paragraphs that end with a full stop: the report's own habit, which a broken paragraph breaks.
const usual = '本会内设办公室、业务部，人员稳定。\n\n全年收入 86.88 万元，支出 86.88 万元。\n\n项目按计划实施，完成率 100%。\n\n群众满意度 95%，较上年提高。\n\n';
const broken = `一、基本情况\n\n${usual}本单位内设综合部、业务部，核定编制 6 名，在编\n\n在岗 5 人，退休 2 人。`;
const runOn = `二、工作开展情况\n\n${usual}3.党建引领。成立中共某县计划生育协会机\n\n关支部委员会，制度健全。`;
const longHeading = `${usual}4、打造服务阵地，把“生育关怀”行动、“暖心家园”建设、“幸福家庭”创建等工作融合推进，为广大育龄群众和计\n\n划生育家庭谋福祉。`;
const astral = `${usual}本年度为𠀋𡈽村等 12 个村开展宣传、走访和义诊活动𡈽\n\n村民普遍满意。`;
const purpose = `${usual}为加强预算绩效管理，提高财政资金使用效益，根据有关文件要求\n\n我单位对2024年度整体支出开展了绩效自评。`;
const noStop = `${usual}本年度开展宣传、培训、走访等活动，成效明显\n\n全年共完成宣传 12 次。`;

testRule(rule, {
  valid: [
    // A cover page may say it is the cover.
    '2025 年度岳阳市计划生育协会整体支出绩效自评报告\n\n部门（单位）名称：（盖章）\n\n（此页为封面）\n\n一、部门（单位）基本情况\n\n内容。',
    '推进PPP项目和XXL码服装采购。',
    '（一）综合评价结论。自评得分98分，评价等级为优。',
    // Lines that end without punctuation and are whole: titles, captions, dates, a heading next.
    `${usual}（一）预算执行、使用、管理总体情况\n\n本年度支出 86.88 万元。`,
    `${usual}（一）加强预算管理，提高资金使用效益\n\n严格执行预算，规范支出。`,
    '部门（单位）名称：岳阳市计划生育协会\n\n2026 年 6 月 22 日\n\n一、基本情况',
    `${usual}我单位 2024 年无政府性基金预算\n\n四、国有资本经营预算支出情况`,
    `${usual}开展宣传、培训、走访等各类活动共计十二次，详见附件\n\n二、存在的问题`,
    `${usual}基本支出 74.63 万元，其中人员经费 62.27 万元、公用经费 12.36 万元\n\n2、项目支出情况`,
    // The next paragraph opens a new item: 二是, 其次, 下一步, a label.
    `${usual}一是加强政治理论学习，提高思想认识\n\n二是完善内部管理制度，规范资金使用。`,
    `${usual}首先，加强组织领导，成立工作领导小组\n\n其次，完善制度建设，规范资金管理。`,
    `${usual}本年度开展宣传、培训、走访等活动，成效明显\n\n下一步将继续加强。`,
    `${usual}主要绩效目标：开展宣传活动 12 次，覆盖群众 5000 人次\n\n实际完成情况：开展 12 次。`,
    // A caption before a table or a prose paragraph, a list of attachments before the signature.
    `${usual}表1：2024年部门预算收支情况表，单位：万元\n\n项目 预算数 决算数\n\n基本支出 74.63 74.63`,
    `${usual}表1：2024年部门预算收支情况表，单位：万元\n\n本年度收入 86.88 万元，支出 86.88 万元。`,
    `${usual}附件：1.部门整体支出绩效自评表，2.项目支出绩效自评表\n\n岳阳市计划生育协会\n\n2025年3月10日`,
    // A report that writes its items without full stops: the ending is its style.
    '三、主要做法\n\n加强政治理论学习，提高思想认识\n\n完善内部管理制度，规范资金使用\n\n强化绩效运行监控，确保目标实现\n\n严格执行预算，规范支出。\n\n全年收入 86.88 万元，支出 86.88 万元。',
    // Without the report's habit to go by (too few paragraphs), stay silent.
    '本单位内设综合部、业务部，核定编制 6 名，在编\n\n在岗 5 人，退休 2 人。',
  ],
  invalid: [
    { name: 'a Word bookmark', text: bookmark, errors: [{ messageId: 'artifact', ...at(bookmark, '[bookmark: _GoBack]'), data: { artifact: 'bookmark' } }] },
    {
      name: 'placeholders',
      text: placeholder,
      errors: [
        { messageId: 'artifact', ...at(placeholder, 'XX'), data: { artifact: 'placeholder' } },
        { messageId: 'artifact', ...at(placeholder, '××'), data: { artifact: 'placeholder' } },
        { messageId: 'artifact', ...at(placeholder, 'XX', 2), data: { artifact: 'placeholder' } },
      ],
    },
    { name: 'a cover marker in the body', text: cover, errors: [{ messageId: 'artifact', ...at(cover, '（此页为封面）'), data: { artifact: 'cover' } }] },
    { name: 'a template instruction', text: template, errors: [{ messageId: 'artifact', ...at(template, '（主要反映自评得分及评价等级）'), data: { artifact: 'template' } }] },
    { name: 'a Word field error', text: fieldError, errors: [{ messageId: 'artifact', ...at(fieldError, '错误！未定义书签。'), data: { artifact: 'field-error' } }] },
    { name: 'a sentence split across two paragraphs', text: broken, errors: [{ messageId: 'brokenParagraph', ...at(broken, '编', 2), data: { text: '6 名，在编', next: '在岗 5 人' } }] },
    { name: 'a heading that runs on into a split sentence', text: runOn, errors: [{ messageId: 'brokenParagraph', ...at(runOn, '机'), data: { text: '划生育协会机', next: '关支部委员会' } }] },
    { name: 'a heading line too long for a title', text: longHeading, errors: [{ messageId: 'brokenParagraph', ...at(longHeading, '计', 2), data: { text: '育龄群众和计', next: '划生育家庭谋' } }] },
    { name: 'a paragraph without its full stop', text: noStop, errors: [{ messageId: 'brokenParagraph', ...at(noStop, '显'), data: { text: '动，成效明显', next: '全年共完成宣' } }] },
    { name: 'a purpose clause cut off from its sentence', text: purpose, errors: [{ messageId: 'brokenParagraph', ...at(purpose, '求'), data: { text: '有关文件要求', next: '我单位对20' } }] },
    { name: 'a split after an astral Han character', text: astral, errors: [{ messageId: 'brokenParagraph', ...at(astral, '𡈽', 2), data: { text: '和义诊活动𡈽', next: '村民普遍满意' } }] },
  ],
});
