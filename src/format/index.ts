// The formatters: pure (results, options) => string. Colour comes in as an option.
import type { LintResult } from '../lint.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { formatUnix } from './unix.js';

/** What every formatter receives besides the results. */
export interface FormatOptions {
  /** Use ANSI colour. */
  color: boolean;
  /** Paths are shown relative to this folder when given. */
  cwd?: string;
}

/** A formatter. */
export type Formatter = (results: LintResult[], options: FormatOptions) => string;

/** Built-in formatters by name. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  unix: formatUnix,
};

export { formatJson, formatStylish, formatUnix };
