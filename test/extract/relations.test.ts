// Relation extraction: wording variants, punctuation, separators, line breaks, and negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Relation } from '../../src/model.js';
import { parse } from '../../src/parse.js';

/** Relations rendered with the figures as written, e.g. `sum 74.63 = 55.35 + 12.36`. */
function relations(text: string): string[] {
  const model = extract(text, parse(text));
  const f = (id: number) => model.figures[id]!.digits;
  return model.relations.map((r: Relation) => {
    switch (r.kind) {
      case 'sum':
        return `sum${r.partial ? '≥' : ''} ${f(r.total)} = ${r.parts.map(f).join(' + ')}`;
      case 'share':
        return `share ${f(r.share)}% = ${f(r.part)} / ${f(r.whole)}`;
      case 'share-group':
        return `shares ${r.shares.map(f).join(' + ')}`;
      case 'rate':
        return `rate ${r.name} ${f(r.rate)}% = ${f(r.numerator)} / ${f(r.denominator)}`;
      case 'product':
        return `product ${f(r.quantity)} × ${f(r.price)} = ${f(r.total)}`;
      case 'restatement':
        return `restatement ${f(r.first)} ~ ${f(r.second)}`;
      case 'growth':
        return `growth ${r.verb} ${f(r.previous)} → ${f(r.current)}${r.stated !== undefined ? ` ${f(r.stated)}` : ''}`;
      case 'difference-growth':
        return `growth ${r.verb} by ${f(r.difference)} → ${f(r.current)} ${f(r.stated)}`;
      case 'points':
        return `points ${f(r.from)} → ${f(r.to)} ${f(r.change)}`;
      case 'item-count':
        return `items ${f(r.total)} ${r.items.join('/')}`;
    }
  });
}

