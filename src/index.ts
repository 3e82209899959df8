// crossfoot's library API: lint text or files, define rules, format results, read the model types.
import { resolve } from 'node:path';
import { rules as builtinRules } from '../rules/index.js';
import { type BatchSettings, lintFile, resolverFor } from './batch.js';
import { ConfigError } from './config.js';
import { expandPaths } from './files.js';
import type { LintOptions, LintResult } from './lint.js';
import { DEFAULT_MAX_FILE_SIZE, InputError } from './read/index.js';

export { defineRule } from './rule.js';
export type { AnyRule, Rule, RuleFinding, RuleMeta, RuleSuggestion, RelatedSpan, Severity, MessageData } from './rule.js';
export { lint, lintModel } from './lint.js';
export type { LintMessage, LintOptions, LintResult, Locale, RuleSetting, Suggestion, RelatedLocation } from './lint.js';
export { formatters, formatHtml, formatGithub, formatJson, formatSarif, formatStylish, formatUnix } from './format/index.js';
export type { FormatOptions, Formatter } from './format/index.js';
export { parse } from './parse.js';
export { sumStats } from './coverage.js';
export type { CoverageStats, RelationCoverage, CoveragePlace } from './coverage.js';
export { extract } from './extract/index.js';
export type * from './model.js';
export { ConfigError } from './config.js';
export { InputError } from './read/index.js';
export { builtinRules as rules };

/** Options of lintFiles. */
export interface LintFilesOptions extends Omit<LintOptions, 'filePath' | 'registry' | 'rules'> {
  /** Use this config file instead of looking one up from each file's folder. */
  config?: string;
  /** Look for config files (default true). */
  configLookup?: boolean;
  /** Rule settings applied on top of the config (`{"sum-mismatch": "warn"}`). */
  rules?: Record<string, string>;
  cwd?: string;
}

/** Lint files, folders and globs as the CLI does (configs and plugins included). Input problems throw InputError. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const { files, errors } = await expandPaths(patterns.map((p) => resolve(cwd, p)));
  if (errors.length) throw errors[0]!;
  const settings: BatchSettings = {
    configPath: options.config ? resolve(cwd, options.config) : undefined,
    overrides: options.rules ?? {},
    configLookup: options.configLookup ?? true,
    locale: options.locale ?? 'zh',
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    cacheVersion: undefined,
  };
  const resolver = resolverFor(settings);
  const results: LintResult[] = [];
  for (const file of files) {
    const outcome = await lintFile({ path: file, display: file }, settings, resolver);
    // The errors' messages are English, as they always were; `text` holds the Chinese too.
    if (outcome.kind === 'skipped') throw new InputError(outcome.message);
    if (outcome.kind === 'config-error') throw new ConfigError(outcome.message);
    if (outcome.kind === 'result') results.push(outcome.result);
  }
  return results;
}

