// One line per problem: path:line:col: message [Error/rule-id] (ESLint's unix format).
import type { LintResult } from '../lint.js';
import { coverageWords } from './coverage-text.js';
import type { FormatOptions } from './index.js';

/**
 * `path:line:col: message [Error/rule-id]`, then a count line. The `[Error/…]` and `[Warning/…]`
 * tags are ESLint's, which editors' error formats match, so they stay English in every locale; the
 * count line is for people, in `options.locale` (Chinese by default).
 */
export function formatUnix(results: LintResult[], options: Pick<FormatOptions, 'locale'> = {}): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      lines.push(`${result.filePath}:${m.line}:${m.column}: ${m.message} [${m.severity === 2 ? 'Error' : 'Warning'}/${m.ruleId}]`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${coverageWords(options.locale).problemCount(lines.length)}\n`;
}
