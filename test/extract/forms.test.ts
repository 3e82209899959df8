// Reading seed 004, an OCR'd 自评表: repaired numbers, and relations that are read and hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { joinSplit } from '../../src/extract/forms.js';
import { parse } from '../../src/parse.js';

const text = readFileSync(new URL('../../fixtures/seed-004-qiannan-2024-form.md', import.meta.url), 'utf8');
const model = extract(text, parse(text));
const value = (id: number) => `${model.figures[id]!.value.toFixed(model.figures[id]!.writtenDecimals)}${model.figures[id]!.unit}`;

describe('joinSplit', () => {
  it.each([
    ['3, 647', '7, 981. 22', '3,647,981.22'],
    ['2,070', ', 407. 84', '2,070,407.84'],
    ['255', '5, 573. 38', '255,573.38'],
    ['1,', '322, 000', '1,322,000'],
    ['', '0', '0'],
  ])('%s | %s → %s', (left, right, joined) => {
    expect(joinSplit(left, right)).toBe(joined);
  });
  it('refuses a half that is no number when the other is empty (the fuzz test found `_` and `,`)', () => {
    expect(joinSplit('', '_')).toBeUndefined();
    expect(joinSplit(',', '')).toBeUndefined();
    expect(joinSplit('', '12.5')).toBe('12.5');
  });
  it('refuses a join that can be read two ways', () => {
    expect(joinSplit('12', '3')).toBe('123');
    expect(joinSplit('1,234', '5,678')).toBeUndefined();
  });
});

describe('seed 004', () => {
  it('repairs the 资金总额 row: 3,104,531.58 / 3,647,981.22 / 3,647,981.22', () => {
    const rates = model.relations.filter((r) => r.kind === 'rate');
    expect(rates.map((r) => [value(r.denominator), value(r.numerator), value(r.rate)])).toEqual([['3647981.22元', '3647981.22元', '100.00%']]);
    const sums = model.relations.filter((r) => r.kind === 'sum' && r.wording === '表');
    expect(sums.map((r) => r.kind === 'sum' && [value(r.total), ...r.parts.map(value)])).toEqual([
      ['3104531.58元', '2088782.74元', '205748.84元', '0元', '810000元'],
      ['3647981.22元', '2070407.84元', '255573.38元', '0元', '1322000元'],
      ['3647981.22元', '2070407.84元', '255573.38元', '0元', '1322000元'],
    ]);
  });
  it('reads the execution score and the 成本指标 restatements', () => {
    const scoreRate = model.relations.filter((r) => r.kind === 'score-rate');
    expect(scoreRate.map((r) => r.kind === 'score-rate' && [value(r.weight), value(r.score)])).toEqual([['10分', '10分']]);
    const restated = model.relations.filter((r) => r.kind === 'restatement');
    expect(restated.map((r) => r.kind === 'restatement' && [value(r.first), value(r.second)])).toEqual([
      ['205748.84元', '20.57万元'],
      ['255573.38元', '25.56万元'],
      ['2088782.74元', '208.88万元'],
      ['2070407.84元', '207.04万元'],
      ['810000元', '81万元'],
      ['1322000元', '132.2万元'],
    ]);
  });
  it('leaves the OCR-garbled 产出 rows out of the group sums, and reads the empty 总分 with the grade', () => {
    const groups = model.relations.filter((r) => r.kind === 'score-group');
    expect(groups.map((r) => r.kind === 'score-group' && r.group)).toEqual(['效益指标', '满意度指标']);
    const total = model.relations.find((r) => r.kind === 'score-total');
    expect(total && total.kind === 'score-total' && [total.total, total.complete, total.grade?.text]).toEqual([null, false, '优']);
  });
});
