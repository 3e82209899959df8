// Documentation generated from rule meta: the rules tables of README.md (Chinese) and README.en.md,
// and one page per rule under docs/rules/ (shipped in the package) that --explain prints, SARIF
// carries as the rule's help and the language server links to. A page shows each flagged example
// with the finding it gives, so the pages' test runs every documented example against its exact
// documented finding.
import { rules } from '../rules/index.js';
import { lintModel, type Locale } from './lint.js';
import { extract } from './extract/index.js';
import { parse } from './parse.js';
import type { AnyRule } from './rule.js';
import { RULES_ZH } from './rules-zh.js';

/** The default severities in Chinese. */
export const SEVERITY_WORDS_ZH = { error: '错误', warn: '警告' } as const;
const SEVERITY_ZH = SEVERITY_WORDS_ZH;

/** The two READMEs, each with its rules table in its own language. */
export const READMES = { zh: 'README.md', en: 'README.en.md' } as const;
export type ReadmeLocale = keyof typeof READMES;

/** The Markdown rules section of a README: a table (id linking to its page, default severity, what it checks), in Chinese or English. */
export function rulesTable(locale: ReadmeLocale = 'zh'): string {
  const link = (id: string) => `[\`${id}\`](docs/rules/${id}.md)`;
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  if (locale === 'en') {
    const rows = rules.map((r) => `| ${link(r.meta.id)} | ${r.meta.severity} | ${cell(r.meta.description)} |`);
    return ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows].join('\n');
  }
  const rows = rules.map((r) => `| ${link(r.meta.id)} | ${SEVERITY_ZH[r.meta.severity]} | ${cell(RULES_ZH[r.meta.id]?.title ?? r.meta.description)} |`);
  return ['| 规则 | 默认级别 | 检查什么 |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Where the rule pages are, relative to the package root. */
export const RULE_PAGES = 'docs/rules';

/** The finding each flagged example gives: `行:列 message`, as the page documents it (its message in `locale`, Chinese by default). */
export function exampleFinding(rule: AnyRule, text: string, locale: Locale = 'zh'): string[] {
  const result = lintModel(extract(text, parse(text)), { registry: [rule], locale });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.message}`);
}

/**
 * A rule's page (Markdown): what it checks and why, its options and its examples with their
 * findings. Without a locale, the page of docs/rules/: Chinese then English. With one, the page in
 * that language alone (--explain): Chinese, or English with the findings' English messages.
 */
export function rulePage(rule: AnyRule, locale?: Locale): string {
  if (locale) return singleLanguagePage(rule, locale);
  const m = rule.meta;
  const zh = RULES_ZH[m.id];
  const fence = (text: string) => ['```text', text, '```'].join('\n');
  const options = Object.keys(m.defaultOptions).length ? ['', `选项（默认值） / Options (defaults): \`${JSON.stringify(m.defaultOptions)}\``] : [];
  return [
    `# ${m.id}${zh ? `：${zh.title}` : ''}`,
    '',
    `默认级别：${SEVERITY_ZH[m.severity]}（${m.severity}）`,
    '',
    ...(zh ? [zh.description, '', `为什么：${zh.rationale}`, ''] : []),
    `*${m.description}.* ${m.rationale}`.replace(/\.\.\*/, '.*'),
    ...options,
    '',
    '## 不报告的写法 / Correct',
    '',
    m.examples.valid.map(fence).join('\n\n'),
    '',
    '## 会报告的写法 / Flagged',
    '',
    m.examples.invalid.map((example) => [fence(example), '', ...exampleFinding(rule, example).map((f) => `→ \`${f}\``)].join('\n')).join('\n\n'),
    '',
  ].join('\n');
}

