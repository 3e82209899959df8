// Shared by the .html and .doc reader tests: a file's findings as rule id and the figure text at
// each finding's range in the printed text (line numbers differ between a seed and its conversions).
import { root, runCli } from './run-cli.js';

/** `ruleId figure` (conversion-artifact's broken-paragraph finding as `conversion-artifact/brokenParagraph`) for each finding of `file`, the figure taken from `--print-text` at its range; cell separators (tab, ` | `) as ⇥. */
export function figures(file: string, cwd = root): string[] {
  const text = runCli(['--print-text', file], { cwd }).stdout.split('\n');
  const messages = JSON.parse(runCli(['-f', 'json', file], { cwd }).stdout)[0].messages as Array<{ ruleId: string; messageId: string; line: number; column: number; endLine: number; endColumn: number }>;
  return messages.map((m) => {
    const figure = m.line === m.endLine ? text[m.line - 1]!.slice(m.column - 1, m.endColumn - 1) : `${text[m.line - 1]!.slice(m.column - 1)}…`;
    const rule = m.ruleId === 'conversion-artifact' && m.messageId === 'brokenParagraph' ? `${m.ruleId}/${m.messageId}` : m.ruleId;
    return `${rule} ${figure.replace(/\s*(?:\t|(?<!\\)\|)\s*/g, '⇥')}`;
  });
}

/** The seeds' base names. */
export const SEEDS = ['seed-000-tongdao-2024', 'seed-001-chenxi-2023', 'seed-002-luquan-2025', 'seed-003-yueyang-2025', 'seed-004-qiannan-2024-form'] as const;

