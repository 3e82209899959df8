// The read stage's shared pieces: the Markdown writer every reader uses, and the places that take a
// finding back to the page or cell of the original file.
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../src/format/stylish.js';
import { formatSarif } from '../src/format/sarif.js';
import { lint } from '../src/lint.js';
import { MarkdownWriter } from '../src/read/markdown.js';
import { describePlace, formatPlace, placeAt, withPlaces, type PlaceSpan } from '../src/read/source.js';

describe('MarkdownWriter', () => {
  it('writes headings, paragraphs and a table with merged cells spanning, and the places of its cells', () => {
    const w = new MarkdownWriter();
    w.heading(1, '自评表', { sheet: '自评表' });
    w.paragraph('单位：万元\n（盖章）', { page: 1 });
    w.table([
      [{ text: '项目', rowSpan: 2, place: { sheet: 's', cell: 'A1' } }, { text: '资金(万元)', colSpan: 2, place: { sheet: 's', cell: 'B1' } }],
      [{ text: '预算' }, { text: '执行|数', place: { sheet: 's', cell: 'C2' } }],
      [{ text: '合计' }, { text: '10' }, { text: '9' }],
    ]);
    const { text, places } = w.result();
    expect(text).toBe(
      ['# 自评表', '', '单位：万元 （盖章）', '', '| 项目 | 资金(万元) |  |', '| --- | --- | --- |', '|  | 预算 | 执行\\|数 |', '| 合计 | 10 | 9 |', ''].join('\n'),
    );
    expect(places).toEqual([
      { line: 1, column: 1, endColumn: Infinity, place: { sheet: '自评表' } },
      { line: 3, column: 1, endColumn: Infinity, place: { page: 1 } },
      { line: 5, column: 3, endColumn: 5, place: { sheet: 's', cell: 'A1' } },
      { line: 5, column: 8, endColumn: 14, place: { sheet: 's', cell: 'B1' } },
      { line: 7, column: 11, endColumn: 16, place: { sheet: 's', cell: 'C2' } },
    ]);
    // The places point at the cell text they name.
    const lines = text.split('\n');
    expect(lines[6]!.slice(10, 15)).toBe('执行\\|数');
    expect(lines[4]!.slice(7, 13)).toBe('资金(万元)');
  });

  it('gives no text for nothing written, and no places when none were given', () => {
    expect(new MarkdownWriter().result()).toEqual({ text: '' });
    const w = new MarkdownWriter();
    w.paragraph('  ');
    w.table([]);
    w.paragraph('正文');
    expect(w.result()).toEqual({ text: '正文\n' });
  });
});

describe('places', () => {
  const places: PlaceSpan[] = [
    { line: 2, column: 1, endColumn: Infinity, place: { page: 3 } },
    { line: 4, column: 1, endColumn: Infinity, place: { sheet: '自评表' } },
    { line: 4, column: 5, endColumn: 9, place: { sheet: '自评表', cell: 'F12' } },
  ];

  it('finds the narrowest span that holds a position', () => {
    expect(placeAt(places, 2, 40)).toEqual({ page: 3 });
    expect(placeAt(places, 4, 5)).toEqual({ sheet: '自评表', cell: 'F12' });
    expect(placeAt(places, 4, 9)).toEqual({ sheet: '自评表' });
    expect(placeAt(places, 3, 1)).toBeUndefined();
    expect(placeAt([], 1, 1)).toBeUndefined();
  });

  it('writes a place as users do', () => {
    expect(formatPlace({ sheet: '自评表', cell: 'F12' })).toBe('自评表!F12');
    expect(formatPlace({ sheet: '2024 自评', cell: 'A1' })).toBe("'2024 自评'!A1");
    expect(formatPlace({ page: 7 })).toBe('page 7');
    expect(describePlace({ page: 7 }, 'zh')).toBe('第 7 页');
    expect(describePlace({ page: 7 }, 'en')).toBe('page 7');
  });

  it('puts the place of each finding in its data, and the outputs show it', () => {
    const text = '二、支出情况\n\n计生协会管理专项经费决算支出 8.5 万元，其中：办公费 4.17 万元、差旅费 1.33 万元、劳务费 1.2 万元、其他支出 1.3 万元。\n';
    const result = withPlaces(lint(text, { filePath: 'r.pdf' }), [{ line: 3, column: 1, endColumn: Infinity, place: { page: 2 } }]);
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.data?.source, m.data?.sourcePage])).toEqual([['sum-mismatch', 3, 16, 'page 2', 2]]);
    // The stylish format says the place in its locale; the data (JSON, SARIF) keeps `page 2`.
    expect(formatStylish([result], { color: false })).toContain('sum-mismatch  (第 2 页)');
    expect(formatStylish([result], { color: false, locale: 'en' })).toContain('sum-mismatch  (page 2)');
    const sarif = JSON.parse(formatSarif([result], { color: false, rules: [] }));
    expect(sarif.runs[0].results[0].locations[0].properties).toEqual({ source: 'page 2', sourcePage: 2 });
  });

  it('leaves a result without places as it is', () => {
    const result = lint('专项经费决算支出 8.5 万元，其中：办公费 4.17 万元、差旅费 1.33 万元、劳务费 1.2 万元、其他支出 1.3 万元。', { filePath: 'r.md' });
    expect(withPlaces(result, undefined)).toBe(result);
    expect(result.messages[0]!.data?.source).toBeUndefined();
  });
});