describe('totals and parts', () => {
  it.each([
    ['X万元，其中：A万元、B万元', '支出合计30万元，其中：宣传费10万元、培训费20万元。', ['sum 30 = 10 + 20']],
    ['half-width colon and commas', '支出合计30万元,其中:宣传费10万元,培训费20万元。', ['sum 30 = 10 + 20']],
    ['full-width digits and punctuation', '支出合计３０万元，其中：宣传费１０万元、培训费２０万元。', ['sum 30 = 10 + 20']],
    ['parentheses', '基本支出74.63万元（工资福利支出55.35万元，商品和服务支出12.36万元，补助支出6.92万元）。', ['sum 74.63 = 55.35 + 12.36 + 6.92']],
    ['包括 … 和 …', '基本支出152.16万元，包括人员经费126.02万元和日常公用经费26.14万元。', ['sum 152.16 = 126.02 + 26.14']],
    ['分别为', '两项专项资金共50万元，分别为宣传经费30万元、培训经费20万元。', ['sum 50 = 30 + 20']],
    ['由…构成', '基本支出612.30万元由人员经费498.60万元和公用经费113.70万元构成。', ['sum 612.30 = 498.60 + 113.70']],
    ['主要包括 … 等 is partial', '人员经费62.27万元，主要包括基本工资18.13万元、津贴补贴10.68万元等。', ['sum≥ 62.27 = 18.13 + 10.68']],
    ['其中 with one part is partial', '总收入96.13万元，其中财政拨入96.13万元。', ['sum≥ 96.13 = 96.13']],
    ['parts across a line break from a conversion', '基本支出 74.63 万元，其中：人员经费 62.27 万元、津贴\n\n补贴 12.36 万元。', ['sum 74.63 = 62.27 + 12.36']],
    ['a sentence opening with 其中', '公用经费12.36万元。其中办公费5.49万元，差旅费6.87万元。', ['sum 12.36 = 5.49 + 6.87']],
    ['counts in parentheses', '共评选先进计生协15个（5个乡镇10个村）。', ['sum 15 = 5 + 10']],
    ['the identity 基本支出 = 人员经费 + 公用经费', '2024年度基本支出 74.63 万元。人员经费 62.27 万元；公用经费 12.36 万元。', ['sum 74.63 = 62.27 + 12.36']],
    ['其中 after a change figure lists the main figure’s parts', '收入合计3,862.17万元，比上年减少412.35万元，其中：财政拨款3,615.42万元，其他收入246.75万元。', ['sum 3862.17 = 3615.42 + 246.75']],
    ['a sentence opening with 其中 after a change figure', '“三公”经费支出18.60万元，较上年减少3.20万元，下降14.68%。其中：公务用车购置及运行费15.30万元；公务接待费3.30万元。', ['sum 18.60 = 15.30 + 3.30', 'growth 下降 by 3.20 → 18.60 14.68']],
  ])('%s', (_name, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe('shares, rates, products, growth', () => {
  it.each([
    ['占X的p% by label', '决算总支出86.88万元，其中基本支出74.63万元，占总支出的85.90%。', ['sum≥ 86.88 = 74.63', 'share 85.90% = 74.63 / 86.88']],
    ['bare 占p% takes the enclosing total', '基本支出74.63万元，其中人员经费62.27万元，占83.44%，公用经费12.36万元，占16.56%。', ['sum 74.63 = 62.27 + 12.36', 'share 83.44% = 62.27 / 74.63', 'share 16.56% = 12.36 / 74.63', 'shares 83.44 + 16.56']],
    ['占X万元的p%', '共发放补贴89200元，占总任务10.38万元的86%。', ['share 86% = 89200 / 10.38']],
    ['the subject named before 占', '基本支出612.30万元由人员经费498.60万元和公用经费113.70万元构成，人员经费占基本支出的81.43%。', ['sum 612.30 = 498.60 + 113.70', 'share 81.43% = 498.60 / 612.30']],
    ['理赔率', '累计投保 938.3 万元，理赔 685.39 万元，理赔率 73.05%。', ['rate 理赔率 73.05% = 685.39 / 938.3']],
    ['执行率 with budget and spending', '项目预算数25万元，项目实际支出24.72万元，执行率98.88%。', ['rate 执行率 98.88% = 24.72 / 25']],
    ['unit price with 元/人', '为560人买了150元/人的健康保险，共计84000元。', ['product 560 × 150 = 84000']],
    ['unit price with 元一份', '为560名人口购买150元一份的保险共8.4万元。', ['product 560 × 150 = 8.4']],
    ['growth with 较去年', '募捐金额为71811.16元，较去年26848.57元大幅提升2.67倍。', ['growth 提升 26848.57 → 71811.16 2.67']],
    ['从…下降到…', '从2022年的21万元下降到2023年的7万元。', ['growth 下降 21 → 7']],
    ['percentage points', '执行率由85%提高到92%，提高了7%。', ['growth 提高 85 → 92', 'points 85 → 92 7']],
    ['items after a colon', '新增固定资产共3项：彩超设备、生化分析仪、救护车。', ['items 3 彩超设备/生化分析仪/救护车']],
    ['a 元 figure restated in 万元', '截止12月共发放住院护理补贴89200元。\n\n全年发放住院护理补贴8.92万元。', ['restatement 89200 ~ 8.92']],
  ])('%s', (_name, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe('no relation', () => {
  it.each([
    ['years, dates and document numbers are not amounts', '根据鹿发〔2019〕8号文件，2024年12月31日前完成，其中2023年度支出7万元。'],
    ['phone numbers and day names', '依托“5.29”会员日开展活动，联系电话0731-8225566，共计发放资料2000份。'],
    ['amounts listed without an introducer', '县财政安排 8 万元用于管理专项,省级财政安排 4.25 万元用于能力建设专项。'],
    ['approximate totals', '全年共投入帮扶资金360余万元，其中市级资金18万元。'],
    ['a rate no figure pairs with', '发放住院护理补贴资金 19500 元，补贴率为 84.05%。'],
    ['a share whose whole is not in the sentence', '共计84000元，占总任务的100%。'],
    ['a numbered list inside a paragraph', '1.让群众得到保障，投入5万元。2.按时做好帮扶，投入3万元。'],
  ])('%s', (_name, text) => {
    expect(relations(text)).toEqual([]);
  });
});
