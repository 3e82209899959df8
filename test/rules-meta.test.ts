// The registry, the rules folder, the rule tests and both READMEs must agree; every rule's
// documented examples must behave as documented.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { exampleFinding, READMES, RULE_PAGES, rulePage, rulesIndexPage, rulesTable, type ReadmeLocale } from '../src/docs.js';
import { runRule } from './rule-tester.js';
import { RULES_ZH } from '../src/rules-zh.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ruleFiles = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const testFiles = readdirSync(join(root, 'test/rules'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.test\.ts$/, ''))
  .sort();
const registered = rules.map((r) => r.meta.id);

describe('rule registry', () => {
  it('registers exactly the files in rules/', () => {
    expect([...registered].sort()).toEqual(ruleFiles);
  });
  it('has a test file in test/rules/ for every rule, and no stray test file', () => {
    expect(testFiles).toEqual(ruleFiles);
  });
  it('has no duplicate ids', () => {
    expect(new Set(registered).size).toBe(registered.length);
  });
  it('registers each rule from its own file', () => {
    const index = readFileSync(join(root, 'rules/index.ts'), 'utf8');
    for (const id of registered) expect(index).toContain(`from './${id}.js'`);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s meta', (id, rule) => {
  it('is documented completely', () => {
    expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.rationale.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messagesEn).sort()).toEqual(Object.keys(rule.meta.messages).sort());
    expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
    expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
  });
  it.each(rule.meta.examples.valid.map((t) => [t]))('valid example gives no finding: %s', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });
  it.each(rule.meta.examples.invalid.map((t) => [t]))('invalid example gives exactly one finding: %s', (text) => {
    const found = runRule(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.ruleId).toBe(id);
  });
});

describe('--explain', () => {
  it.each(rules.map((r) => [r.meta.id]))('documents %s with its examples', async (id) => {
    const { explainRule } = await import('../src/docs.js');
    const text = explainRule(id)!;
    const rule = rules.find((r) => r.meta.id === id)!;
    expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${id}：\\S`));
    expect(text.split('\n')[2]).toContain(`（${rule.meta.severity}）`);
    expect(text).toContain(rule.meta.rationale);
    for (const example of [...rule.meta.examples.valid, ...rule.meta.examples.invalid]) expect(text).toContain(example.split('\n')[0]);
  });
});

describe('--explain in one language', () => {
  /** Chinese characters and punctuation (ideographs, CJK punctuation, full-width forms). */
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
  it.each(rules.map((r) => [r.meta.id, r] as const))('explains %s in Chinese alone by default', async (id, rule) => {
    const { explainRule } = await import('../src/docs.js');
    const zh = RULES_ZH[id]!;
    const text = explainRule(id, rules, 'zh')!;
    expect(text.split('\n').slice(0, 7)).toEqual([`# ${id}：${zh.title}`, '', `默认级别：${rule.meta.severity === 'error' ? '错误' : '警告'}（${rule.meta.severity}）`, '', zh.description, '', `为什么：${zh.rationale}`]);
    expect(text).not.toContain(rule.meta.rationale);
    expect(text).toContain('\n## 不报告的写法\n');
    expect(text).not.toContain('Correct');
    for (const example of rule.meta.examples.invalid) for (const finding of exampleFinding(rule, example)) expect(text).toContain(`→ \`${finding}\``);
  });
  it.each(rules.map((r) => [r.meta.id, r] as const))('explains %s in English with locale en: Chinese only in its report examples, its findings and the report words its own text quotes', async (id, rule) => {
    const { explainRule } = await import('../src/docs.js');
    const text = explainRule(id, rules, 'en')!;
    expect(text.split('\n').slice(0, 3)).toEqual([`# ${id}`, '', `Default severity: ${rule.meta.severity}`]);
    // What is left when the report examples (fenced), the English findings, the rule's English
    // description and rationale and its default options are taken out is the page's own frame.
    let frame = text.replace(/```text\n[\s\S]*?\n```/g, '');
    for (const example of rule.meta.examples.invalid) {
      for (const finding of exampleFinding(rule, example, 'en')) {
        expect(text).toContain(`→ \`${finding}\``);
        frame = frame.replace(`→ \`${finding}\``, '');
      }
    }
    for (const own of [rule.meta.description, rule.meta.rationale, JSON.stringify(rule.meta.defaultOptions)]) frame = frame.split(own).join('');
    expect(frame).not.toMatch(CJK);
  });
});

describe('docs/rules', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('holds the page of %s as its meta and examples make it, each flagged example with its exact finding', (id, rule) => {
    const page = readFileSync(join(root, RULE_PAGES, `${id}.md`), 'utf8');
    expect(page).toBe(rulePage(rule));
    // Every flagged example is documented with the one finding it gives, as line:column and message.
    for (const example of rule.meta.examples.invalid) {
      const found = runRule(rule, example);
      expect(found).toHaveLength(1);
      expect(page).toContain(`→ \`${found[0]!.line}:${found[0]!.column} ${found[0]!.message}\``);
    }
  });
  it('has an index of every rule, and no stray page', () => {
    expect(readFileSync(join(root, RULE_PAGES, 'README.md'), 'utf8')).toBe(rulesIndexPage());
    const pages = readdirSync(join(root, RULE_PAGES)).filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, '')).sort();
    expect(pages).toEqual([...registered].sort());
  });
});

describe.each(Object.entries(READMES))('README (%s: %s)', (locale, file) => {
  it('holds the rules table generated from the rules’ meta, in its language', () => {
    const readme = readFileSync(join(root, file), 'utf8');
    const begin = '<!-- rules:begin -->';
    const end = '<!-- rules:end -->';
    const table = readme.slice(readme.indexOf(begin) + begin.length, readme.indexOf(end)).trim();
    expect(table).toBe(rulesTable(locale as ReadmeLocale).trim());
    for (const id of registered) expect(table).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
  });
});

it('gives the Chinese README a Chinese table and the English README an English one', () => {
  expect(rulesTable('zh').split('\n')[0]).toBe('| 规则 | 默认级别 | 检查什么 |');
  expect(rulesTable('zh')).toContain('| [`sum-mismatch`](docs/rules/sum-mismatch.md) | 错误 | 合计与分项之和不符 |');
  expect(rulesTable('en').split('\n')[0]).toBe('| rule | default | what it checks |');
  expect(rulesTable('en')).toMatch(/^\| \[`sum-mismatch`\]\(docs\/rules\/sum-mismatch\.md\) \| error \| A stated total/m);
});
