// JSON output in ESLint's shape: [{filePath, messages, errorCount, warningCount}], with crossfoot's
// coverage `stats` beside them (ESLint tooling ignores fields it does not know).
import type { LintResult } from '../lint.js';

/** ESLint-compatible JSON: one object per file, without the source text, with its coverage stats. */
export function formatJson(results: LintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      ...(r.stats ? { stats: r.stats } : {}),
    })),
  );
}
