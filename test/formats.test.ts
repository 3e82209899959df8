// SARIF validates against the official 2.1.0 schema; GitHub lines parse as workflow commands.
import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatHtml, formatJson, formatSarif, formatStylish, formatters, formatUnix } from '../src/format/index.js';
import { formatterLoaders } from '../src/format/load.js';
import { failedResult, lint } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { explainRule } from '../src/docs.js';

const schemaPath = new URL('../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const results = [
  lint(fixture('seed-002-luquan-2025.md'), { filePath: 'fixtures/seed-002-luquan-2025.md' }),
  lint(fixture('seed-004-qiannan-2024-form.md'), { filePath: 'reports/黔南州 自评表.md' }),
  lint('基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。', { filePath: 'a.md' }),
  // A file whose extraction threw (the crash of issue #14): its one internal-error message.
  failedResult('broken.md', '|\n|||||\n|\n', 'extract', new TypeError("Cannot read properties of undefined (reading 'end')")),
];
const crashed = "提取数据运行出错：Cannot read properties of undefined (reading 'end')";

describe('sarif', () => {
  const sarif = JSON.parse(formatSarif(results, { color: false, rules: rules.map((r) => r.meta), version: '1.2.3', docsUrl: 'https://example.org/crossfoot', ruleHelp: explainRule }));
  it.skipIf(!existsSync(schemaPath))('validates against the official SARIF 2.1.0 schema (skipped where ../shared is absent)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
  it('carries rules with help URIs and their pages, UTF-16 columns and every result', () => {
    const run = sarif.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const sumRule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'sum-mismatch');
    expect(sumRule.helpUri).toBe('https://example.org/crossfoot/sum-mismatch.md');
    expect(sumRule.help.markdown).toBe(explainRule('sum-mismatch'));
    expect(sumRule.help.markdown.split('\n')[0]).toMatch(/^# sum-mismatch：/);
    // Without a published place for the pages, no link at all (no dead link), the page still carried.
    const offline = JSON.parse(formatSarif(results, { color: false, rules: rules.map((r) => r.meta), ruleHelp: explainRule })).runs[0];
    expect(offline.tool.driver.informationUri).toBeUndefined();
    expect(offline.tool.driver.rules.every((r: { helpUri?: string; help: { markdown: string } }) => r.helpUri === undefined && r.help.markdown.length > 0)).toBe(true);
    expect(run.results).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    const sum = run.results.find((r: { ruleId: string }) => r.ruleId === 'sum-mismatch');
    expect(sum.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 6, endLine: 1, endColumn: 11 });
    expect(sum.relatedLocations).toHaveLength(3);
    expect(run.artifacts[1].location.uri).toBe('reports/%E9%BB%94%E5%8D%97%E5%B7%9E%20%E8%87%AA%E8%AF%84%E8%A1%A8.md');
  });
});

describe('github', () => {
  it('prints one workflow command per problem that parses back to the finding', () => {
    const out = formatGithub(results);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    const command = /^::(error|warning) ((?:[a-zA-Z]+=[^,:]*,?)+)::(.*)$/;
    const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const parsed = lines.map((line) => {
      const m = command.exec(line);
      expect(m, line).not.toBeNull();
      const props = Object.fromEntries(m![2]!.split(',').map((p) => p.split('=') as [string, string]));
      return { kind: m![1], file: unescape(props.file!), line: Number(props.line), col: Number(props.col), title: props.title, message: unescape(m![3]!) };
    });
    expect(parsed).toContainEqual({ kind: 'error', file: 'fixtures/seed-002-luquan-2025.md', line: 17, col: 69, title: 'share-mismatch', message: '61.57 万元 ÷ 213.74 万元 = 28.8%，所写为 28.9%' });
    expect(parsed).toContainEqual({ kind: 'warning', file: 'reports/黔南州 自评表.md', line: 45, col: 2, title: 'missing-total-score', message: '总分为空，却给出了等级“优”' });
  });
});

describe('an internal-error message', () => {
  const broken = [results.at(-1)!];
  it('is shown by every formatter like any other message, without its stack', () => {
    expect(JSON.parse(formatJson(broken))).toEqual([
      {
        filePath: 'broken.md',
        messages: [{ ruleId: 'internal-error', severity: 2, message: crashed, messageId: 'internal-error', data: { stage: 'extract', reason: "Cannot read properties of undefined (reading 'end')" }, line: 1, column: 1, endLine: 1, endColumn: 1, nodeType: null, fatal: true }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
        // Nothing was read, so nothing was checked: said as 0, not left out.
        stats: { figures: 0, relations: 0, checked: 0, held: 0, failed: 0, skipped: 0, skippedBy: {}, unrelatedFigures: 0 },
      },
    ]);
    // The words formatters add are Chinese by default, English with locale en; ESLint's [Error/…] tags stay.
    expect(formatUnix(broken)).toBe(`broken.md:1:1: ${crashed} [Error/internal-error]\n\n1 个问题\n`);
    expect(formatUnix(broken, { locale: 'en' })).toBe(`broken.md:1:1: ${crashed} [Error/internal-error]\n\n1 problem\n`);
    expect(formatGithub(broken)).toBe(`::error file=broken.md,line=1,col=1,endLine=1,endColumn=1,title=internal-error::${crashed}\n`);
    expect(formatStylish(broken, { color: false })).toBe(`\nbroken.md\n  1:1  错误  ${crashed}  internal-error\n       |\n       ^\n\n✖ 1 个问题（1 个错误，0 个警告）\n未找到数量关系——crossfoot 在文件中没有读到可核对的数字\n`);
    expect(formatStylish(broken, { color: false, locale: 'en' })).toBe(`\nbroken.md\n  1:1  error    ${crashed}  internal-error\n       |\n       ^\n\n✖ 1 problem (1 error, 0 warnings)\nno relations found in 1 file — crossfoot read no figures it could check\n`);
    const sarif = JSON.parse(formatSarif(broken, { color: false, rules: rules.map((r) => r.meta) }));
    expect(sarif.runs[0].results).toEqual([
      {
        ruleId: 'internal-error',
        level: 'error',
        message: { text: crashed },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.md', index: 0 }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } } }],
      },
    ]);
    expect(formatHtml(broken, { color: false })).toContain(`<span class="sev">错误</span> ${crashed.replace(/'/g, '&#39;')} <span class="rule">internal-error</span>`);
    for (const out of [formatJson(broken), formatUnix(broken), formatGithub(broken), formatHtml(broken, { color: false })]) expect(out).not.toContain('TypeError');
  });
});

describe("the CLI's formatter loaders", () => {
  it('load the same formatters, under the same names, as the library exports', async () => {
    expect(Object.keys(formatterLoaders).sort()).toEqual(Object.keys(formatters).sort());
    for (const [name, load] of Object.entries(formatterLoaders)) expect(await load(), name).toBe(formatters[name]);
  });
});