/** A rule's page in one language; a rule with no Chinese documentation (none built in) keeps its English text. */
function singleLanguagePage(rule: AnyRule, locale: Locale): string {
  const m = rule.meta;
  const zh = locale === 'zh' ? RULES_ZH[m.id] : undefined;
  const fence = (text: string) => ['```text', text, '```'].join('\n');
  const hasOptions = Object.keys(m.defaultOptions).length > 0;
  const english = `${m.description}.`.replace(/\.\.$/, '.');
  const head =
    locale === 'zh'
      ? [`# ${m.id}${zh ? `：${zh.title}` : ''}`, '', `默认级别：${SEVERITY_ZH[m.severity]}（${m.severity}）`, '', zh?.description ?? english, '', `为什么：${zh?.rationale ?? m.rationale}`]
      : [`# ${m.id}`, '', `Default severity: ${m.severity}`, '', english, '', `Why: ${m.rationale}`];
  const options = hasOptions ? ['', `${locale === 'zh' ? '选项（默认值）：' : 'Options (defaults): '}\`${JSON.stringify(m.defaultOptions)}\``] : [];
  return [
    ...head,
    ...options,
    '',
    locale === 'zh' ? '## 不报告的写法' : '## Correct',
    '',
    m.examples.valid.map(fence).join('\n\n'),
    '',
    locale === 'zh' ? '## 会报告的写法' : '## Flagged',
    '',
    m.examples.invalid.map((example) => [fence(example), '', ...exampleFinding(rule, example, locale).map((f) => `→ \`${f}\``)].join('\n')).join('\n\n'),
    '',
  ].join('\n');
}

/** The index page of docs/rules/: every rule, its default severity and title. */
export function rulesIndexPage(registry: readonly AnyRule[] = rules): string {
  return [
    '# crossfoot 规则 / Rules',
    '',
    '| 规则 / rule | 默认 / default | 检查什么 / what it checks |',
    '| --- | --- | --- |',
    ...registry.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.severity} | ${RULES_ZH[r.meta.id]?.title ?? ''}${RULES_ZH[r.meta.id] ? ' / ' : ''}${r.meta.description.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}

/** Write docs/rules/ under `root` (`npm run docs`). */
export async function writeRulePages(root: string): Promise<void> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const folder = join(root, RULE_PAGES);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'README.md'), rulesIndexPage());
  for (const rule of rules) writeFileSync(join(folder, `${rule.meta.id}.md`), rulePage(rule));
}

/**
 * `crossfoot --explain <rule-id>`: a built-in rule's page, in `locale` (without one, the bilingual
 * page of docs/rules/, which SARIF carries as the rule's help); a plugin rule's documentation as
 * plain text, its own description and rationale under headings in `locale`.
 */
export function explainRule(id: string, registry = rules, locale?: Locale): string | undefined {
  const rule = registry.find((r) => r.meta.id === id);
  if (!rule) return undefined;
  if (rules.includes(rule)) return rulePage(rule, locale);
  const m = rule.meta;
  const zh = locale === 'zh';
  const block = (list: string[]) => list.map((e) => e.split('\n').map((l) => `    ${l}`).join('\n')).join('\n\n');
  return [
    zh ? `${m.id}（${SEVERITY_ZH[m.severity]}）` : `${m.id} (${m.severity})`,
    '',
    m.description,
    '',
    `${zh ? '为什么：' : 'Why: '}${m.rationale}`,
    ...(Object.keys(m.defaultOptions).length ? ['', `${zh ? '选项（默认值）：' : 'Options (defaults): '}${JSON.stringify(m.defaultOptions)}`] : []),
    '',
    zh ? '不报告的写法：' : 'Correct:',
    block(m.examples.valid),
    '',
    zh ? '会报告的写法：' : 'Flagged:',
    block(m.examples.invalid),
    '',
  ].join('\n');
}

const BEGIN = '<!-- rules:begin -->';
const END = '<!-- rules:end -->';

/** Replace a README's rules section with the generated table in its language. */
export async function updateReadme(path: string, locale: ReadmeLocale = 'zh'): Promise<void> {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`${path} has no ${BEGIN} … ${END} section`);
  writeFileSync(path, `${text.slice(0, start + BEGIN.length)}\n${rulesTable(locale)}\n${text.slice(end)}`);
}

/** Both READMEs under `root` (`npm run docs`). */
export async function updateReadmes(root: string): Promise<void> {
  const { join } = await import('node:path');
  for (const [locale, file] of Object.entries(READMES) as [ReadmeLocale, string][]) await updateReadme(join(root, file), locale);
}
