// --cache: reuse a file's results while its content, crossfoot's version and its config are unchanged.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { requireBuiltin } from './lazy.js';
import type { LintMessage } from './lint.js';
import type { CoverageStats, RelationCoverage } from './coverage.js';

// node:crypto loads on the first key: a run without --cache does not pay for it.
let crypto: typeof import('node:crypto') | undefined;

interface Entry {
  key: string;
  messages: LintMessage[];
  internalErrorCount: number;
  stats?: CoverageStats;
  relations?: RelationCoverage[];
}

/** A results cache kept in one JSON file. */
export class ResultCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(private readonly path: string) {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { entries?: Record<string, Entry> };
      if (data && typeof data.entries === 'object') this.entries = data.entries ?? {};
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The key of a file's results: its text, crossfoot's version and the settings that apply to it. */
  static key(text: string, version: string, settings: unknown): string {
    crypto ??= requireBuiltin('node:crypto') as typeof import('node:crypto');
    return crypto.createHash('sha256').update(version).update('\0').update(JSON.stringify(settings)).update('\0').update(text).digest('hex');
  }

  /** Cached messages for a file, if its key matches. */
  get(file: string, key: string): Entry | undefined {
    const entry = this.entries[file];
    return entry && entry.key === key ? entry : undefined;
  }

  /** The key a file's cached results were stored under, if any. */
  keyOf(file: string): string | undefined {
    return this.entries[file]?.key;
  }

  set(file: string, entry: Entry): void {
    this.entries[file] = entry;
    this.dirty = true;
  }

  /** Write the cache if anything changed. */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileSync(this.path, JSON.stringify({ entries: this.entries }));
  }
}
