// One line per problem: path:line:col: message [Error/rule-id] (ESLint's unix format).
import type { LintResult } from '../lint.js';

/** `path:line:col: message [Error/rule-id]`, then a count line. */
export function formatUnix(results: LintResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      lines.push(`${result.filePath}:${m.line}:${m.column}: ${m.message} [${m.severity === 2 ? 'Error' : 'Warning'}/${m.ruleId}]`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'}\n`;
}
