// Plugins: modules named in a config's "plugins" that export rules made with defineRule. Their
// rules run like built-in ones, with ids `plugin-name/rule-id`.
import { importModule } from './lazy.js';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule } from './rule.js';

/** A plugin problem the user must fix (exit 2). */
export class PluginError extends Error {
  override name = 'PluginError';
}

function isRule(value: unknown): value is AnyRule {
  const rule = value as AnyRule | undefined;
  return !!rule && typeof rule === 'object' && typeof rule.check === 'function' && typeof rule.meta?.id === 'string';
}

/** The plugin's name: its `name` export, else the package name without `crossfoot-plugin-`, else the file name. */
function pluginName(specifier: string, exported: unknown): string {
  const declared = (exported as { name?: unknown } | undefined)?.name;
  if (typeof declared === 'string' && declared !== '') return declared;
  if (specifier.startsWith('.') || isAbsolute(specifier)) return basename(specifier, extname(specifier));
  return specifier.replace(/^@[^/]+\//, '').replace(/^crossfoot-plugin-/, '');
}

/** Load one plugin, resolved from the config file's folder; its rules come back namespaced. */
export async function loadPlugin(specifier: string, configPath: string): Promise<AnyRule[]> {
  let resolved: string;
  try {
    resolved = specifier.startsWith('.') || isAbsolute(specifier) ? resolve(dirname(configPath), specifier) : createRequire(configPath).resolve(specifier);
  } catch {
    throw new PluginError(`Plugin "${specifier}" named in ${configPath} cannot be found.`);
  }
  let module: Record<string, unknown>;
  try {
    module = (await importModule(pathToFileURL(resolved).href)) as Record<string, unknown>;
  } catch (error) {
    throw new PluginError(`Plugin "${specifier}" named in ${configPath} failed to load: ${(error as Error).message}`);
  }
  const exported = module.default ?? module;
  const list = Array.isArray(exported) ? exported : ((exported as { rules?: unknown }).rules ?? module.rules);
  const rules = Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list) : [];
  if (rules.length === 0 || !rules.every(isRule)) {
    throw new PluginError(`Plugin "${specifier}" named in ${configPath} must export rules made with defineRule (as default, or as "rules").`);
  }
  const name = pluginName(specifier, exported);
  return rules.map((rule) => ({ ...rule, meta: { ...rule.meta, id: `${name}/${rule.meta.id}` } }));
}
