// JSON output in ESLint's shape: [{filePath, messages, errorCount, warningCount}].
import type { LintResult } from '../lint.js';

/** ESLint-compatible JSON: one object per file, without the source text. */
export function formatJson(results: LintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
    })),
  );
}
