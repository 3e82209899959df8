// Documentation generated from rule meta: the README rules table.
import { rules } from '../rules/index.js';

/** The Markdown rules section: a table (id, severity, what it checks), then each rule's documentation. */
export function rulesTable(): string {
  const rows = rules.map((r) => `| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.severity} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  const docs = rules.map((r) => {
    const options = Object.keys(r.meta.defaultOptions).length ? `\nOptions (defaults): \`${JSON.stringify(r.meta.defaultOptions)}\`\n` : '';
    const examples = (label: string, list: string[]) => `${label}:\n\n${list.map((e) => '```text\n' + e + '\n```').join('\n\n')}`;
    return [`### ${r.meta.id}`, '', `${r.meta.description} (default: ${r.meta.severity}).`, '', r.meta.rationale, options, examples('Correct', r.meta.examples.valid), '', examples('Flagged', r.meta.examples.invalid)].join('\n');
  });
  return ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows, '', ...docs.flatMap((d) => [d, ''])].join('\n').trimEnd();
}

/** `crossfoot --explain <rule-id>`: a rule's documentation as plain text. */
export function explainRule(id: string, registry = rules): string | undefined {
  const rule = registry.find((r) => r.meta.id === id);
  if (!rule) return undefined;
  const m = rule.meta;
  const block = (list: string[]) => list.map((e) => e.split('\n').map((l) => `    ${l}`).join('\n')).join('\n\n');
  return [
    `${m.id} (${m.severity})`,
    '',
    m.description,
    '',
    `Why: ${m.rationale}`,
    ...(Object.keys(m.defaultOptions).length ? ['', `Options (defaults): ${JSON.stringify(m.defaultOptions)}`] : []),
    '',
    'Correct:',
    block(m.examples.valid),
    '',
    'Flagged:',
    block(m.examples.invalid),
    '',
  ].join('\n');
}

const BEGIN = '<!-- rules:begin -->';
const END = '<!-- rules:end -->';

/** Replace the README's rules section with the generated table (`npm run docs`). */
export async function updateReadme(path: string): Promise<void> {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`${path} has no ${BEGIN} … ${END} section`);
  writeFileSync(path, `${text.slice(0, start + BEGIN.length)}\n${rulesTable()}\n${text.slice(end)}`);
}
