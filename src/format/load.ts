// The CLI's formatters, each loaded when a run asks for it: a run prints one format, and stylish
// brings chalk (and, through it, the terminal checks) that the others do not need.
import type { Formatter } from './index.js';

/** Built-in formatters by name, as loaders; the same names and functions as `formatters`. */
export const formatterLoaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  unix: async () => (await import('./unix.js')).formatUnix,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  html: async () => (await import('./html.js')).formatHtml,
};
