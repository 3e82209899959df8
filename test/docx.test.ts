// Word documents: read as Markdown text, linted like the seeds, annotated with comments in a copy.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './run-cli.js';
import { buildDocx } from './docx.js';

const fixtures = join(root, 'fixtures');

const run = (args: string[], cwd: string) => runCli(args, { cwd });
const temp = () => mkdtempSync(join(tmpdir(), 'crossfoot-docx-'));

describe('.docx input', () => {
  it.each(readdirSync(fixtures).filter((f) => f.startsWith('seed-') && f.endsWith('.md')).sort().map((f) => [f]))(
    '%s as a .docx gives the same rule ids in the same order',
    async (seed) => {
      const dir = temp();
      const text = readFileSync(join(fixtures, seed), 'utf8');
      writeFileSync(join(dir, 'report.docx'), await buildDocx(text.split('\n').map((line) => ({ paragraph: line }))));
      writeFileSync(join(dir, 'report.md'), text);
      const fromDocx = JSON.parse(run(['-f', 'json', 'report.docx'], dir).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
      const fromText = JSON.parse(run(['-f', 'json', 'report.md'], dir).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
      expect(fromDocx).toEqual(fromText);
      // …and those are the seed's findings, not an empty list on both sides.
      const sidecar = JSON.parse(readFileSync(join(fixtures, seed.replace(/\.md$/, '.expected.json')), 'utf8')) as Array<{ ruleId: string }>;
      expect(fromText).toEqual(sidecar.map((m) => m.ruleId));
    },
  );

  const report = async () =>
    buildDocx([
      { paragraph: '2024年度部门整体支出绩效自评报告', style: '1' },
      { paragraph: '一、部门基本情况', style: '2' },
      { paragraph: '2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。' },
      { paragraph: '二、部门整体支出绩效情况' },
      {
        table: [
          ['资金来源', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率', '得分'],
          ['资金总额', '120.00', '150.00', '135.00', '10', '92.00', '9'],
          ['人员类项目', '80.00', '90.00', '88.00', '0', '-', '-'],
          ['运转类项目', '20.00', '25.00', '22.00', '0', '-', '-'],
          ['特定目标类项目', '20.00', '35.00', '25.00', '0', '-', '-'],
          [{ text: '说明：执行率按全年预算数计算', span: 7 }],
        ],
      },
      { paragraph: '截止2024年底，在职在编4人。' },
    ]);

  it('prints the Markdown rendering that positions refer to', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await report());
    const r = run(['--print-text', 'r.docx'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# 2024年度部门整体支出绩效自评报告',
      '## 一、部门基本情况',
      '2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。',
      '二、部门整体支出绩效情况',
    ]);
    expect(lines[5]).toBe('| 资金来源 | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分 |');
    expect(lines[11]).toBe('| 说明：执行率按全年预算数计算 |  |  |  |  |  |  |');
  });

  it('lints paragraphs and table cells, pointing into that rendering', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.docx'), await report());
    const r = run(['-f', 'unix', 'r.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'r.docx:3:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]',
      'r.docx:8:42: 执行率应为 135.00 元 ÷ 150.00 元 = 90.00%，所写为 92.00% [Error/rate-mismatch]',
      'r.docx:14:1: “截止2024年底”应写作“截至2024年底” [Warning/jiezhi-usage]',
    ]);
  });

  // The standard 项目支出绩效自评表 as Word draws it: merged cells put 实际完成情况 and the goal's
  // text under 分值, and 总分 spans five columns.
  const form = (total: string) =>
    buildDocx([
      { paragraph: '2024年度项目支出绩效自评表' },
      {
        table: [
          ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', '100.00', '100.00', '95.00', '10', '95.00%', '9.5'],
          ['年度总体目标', { text: '预期目标', span: 3 }, { text: '实际完成情况', span: 3 }],
          ['', { text: '培训农民500人次', span: 3 }, { text: '培训农民520人次', span: 3 }],
        ],
      },
      {
        table: [
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
          [{ text: '产出指标(60分)', vMerge: 'restart' }, '数量指标', '培训人次', '500人次', '520人次', '30', '30', ''],
          [{ text: '', vMerge: 'continue' }, '质量指标', '培训合格率', '≥95%', '98%', '30', '28', ''],
          ['满意度指标(30分)', '服务对象满意度指标', '参训农民满意度', '≥90%', '95%', '30', '29', ''],
          [{ text: '总分', span: 5 }, '100', total, ''],
        ],
      },
    ]);

  it('checks the 总分 of a Word form whose merged cells hold text under 分值', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'right.docx'), await form('96.5'));
    writeFileSync(join(dir, 'wrong.docx'), await form('97.5'));
    expect(run(['-f', 'unix', 'right.docx'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect(run(['-f', 'unix', 'wrong.docx'], dir).stdout).toBe('wrong.docx:14:26: 各项得分之和为 96.5，所写总分为 97.5 [Error/score-sum-mismatch]\n\n1 problem\n');
  });

  it('writes an annotated copy with one comment per finding on the right runs, leaving the input alone', async () => {
    const dir = temp();
    const original = await report();
    writeFileSync(join(dir, 'r.docx'), original);
    const r = run(['--annotate', 'r.annotated.docx', 'r.docx'], dir);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'r.docx'))).toEqual(Buffer.from(original));
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'r.annotated.docx')));
    const comments = await zip.file('word/comments.xml')!.async('string');
    const authors = [...comments.matchAll(/w:author="([^"]+)"/g)].map((m) => m[1]);
    expect(authors).toEqual(['crossfoot', 'crossfoot', 'crossfoot']);
    expect(comments).toContain('[sum-mismatch] 分项之和 74.63 万元');
    const document = await zip.file('word/document.xml')!.async('string');
    // Each comment range encloses the run holding its figure.
    const ranges = [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(ranges).toEqual([expect.stringContaining('74.73'), '92.00', '截止2024年底，在职在编4人。']);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/word/comments.xml');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="comments.xml"');
    // The copy is itself a readable Word document.
    expect(run(['-f', 'unix', 'r.annotated.docx'], dir).stdout.split('\n')[0]).toBe('r.annotated.docx:3:12: 分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元 [Error/sum-mismatch]');
  });

  it('refuses a broken .docx, and --annotate onto its input, with exit 2', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    expect(run(['bad.docx'], dir)).toMatchObject({ code: 2, stderr: 'crossfoot: bad.docx is not a valid .docx file (it cannot be unzipped).\n' });
    writeFileSync(join(dir, 'r.docx'), await report());
    expect(run(['--annotate', 'r.docx', 'r.docx'], dir).code).toBe(2);
  });
});
