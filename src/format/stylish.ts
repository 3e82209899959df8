// ESLint's stylish layout, with the source line quoted and a caret under the figure,
// aligned by display width so Chinese text lines up.
import { Chalk } from 'chalk';
import type { LintMessage, LintResult, Locale } from '../lint.js';
import { describePlace } from '../read/source.js';
import type { FormatOptions } from './index.js';
import { displayWidth } from './width.js';
import { relative } from 'node:path';
import { sumStats } from '../coverage.js';
import { coverageWords } from './coverage-text.js';

const CONTEXT = 24;

/** Lines of a text, split the way positions count them. */
function sourceLines(source: string): string[] {
  return source.split(/\r\n|\n|\r/);
}

/**
 * The quoted source line and the caret line under a message's range. `lines` is the source split
 * with sourceLines, once per file: splitting it again for each message made a large file's output
 * grow with the square of its size.
 */
export function excerpt(lines: readonly string[], message: LintMessage): [string, string] | undefined {
  const line = lines[message.line - 1];
  if (line === undefined) return undefined;
  const start = Math.min(message.column - 1, line.length);
  const end = message.endLine === message.line ? Math.max(start + 1, Math.min(message.endColumn - 1, line.length)) : line.length;
  // Quote a window around the figure on long lines.
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(line.length, end + CONTEXT);
  const clean = (s: string) => s.replace(/\t/g, ' ');
  const before = (from > 0 ? '…' : '') + clean(line.slice(from, start));
  const marked = clean(line.slice(start, end));
  const after = clean(line.slice(end, to)) + (to < line.length ? '…' : '');
  const caret = ' '.repeat(displayWidth(before)) + '^'.repeat(Math.max(1, displayWidth(marked)));
  return [before + marked + after, caret];
}

/** Where a finding is in the original file, in the reader's language (`第 3 页`, `page 3`, `自评表!G5`). */
function placeOf(m: LintMessage, locale: Locale): string | undefined {
  const data = m.data as { source?: unknown; sourcePage?: unknown; sourceSheet?: unknown; sourceCell?: unknown } | undefined;
  if (typeof data?.source !== 'string') return undefined;
  if (typeof data.sourceSheet === 'string') return describePlace({ sheet: data.sourceSheet, ...(typeof data.sourceCell === 'string' ? { cell: data.sourceCell } : {}) }, locale);
  if (typeof data.sourcePage === 'number') return describePlace({ page: data.sourcePage }, locale);
  return data.source;
}

/** ESLint's stylish output, its words (severity, the problems and coverage lines) in `options.locale` (Chinese by default). */
export function formatStylish(results: LintResult[], options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const words = coverageWords(options.locale);
  // The severity words padded to one width (`error  `, `warning`; 错误 and 警告 are as wide).
  const severityWidth = Math.max(displayWidth(words.error), displayWidth(words.warning));
  const pad = (word: string) => ' '.repeat(severityWidth - displayWidth(word));
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const path = options.cwd ? relative(options.cwd, result.filePath) || result.filePath : result.filePath;
    out += `\n${c.underline(path)}\n`;
    const positions = result.messages.map((m) => `${m.line}:${m.column}`);
    const posWidth = positions.reduce((width, p) => Math.max(width, p.length), 0);
    const lines = sourceLines(result.source);
    result.messages.forEach((m, i) => {
      const word = m.severity === 2 ? words.error : words.warning;
      const severity = m.severity === 2 ? c.red(word) : c.yellow(word);
      // Where the finding is in the original file (a PDF's page, a workbook's cell), when the text was read from one.
      const source = placeOf(m, options.locale ?? 'zh');
      const place = source === undefined ? '' : `  ${c.cyan(`(${source})`)}`;
      out += `  ${c.dim(positions[i]!.padEnd(posWidth))}  ${severity}${pad(word)}  ${m.message}  ${c.dim(m.ruleId)}${place}\n`;
      const quoted = excerpt(lines, m);
      if (quoted) {
        const indent = ' '.repeat(2 + posWidth + 2);
        out += `${indent}${c.gray(quoted[0])}\n${indent}${c.red(quoted[1])}\n`;
      }
    });
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = words.problems(errors, warnings);
    out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  }
  if (results.length === 0) return out;
  // What was checked, under the problems line, even when there are none: a silent run would look
  // the same whether the report was right or nothing in it was understood.
  const stats = sumStats(results.map((r) => r.stats));
  const line = words.summary(stats, results.length);
  out += `${total > 0 ? '' : '\n'}${stats.relations === 0 ? c.yellow(line) : stats.failed > 0 ? c.dim(line) : c.green(line)}\n`;
  return out;
}
