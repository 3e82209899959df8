// JSON output in ESLint's shape: [{filePath, messages, suppressedMessages, errorCount, fatalErrorCount, …}], with
// crossfoot's coverage `stats` beside them (ESLint tooling ignores fields it does not know).
import type { LintMessage, LintResult } from '../lint.js';

/** Whether a message is fatal in ESLint's sense: the file could not be read, parsed or modelled, so no rule ran. */
function isFatal(message: LintMessage): boolean {
  return message.ruleId === 'internal-error' && message.data?.stage !== undefined;
}

/** A message with ESLint's fields: `nodeType` (null: a finding points at text, not a syntax node), `fatal` where it is. */
function eslintMessage(message: LintMessage): LintMessage & { nodeType: null; fatal?: true } {
  return isFatal(message) ? { ...message, nodeType: null, fatal: true } : { ...message, nodeType: null };
}

/** ESLint-compatible JSON: one object per file, with all of ESLint's result fields and its coverage stats, without the source text. */
export function formatJson(results: LintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(eslintMessage),
      suppressedMessages: (r.suppressedMessages ?? []).map((m) => ({ ...eslintMessage(m), suppressions: [{ kind: 'directive', justification: '' }] })),
      errorCount: r.errorCount,
      fatalErrorCount: r.messages.filter(isFatal).length,
      warningCount: r.warningCount,
      // crossfoot never fixes a report by itself: suggestions are offered, not fixes.
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      ...(r.stats ? { stats: r.stats } : {}),
    })),
  );
}
