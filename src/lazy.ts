// Loading modules at run time from the CLI bundle, which V8 compiles from a code cache (see
// bin/load.cjs). Code compiled that way cannot call import() itself (Node.js loses the callback it
// needs), so built-ins come through require and plugins through the loader's import().
import { createRequire } from 'node:module';

/**
 * Built-in modules a run loads only when it needs them: each one loaded at start-up costs every
 * run a few milliseconds.
 */
export const requireBuiltin = createRequire(import.meta.url);

const PROVIDED = Symbol.for('crossfoot.importModule');

/** Import an ES module or CommonJS file by URL (plugins). */
export function importModule(url: string): Promise<unknown> {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED];
  return typeof provided === 'function' ? (provided as (url: string) => Promise<unknown>)(url) : import(url);
}

/**
 * Import a package by name at run time, from the package's own node_modules, without it entering
 * the CLI bundle: the readers of .pdf, .xlsx, .html and .doc files need large libraries that a run
 * over Markdown never loads, and bundled they would cost every run the time to read them.
 */
export function importPackage<T>(specifier: string): Promise<T> {
  return importModule(specifier) as Promise<T>;
}
