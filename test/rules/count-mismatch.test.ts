import rule from '../../rules/count-mismatch.js';
import { at, testRule } from '../rule-tester.js';

const paren = '2023年全县共评选先进计生协16个（5个乡镇10个村）、先进个人10名。';
const qizhong = '全年共举办培训班12期，其中：县级培训3期、乡镇培训8期。';
const wan = '全年资助学生3.86万人次，其中义务教育阶段2.43万人次，高中阶段1.53万人次。';
const items = '本单位内设机构共3个：办公室、健康促进科、家庭服务科、生育关怀科。';
// A count before its list, opened by 包括, 分别为, 即 or a colon; items told apart by 、 and 和.
const baokuo = '全县共设立4个便民服务站，包括：城东站、城西站、河口站。';
const fenbie = '下设科室 3 个，分别为财务科和综合科。';
const ji = '直属事业单位4个，即县财政信息中心、县工资统发中心、县会计服务中心、县经济开发区财政所、县国库集中支付中心。';
// The list before its count, after its verb, with or without 等.
const before = '局机关内设办公室、规划科、审批科、执法大队5个内设机构。';
const etc = '活动涵盖义诊、健康讲座、送药下乡、心理咨询等2类服务。';
// Counts in Chinese numerals.
const numeral = '项目涉及三个行政村，分别为石门村、塘口村。';
const departments = '验收组由县财政局、县审计局和县农业农村局两部门组成。';
// Items that carry their own amounts or values.
const amounts = '年中追加项目3个，其中：应急物资采购经费12.5万元；防汛演练经费3.2万元；设备维修经费6万元；培训经费1.3万元。';
const values = '质量指标3个：验收合格率100%，群众知晓率≥85%。';
// The list opens the next sentence.
const nextSentence = '2021年批复项目4个，项目资金310万元。分别为：水源地保护经费100万元；监测经费110万元；宣传经费100万元。';
// Numbered lines after a colon: the lines and the sum of their counts.
const lines = '绩效指标分解为二级指标3个、三级指标7个：\n\n1.数量指标3个：培训人次、发放手册份数、宣传场次。\n\n2.质量指标2个：培训合格率、群众满意率。\n\n3.时效指标1个：按期完成率。';
// Lengths and counts after a bare colon, 名 with 人.
const colon = '本年新建灌溉渠道总长6.8km:干渠2.5km,支渠3.9km。';
const people = '核定编制36名,其中:行政编制24人,事业编制10人。';
const lineCount = '绩效指标分解为二级指标4个、三级指标6个：\n\n1.数量指标3个：培训人次、发放手册份数、宣传场次。\n\n2.质量指标2个：培训合格率、群众满意率。\n\n3.时效指标1个：按期完成率。';
// A bare colon after a count and a length opens a list of both.
const pair = '护岸工程共4段，长3.47km：右岸1段，长0.98km，左岸4段，长2.49km（含支沟连接段）；堤防工程1.04km：右岸0.51km，左岸0.53km';
const pairLength = '护岸工程共4段，长3.27km：右岸1段，长0.98km，左岸3段，长2.49km（含支沟连接段）；堤防工程1.04km：右岸0.51km，左岸0.53km';
// Items with amounts told apart by ；, a 、 inside a name.
const namesWithComma = '年中追加项目资金79.53万元，涉及项目5个，其中：2024年张更、张强死亡抚恤金52.94万元；会议经费1.29万元；成本补助经费10.35万元；救灾物资调运经费14.95万元。';
// The count restated after the list (`…、D4项指标`), and long indicator names after a colon.
const restated = '生态效益指标5个：地表水水质优良比例、地表水劣V类水体降低比例、地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例、地下水国控点位V类水比例4项指标达到年度目标值。';

// 收回 of a count is no budget adjustment: the questionnaires returned are the total of the 其中 list.
const returned = '共发放问卷250份,收回242份,其中满意221份,基本满意17份,不满意4份。';
const returnedWrong = returned.replace('不满意4份', '不满意6份');
// A score's list giving each indicator's weight and its score: the scores are its parts; the weight in a parenthesis is none.
const weightsAndScores = '本项目自评总分95.2分,评价等级为“优”。其中:决策指标15分,得分14.5分;过程指标20分,得分19分;产出指标40分,得分38.7分;效益指标25分,得分23分。';
const weightsAndScoresWrong = weightsAndScores.replace('自评总分95.2分', '自评总分96.2分');
const weightBeside = '本项目自评得分94分，其中预算执行率得分9.18分（分值10分），产出指标得分49分，效益指标得分26.82分，满意度指标得分9分。';

const wrappedCount = '实有市场主体5.86万户，其中企业1.52\n万户、个体工商户4.36万户、农民专业合作社0.08万户。';
const bySex = '实有在职人员45人，其中男性28人，女性18人。';

