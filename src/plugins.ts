// Plugins: modules named in a config's "plugins" that export rules made with defineRule. Their
// rules run like built-in ones, with ids `plugin-name/rule-id`.
import { importModule, requireBuiltin } from './lazy.js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalizedError, PLUGIN } from './messages.js';
import type { AnyRule } from './rule.js';

/** A plugin problem the user must fix (exit 2). */
export class PluginError extends LocalizedError {
  override name = 'PluginError';
}

function isRule(value: unknown): value is AnyRule {
  const rule = value as AnyRule | undefined;
  return !!rule && typeof rule === 'object' && typeof rule.check === 'function' && typeof rule.meta?.id === 'string';
}

/**
 * The plugin's name: its `name` export (beside a default export of rules, or on the default
 * export object), else the package name without `crossfoot-plugin-`, else the file name.
 */
function pluginName(specifier: string, module: Record<string, unknown>, exported: unknown): string {
  for (const declared of [module.name, Array.isArray(exported) ? undefined : (exported as { name?: unknown } | undefined)?.name]) {
    if (typeof declared === 'string' && declared !== '') return declared;
  }
  if (specifier.startsWith('.') || isAbsolute(specifier)) return basename(specifier, extname(specifier));
  return specifier.replace(/^@[^/]+\//, '').replace(/^crossfoot-plugin-/, '');
}

/** A loaded plugin: its rules, namespaced, and a fingerprint of its code (part of the --cache key). */
export interface LoadedPlugin {
  rules: AnyRule[];
  /** The resolved file and a hash of its content: a changed plugin invalidates cached results. */
  fingerprint: string;
}

/** Load one plugin, resolved from the config file's folder; its rules come back namespaced. */
export async function loadPlugin(specifier: string, configPath: string): Promise<LoadedPlugin> {
  let resolved: string;
  try {
    resolved = specifier.startsWith('.') || isAbsolute(specifier) ? resolve(dirname(configPath), specifier) : createRequire(configPath).resolve(specifier);
  } catch {
    throw new PluginError(PLUGIN.notFound(specifier, configPath));
  }
  let module: Record<string, unknown>;
  try {
    module = (await importModule(pathToFileURL(resolved).href)) as Record<string, unknown>;
  } catch (error) {
    // A path to no file: not found, as a package that does not resolve (rather than the loader's own English).
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && !existsSync(resolved)) throw new PluginError(PLUGIN.notFound(specifier, configPath));
    throw new PluginError(PLUGIN.failedToLoad(specifier, configPath, loadFailure(error, resolved)));
  }
  const exported = module.default ?? module;
  const list = Array.isArray(exported) ? exported : ((exported as { rules?: unknown }).rules ?? module.rules);
  const rules = Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list) : [];
  if (rules.length === 0 || !rules.every(isRule)) {
    throw new PluginError(PLUGIN.noRules(specifier, configPath));
  }
  const name = pluginName(specifier, module, exported);
  return { rules: rules.map((rule) => ({ ...rule, meta: { ...rule.meta, id: `${name}/${rule.meta.id}` } })), fingerprint: fingerprintOf(resolved) };
}

/** `path#sha256` of a plugin's file (its own code; modules it imports are not followed). */
function fingerprintOf(path: string): string {
  const crypto = requireBuiltin('node:crypto') as typeof import('node:crypto');
  let hash = '';
  try {
    hash = crypto.createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    // Loaded but unreadable now: the path alone.
  }
  return `${path}#${hash}`;
}

/**
 * Why a plugin failed to load, with the place of a syntax error (`bad.mjs:3:9`, which Node.js
 * gives an ES module's syntax error only when it checks the file alone: `node --check`, run here
 * on that error only) and without crossfoot's own loader in it (`imported from …/bin/load.cjs`).
 */
function loadFailure(error: unknown, path: string): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*imported from \S+/g, '');
  if (!(error instanceof SyntaxError)) return message;
  const { spawnSync } = requireBuiltin('node:child_process') as typeof import('node:child_process');
  const check = spawnSync(process.execPath, ['--check', path], { encoding: 'utf8', timeout: 10_000 });
  const lines = (check.stderr ?? '').split(/\r?\n/);
  const at = lines.findIndex((line) => line.startsWith(`${path}:`));
  const m = at >= 0 ? /:(\d+)$/.exec(lines[at]!) : null;
  if (!m) return message;
  const caret = lines[at + 2]?.indexOf('^') ?? -1;
  return `${message} (${basename(path)}:${m[1]}${caret >= 0 ? `:${caret + 1}` : ''})`;
}
