// Expanding the command line's paths: files, folders (recursively) and glob patterns.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, describeFsError } from './read/index.js';
import { REPORT_EXTENSIONS, unreadableFormatOf } from './read/formats.js';
import { INPUT } from './messages.js';

export { REPORT_EXTENSIONS } from './read/formats.js';

function isReport(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Files a walk found: reports, and documents in a format crossfoot cannot read (to say they were skipped). */
interface Found {
  files: string[];
  unreadable: string[];
}

function walk(dir: string, out: Found): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && isReport(entry.name)) out.files.push(path);
    else if (entry.isFile() && unreadableFormatOf(entry.name)) out.unreadable.push(path);
  }
}

/** One path's files, or an InputError saying why there are none. */
async function expandOne(pattern: string): Promise<Found> {
  let info: ReturnType<typeof statSync> | undefined;
  try {
    info = statSync(pattern);
  } catch (error) {
    // The glob library (and its matcher) loads only for a path that does not exist as written.
    const { isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(pattern)) throw new InputError(describeFsError(pattern, error));
  }
  if (info?.isDirectory()) {
    const found: Found = { files: [], unreadable: [] };
    walk(pattern, found);
    if (found.files.length === 0) throw new InputError(INPUT.noReportsIn(pattern, REPORT_EXTENSIONS));
    return found;
  }
  if (info) return { files: [pattern], unreadable: [] };
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, { ignore: ['**/node_modules/**', '**/.*/**'], onlyFiles: true, dot: false, expandDirectories: false });
  const reports = matches.filter(isReport).sort();
  if (reports.length === 0) throw new InputError(INPUT.noMatch(pattern));
  return { files: reports, unreadable: [] };
}

/**
 * Expand paths and patterns; input problems are collected, not thrown, so other files still get
 * linted. `unreadable` lists the documents in folders that crossfoot cannot read (.wps, .xls, …).
 */
export async function expandPaths(patterns: readonly string[]): Promise<{ files: string[]; errors: InputError[]; unreadable: string[] }> {
  const files: string[] = [];
  const unreadable = new Set<string>();
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    try {
      const found = await expandOne(pattern);
      for (const file of found.unreadable) unreadable.add(resolve(file));
      for (const file of found.files) {
        const key = resolve(file);
        if (seen.has(key)) continue;
        seen.add(key);
        files.push(file);
      }
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  return { files, errors, unreadable: [...unreadable] };
}

/** Which of n shards (0-based) a file belongs to: FNV-1a of its path, slashes normalised. */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(path.replace(/\\/g, '/').replace(/^\.\//, ''), 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Parse `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(value: string): { index: number; count: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}