testRule(rule, {
  valid: [
    // A form copied one cell per line: the 其中 after a score runs into the indicators' header, where any list ends.
    '项目支出绩效自评表\n单位：万元\n资金来源\n全年预算数(A)\n全年执行数(B)\n分值\n执行率\n得分\n年度资金总额\n0.35\n0.33\n10分\n97.07%\n9.71分\n其中：\n本年财政拨款\n0.35\n0.33\n97.07%\n一级指标\n三级指标\n分值\n得分\n产出指标(90分)\n参保老年人数\n90分\n89分\n总分\n100分\n98.71分',
    // A parenthesis working the score out lists no parts of it.
    '项目预算执行率得分9.51分（10分×95.10%）。',
    // The list counted in a numeral of its own: the count after it is of something else.,
    '项目惠及长岭、石门两个乡镇的8个行政村。',
    '在城关、河口两地设立5个便民服务点。',
    // Counts by two attributes (party and sex, sex and age) overlap: no parts.,
    '实有在职人员45人，其中党员32人，女性18人。',
    '参训人员320人，其中女性166人，占51.88%；45岁以下192人，占60%。',
    '实有市场主体5.86万户，其中企业1.52\n万户、个体工商户4.26万户、农民专业合作社0.08万户。',
    returned,
    weightsAndScores,
    weightBeside,
    // A heading on the line right above (a Word document's paragraphs, no blank line between) is no item of the count.
    '## 一、部门基本情况\n临江县卫生健康局内设股室6个，核定编制42名，实有在编人员39人。',
    '一、部门基本情况\n临江县卫生健康局内设股室6个，核定编制42名。',
    '2023年全县共评选先进计生协15个（5个乡镇10个村）、先进个人10名。',
    '全年共举办培训班12期，其中：县级培训4期、乡镇培训8期。',
    '本单位内设机构共4个：办公室、健康促进科、家庭服务科、生育关怀科。',
    // 等 means the list is not exhaustive.
    '组织对计划生育系列保险、亲情关爱、生育关怀、暖心家园、健康鹿泉等4个一级项目开展了重点评价。',
    '认真摸排我县先天性心脏病患者2人，其中1人随父母在外地务工未能返辰，上报1人参与筛查。',
    // The correct twins of the cases below.
    '全县共设立3个便民服务站，包括：城东站、城西站、河口站。',
    '下设科室 2 个，分别为财务科和综合科。',
    '局机关内设办公室、规划科、审批科、执法大队4个内设机构。',
    '活动涵盖义诊、健康讲座、送药下乡、心理咨询等6类服务。',
    '项目涉及两个行政村，分别为石门村、塘口村。',
    '验收组由县财政局、县审计局和县农业农村局三部门组成。',
    '年中追加项目4个，其中：应急物资采购经费12.5万元；防汛演练经费3.2万元；设备维修经费6万元；培训经费1.3万元。',
    '质量指标2个：验收合格率100%，群众知晓率≥85%。',
    '2021年批复项目3个，项目资金310万元。分别为：水源地保护经费100万元；监测经费110万元；宣传经费100万元。',
    '绩效指标分解为二级指标3个、三级指标6个：\n\n1.数量指标3个：培训人次、发放手册份数、宣传场次。\n\n2.质量指标2个：培训合格率、群众满意率。\n\n3.时效指标1个：按期完成率。',
    '本年新建灌溉渠道总长6.4km:干渠2.5km,支渠3.9km。',
    '核定编制34名,其中:行政编制24人,事业编制10人。',
    // Not lists of what is counted: counts of the same measure after 其中 are a sum; names in quotes
    // are one item; a clause after the list is no item; a list of 3 with 等 may count more.
    '全年共举办培训班12期，其中：县级培训4期、乡镇培训8期。',
    '组织对“计划生育系列保险、亲情关爱、生育关怀”等4个一级项目开展了重点评价。',
    '涉及两条线路，分别为核桃树河至小利黑、小利黑至竹箐河，共完成波型护栏1820米。',
    '全年实施文化惠民工程、文物保护、旅游推广等项目12个，涉及资金2,138.47万元。',
    '人力资源和社会保障厅所属事业单位15个。',
    '护岸工程共4段，长3.47km：右岸1段，长0.98km，左岸3段，长2.49km（含支沟连接段）；堤防工程1.04km：右岸0.51km，左岸0.53km',
    '年中追加项目资金79.53万元，涉及项目4个，其中：2024年张更、张强死亡抚恤金52.94万元；会议经费1.29万元；成本补助经费10.35万元；救灾物资调运经费14.95万元。',
    '生态效益指标4个：地表水水质优良比例、地表水劣V类水体降低比例、地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例、地下水国控点位V类水比例4项指标达到年度目标值。',
    // A numeral inside a name (公益一类) is no restated count.
    '纳入本部门决算编制的预算单位包括3个单位：某区交通局（本级）：行政单位、某区公路养护中心：公益一类事业单位、某区交通服务中心：公益一类事业单位。',
    // 一是 and 三公 are no counts; 第一 is an ordinal.
    '一是加强管理，二是完善制度，三公经费控制在预算以内。',
  ],
  invalid: [
    { name: 'a count whose unit a wrapped line carried onto the next', text: wrappedCount, errors: [{ messageId: 'mismatch', ...at(wrappedCount, '5.86'), data: { computed: '5.96', written: '5.86' } }] },
    { name: 'people by one attribute split the whole', text: bySex, errors: [{ messageId: 'mismatch', ...at(bySex, '45'), data: { computed: '46', written: '45' } }] },
    { name: 'the returned count of a 其中 list', text: returnedWrong, errors: [{ messageId: 'mismatch', ...at(returnedWrong, '242'), data: { computed: '244', written: '242' } }] },
    { name: 'the scores of a list of weights and scores', text: weightsAndScoresWrong, errors: [{ messageId: 'mismatch', ...at(weightsAndScoresWrong, '96.2'), data: { computed: '95.2', written: '96.2' } }] },
    { name: 'parenthesised counts', text: paren, errors: [{ messageId: 'mismatch', ...at(paren, '16'), data: { computed: '15', written: '16', unit: '个' } }] },
    { name: '其中 counts', text: qizhong, errors: [{ messageId: 'mismatch', ...at(qizhong, '12'), data: { computed: '11' } }] },
    { name: 'counts in 万人次', text: wan, errors: [{ messageId: 'mismatch', ...at(wan, '3.86'), message: '分项之和 3.96万人次（2.43 + 1.53），所写合计 3.86万人次', data: { computed: '3.96', written: '3.86', unit: '万人次' } }] },
    { name: 'items after a colon', text: items, errors: [{ messageId: 'items', ...at(items, '3'), data: { written: '3', listed: 4 } }] },
    { name: 'items after 包括', text: baokuo, errors: [{ messageId: 'items', ...at(baokuo, '4'), data: { written: '4', listed: 3 } }] },
    { name: 'items after 分别为, joined by 和', text: fenbie, errors: [{ messageId: 'items', ...at(fenbie, '3'), data: { written: '3', listed: 2, items: '财务科、综合科' } }] },
    { name: 'items after 即', text: ji, errors: [{ messageId: 'items', ...at(ji, '4'), data: { written: '4', listed: 5 } }] },
    { name: 'items before the count, after its verb', text: before, errors: [{ messageId: 'items', ...at(before, '5'), data: { written: '5', listed: 4, items: '办公室、规划科、审批科、执法大队' } }] },
    { name: '等 with more items named than counted', text: etc, errors: [{ messageId: 'itemsAtLeast', ...at(etc, '2'), data: { written: '2', listed: 4 } }] },
    { name: 'a count in Chinese numerals', text: numeral, errors: [{ messageId: 'items', ...at(numeral, '三'), data: { written: '三', listed: 2 } }] },
    { name: 'a Chinese count after its list', text: departments, errors: [{ messageId: 'items', ...at(departments, '两'), data: { written: '两', listed: 3 } }] },
    { name: 'items with their own amounts after 其中', text: amounts, errors: [{ messageId: 'items', ...at(amounts, '3'), data: { written: '3', listed: 4 } }] },
    { name: 'items with their values after a colon', text: values, errors: [{ messageId: 'items', ...at(values, '3'), data: { written: '3', listed: 2 } }] },
    { name: 'a list opening the next sentence', text: nextSentence, errors: [{ messageId: 'items', ...at(nextSentence, '4'), data: { written: '4', listed: 3 } }] },
    { name: 'numbered lines: their counts add up to the total', text: lines, errors: [{ messageId: 'mismatch', ...at(lines, '7'), data: { computed: '6', written: '7' } }] },
    { name: 'lengths after a bare colon', text: colon, errors: [{ messageId: 'mismatch', ...at(colon, '6.8'), data: { computed: '6.4', written: '6.8', unit: 'km' } }] },
    { name: '名 and 人 count alike', text: people, errors: [{ messageId: 'mismatch', ...at(people, '36'), data: { computed: '34', written: '36' } }] },
    { name: 'a count and a length before one colon: the count', text: pair, errors: [{ messageId: 'mismatch', ...at(pair, '4'), data: { computed: '5', written: '4', unit: '段' } }] },
    {
      name: 'a count and a length before one colon: the length (the list ends where the next one heads)',
      text: pairLength,
      errors: [{ messageId: 'mismatch', ...at(pairLength, '3.27'), data: { computed: '3.47', written: '3.27', unit: 'km' } }],
    },
    { name: 'items with amounts, a 、 inside a name', text: namesWithComma, errors: [{ messageId: 'items', ...at(namesWithComma, '5', 2), data: { written: '5', listed: 4 } }] },
    { name: 'a count restated after long names', text: restated, errors: [{ messageId: 'items', ...at(restated, '5'), data: { written: '5', listed: 4 } }] },
    { name: 'numbered lines: how many there are', text: lineCount, errors: [{ messageId: 'items', ...at(lineCount, '4'), data: { written: '4', listed: 3 } }] },
  ],
});
