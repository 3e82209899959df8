// Configuration: crossfoot.config.json, .crossfootrc.json or package.json "crossfoot", found from
// the linted file's folder upward; `--rule id:severity` on top. Bad configs are ConfigErrors (exit 2).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RuleSetting } from './lint.js';
import { CONFIG, jsonProblem, LocalizedError, type Text, WHERE } from './messages.js';
import { loadPlugin, PluginError } from './plugins.js';
import { optionsProblem, schemaOfDefaults } from './options.js';
import type { AnyRule, Severity } from './rule.js';

/** A configuration problem the user must fix; the CLI prints it (in --locale) and exits 2. */
export class ConfigError extends LocalizedError {
  override name = 'ConfigError';
}

/** A validated configuration. */
export interface Config {
  rules: Record<string, RuleSetting>;
  /** Built-in rules and the rules of the config's plugins. */
  registry: readonly AnyRule[];
  /** Where it came from, for messages. */
  path?: string;
  /** Fingerprints of the plugins' code (see plugins.ts), part of the --cache key. */
  plugins?: string[];
}

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILES = ['crossfoot.config.json', '.crossfootrc.json', 'package.json'] as const;

const SEVERITIES: Record<string, Severity> = { off: 'off', warn: 'warn', warning: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

/**
 * Parse a severity word (off/warn/error or 0/1/2); `where` it was set (a config file, --rule) and
 * for which rule, for the error.
 */
export function parseSeverity(value: unknown, where: Text, ruleId?: string): Severity {
  const key = String(value).trim().toLowerCase();
  const severity = SEVERITIES[key];
  if (severity === undefined || (typeof value !== 'string' && typeof value !== 'number')) {
    throw new ConfigError(CONFIG.severity(where, ruleId, value));
  }
  return severity;
}

/** Validate a `rules` object against the known rules; `where` it was set (WHERE.configFile, WHERE.ruleFlag), for errors. */
export function validateRules(raw: unknown, known: readonly AnyRule[], at: Text): Record<string, RuleSetting> {
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(CONFIG.rulesNotObject(at));
  }
  const byId = new Map(known.map((r) => [r.meta.id, r]));
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const rule = byId.get(id);
    if (!rule) throw new ConfigError(CONFIG.unknownRule(at, id));
    if (Array.isArray(value)) {
      const [severity, options] = value;
      if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
        throw new ConfigError(CONFIG.optionsNotObject(at, id));
      }
      const checked = (options ?? {}) as Record<string, unknown>;
      const problem = optionsProblem(id, checked, rule.meta.schema ?? schemaOfDefaults(rule.meta.defaultOptions as Record<string, unknown>));
      if (problem) throw new ConfigError(CONFIG.options(at, problem));
      rules[id] = [parseSeverity(severity, at, id), checked];
    } else {
      rules[id] = parseSeverity(value, at, id);
    }
  }
  return rules;
}

/** Read and validate one config file, loading its plugins. */
export async function loadConfigFile(path: string, known: readonly AnyRule[]): Promise<Config> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(CONFIG.unreadable(path));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(CONFIG.invalidJson(path, jsonProblem(text, (error as Error).message)));
  }
  if (path.endsWith('package.json')) json = (json as Record<string, unknown> | null)?.crossfoot;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ConfigError(CONFIG.notObject(path));
  }
  const allowed = new Set(['rules', 'plugins', '$schema']);
  for (const key of Object.keys(json)) {
    if (!allowed.has(key)) throw new ConfigError(CONFIG.unknownKey(path, key));
  }
  const plugins = (json as Record<string, unknown>).plugins ?? [];
  if (!Array.isArray(plugins) || !plugins.every((p) => typeof p === 'string')) {
    throw new ConfigError(CONFIG.pluginsNotList(path));
  }
  const registry: AnyRule[] = [...known];
  const fingerprints: string[] = [];
  for (const specifier of plugins as string[]) {
    try {
      const plugin = await loadPlugin(specifier, path);
      registry.push(...plugin.rules);
      fingerprints.push(plugin.fingerprint);
    } catch (error) {
      if (error instanceof PluginError) throw new ConfigError(error.text);
      throw error;
    }
  }
  return { rules: validateRules((json as Record<string, unknown>).rules, registry, WHERE.configFile(path)), registry, path, plugins: fingerprints };
}

/** Find the config that applies to files in `folder`: the nearest config file upward. */
export function findConfigFile(folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate)) continue;
      if (name === 'package.json') {
        try {
          const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as Record<string, unknown>;
          if (pkg && typeof pkg === 'object' && 'crossfoot' in pkg) return candidate;
        } catch {
          // A broken package.json without our key is not our config.
        }
        continue;
      }
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Split `--rule id:severity` values (checked against the rules once plugins are loaded). */
export function splitRuleFlags(flags: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const flag of flags) {
    const m = /^([\w/-]+)\s*[:=]\s*(\w+)$/.exec(flag.trim());
    if (!m) throw new ConfigError(CONFIG.ruleFlag(flag));
    raw[m[1]!] = m[2]!;
  }
  return raw;
}

/** Parse `--rule id:severity` values against known rules. */
export function parseRuleFlags(flags: readonly string[], known: readonly AnyRule[]): Record<string, RuleSetting> {
  return validateRules(splitRuleFlags(flags), known, WHERE.ruleFlag);
}

/** Resolves configs per folder, caching them. */
export class ConfigResolver {
  private readonly cache = new Map<string, Promise<Config>>();
  constructor(
    private readonly known: readonly AnyRule[],
    private readonly explicitPath: string | undefined,
    private readonly overrides: Record<string, string>,
    private readonly useConfigFiles = true,
  ) {}

  /** The settings for a file in `folder` (explicit --config or the nearest file, then --rule). */
  async forFolder(folder: string): Promise<Config> {
    const path = this.explicitPath ?? (this.useConfigFiles ? findConfigFile(folder) : undefined);
    const key = path ?? '';
    let base = this.cache.get(key);
    if (!base) {
      base = path ? loadConfigFile(path, this.known) : Promise.resolve({ rules: {}, registry: this.known });
      this.cache.set(key, base);
    }
    const config = await base;
    return { ...config, rules: { ...config.rules, ...validateRules(this.overrides, config.registry, WHERE.ruleFlag) } };
  }
}
