// Documentation generated from rule meta: the README rules table.
import { rules } from '../rules/index.js';

/** The Markdown rules table (id, severity, what it checks). */
export function rulesTable(): string {
  const rows = rules.map((r) => `| \`${r.meta.id}\` | ${r.meta.severity} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows].join('\n');
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
