// GitHub Actions workflow commands: one ::error or ::warning annotation per problem.
import type { LintResult } from '../lint.js';

/** Escape a workflow command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`. */
export function formatGithub(results: LintResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const kind = m.severity === 2 ? 'error' : 'warning';
      const props = [
        `file=${escapeProperty(result.filePath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      lines.push(`::${kind} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
