// The formatters: pure (results, options) => string. Colour comes in as an option.
import type { LintResult, Locale } from '../lint.js';
import type { RuleMeta } from '../rule.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatUnix } from './unix.js';

/** What every formatter receives besides the results. */
export interface FormatOptions {
  /** Use ANSI colour. */
  color: boolean;
  /** Paths are shown relative to this folder when given. */
  cwd?: string;
  /** Metadata of the rules that ran (SARIF lists them). */
  rules?: ReadonlyArray<Pick<RuleMeta, 'id' | 'severity' | 'description' | 'rationale'>>;
  /** crossfoot's version. */
  version?: string;
  /** Base URL of the rule pages (docs/rules/ published somewhere): SARIF links `<docsUrl>/<rule-id>.md`. Unset, no link is made. */
  docsUrl?: string;
  /** A rule's page (Markdown), carried in SARIF as the rule's help so code scanning shows it offline. */
  ruleHelp?: (id: string) => string | undefined;
  /** Language of the words formatters add (the review page's labels); Chinese by default. */
  locale?: Locale;
}

/** A formatter. */
export type Formatter = (results: LintResult[], options: FormatOptions) => string;

/** Built-in formatters by name. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  unix: formatUnix,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
};

export { formatHtml, formatGithub, formatJson, formatSarif, formatStylish, formatUnix };
