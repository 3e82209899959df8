// crossfoot's library API: lint text or files, define rules, format results, read the model types.
import { dirname, resolve } from 'node:path';
import { rules as builtinRules } from '../rules/index.js';
import { ConfigResolver } from './config.js';
import { expandPaths } from './files.js';
import { lint, type LintOptions, type LintResult } from './lint.js';
import { readTextFile } from './read/index.js';

export { defineRule } from './rule.js';
export type { AnyRule, Rule, RuleFinding, RuleMeta, RuleSuggestion, RelatedSpan, Severity, MessageData } from './rule.js';
export { lint, lintModel } from './lint.js';
export type { LintMessage, LintOptions, LintResult, Locale, RuleSetting, Suggestion, RelatedLocation } from './lint.js';
export { formatters, formatGithub, formatJson, formatSarif, formatStylish, formatUnix } from './format/index.js';
export type { FormatOptions, Formatter } from './format/index.js';
export { parse } from './parse.js';
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
  const resolver = new ConfigResolver(builtinRules, options.config ? resolve(cwd, options.config) : undefined, options.rules ?? {}, options.configLookup ?? true);
  const results: LintResult[] = [];
  for (const file of files) {
    const { text } = await readTextFile(file);
    const config = await resolver.forFolder(dirname(file));
    results.push(lint(text, { ...options, filePath: file, rules: config.rules, registry: config.registry }));
  }
  return results;
}

