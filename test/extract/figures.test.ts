// Extraction of figures: tables of strings with their parse, negatives included (statcheck's habit).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/parse.js';

function figures(text: string) {
  const model = extract(text, parse(text));
  return model.figures.map((f) => ({
    kind: f.kind,
    value: f.value.toString(),
    decimals: f.writtenDecimals,
    unit: f.unit,
    ...(f.approx ? { approx: f.approx } : {}),
    ...(f.per ? { per: f.per } : {}),
    ...(f.repaired ? { repaired: true } : {}),
    label: f.label,
    text: text.slice(f.span.start.offset, f.span.end.offset),
  }));
}

describe('amounts', () => {
  it.each([
    ['基本支出 74.63 万元', { kind: 'amount', value: '74.63', decimals: 2, unit: '万元', label: '基本支出', text: '74.63 万元' }],
    ['人员经费95.30万元', { kind: 'amount', value: '95.3', decimals: 2, unit: '万元', label: '人员经费', text: '95.30万元' }],
    ['县财政安排 8 万元', { kind: 'amount', value: '8', decimals: 0, unit: '万元', label: '县财政安排', text: '8 万元' }],
    ['赔付资金 **9861.87** 元', { kind: 'amount', value: '9861.87', decimals: 2, unit: '元', label: '赔付资金', text: '9861.87** 元' }],
    ['资金总额3,104,531.58元', { kind: 'amount', value: '3104531.58', decimals: 2, unit: '元', label: '资金总额', text: '3,104,531.58元' }],
    ['资金总额3, 104, 531. 58元', { kind: 'amount', value: '3104531.58', decimals: 2, unit: '元', repaired: true, label: '资金总额', text: '3, 104, 531. 58元' }],
    ['收入１２．５万元', { kind: 'amount', value: '12.5', decimals: 1, unit: '万元', label: '收入', text: '１２．５万元' }],
    ['合计1.2亿元', { kind: 'amount', value: '1.2', decimals: 1, unit: '亿元', label: '合计', text: '1.2亿元' }],
    ['租金15千元', { kind: 'amount', value: '15', decimals: 0, unit: '千元', label: '租金', text: '15千元' }],
    ['2024 年总收入 86.88 万元', { kind: 'amount', value: '86.88', decimals: 2, unit: '万元', label: '总收入', text: '86.88 万元' }],
    ['健康保险150元/人', { kind: 'amount', value: '150', decimals: 0, unit: '元', per: '人', label: '健康保险', text: '150元/人' }],
    ['帮扶资金（含物资）360 余万元', { kind: 'amount', value: '360', decimals: 0, unit: '万元', approx: '余', label: '', text: '360 余万元' }],
    ['人均救助约3000元', { kind: 'amount', value: '3000', decimals: 0, unit: '元', approx: '约', label: '人均救助', per: '人', text: '约3000元' }],
    ['补助10万元以上', { kind: 'amount', value: '10', decimals: 0, unit: '万元', approx: '以上', label: '补助', text: '10万元以上' }],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});

describe('percentages, points and counts', () => {
  it.each([
    ['占总支出的 85.90%', { kind: 'percentage', value: '85.9', decimals: 2, unit: '%', label: '占总支出的', text: '85.90%' }],
    ['占基本支出的 9.9 %', { kind: 'percentage', value: '9.9', decimals: 1, unit: '%', label: '占基本支出的', text: '9.9 %' }],
    ['执行率１００％', { kind: 'percentage', value: '100', decimals: 0, unit: '%', label: '执行率', text: '１００％' }],
    ['满意度≥98%', { kind: 'percentage', value: '98', decimals: 0, unit: '%', approx: '≥', label: '满意度', text: '≥98%' }],
    ['提高0.5个百分点', { kind: 'points', value: '0.5', decimals: 1, unit: '百分点', label: '提高', text: '0.5个百分点' }],
    ['在职在编在岗 4 人', { kind: 'count', value: '4', decimals: 0, unit: '人', label: '在职在编在岗', text: '4 人' }],
    ['住院护理补贴 **23** 人次', { kind: 'count', value: '23', decimals: 0, unit: '人次', label: '住院护理补贴', text: '23** 人次' }],
    ['下沉11个县', { kind: 'count', value: '11', decimals: 0, unit: '个', label: '下沉', text: '11个' }],
    ['开展培训1400余人', { kind: 'count', value: '1400', decimals: 0, unit: '人', approx: '余', label: '开展培训', text: '1400余人' }],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});

describe('not figures', () => {
  it.each([
    ['2023年度退休1名', [{ unit: '名', value: '1' }]],
    ['鹿发〔2019〕8号文件', []],
    ['在13个县市区中排名由2022年的第9名上升为第4名', [{ unit: '个', value: '13' }]],
    ['依托“5.29”会员日活动', []],
    ['联系电话：0731-8225566', []],
    ['截至 2024 年 12 月 31 日', []],
    ['1.负责计划生育方针政策的宣传', []],
    ['GB/T 8170规定', []],
    ['覆盖3-6岁儿童', []],
    ['《中国计划生育协会章程》第5条', []],
  ])('%s', (text, expected) => {
    expect(figures(text).map((f) => ({ unit: f.unit, value: f.value }))).toEqual(expected);
  });
});

describe('positions', () => {
  it('reports UTF-16 columns from source offsets, also after CRLF and astral characters', () => {
    const text = '标题\r\n\r\n𠀀基本支出 74.63 万元';
    const model = extract(text, parse(text));
    const f = model.figures[0]!;
    expect(f.span.start).toEqual({ line: 3, column: 8, offset: 13 });
    expect(f.span.end).toEqual({ line: 3, column: 16, offset: 21 });
    expect(f.numberSpan.end.column).toBe(13);
  });
  it('keeps positions through bold markup', () => {
    const text = '发放补贴 **19500** 元。';
    const f = extract(text, parse(text)).figures[0]!;
    expect(text.slice(f.numberSpan.start.offset, f.numberSpan.end.offset)).toBe('19500');
    expect(f.numberSpan.start.column).toBe(8);
  });
});
