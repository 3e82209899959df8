// Linting a batch of files: one file at a time on this thread, or spread over worker threads
// (--concurrency). Both paths run the same lintFile, so a file gets the same result either way.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { rules as builtinRules } from '../rules/index.js';
import { ResultCache } from './cache.js';
import { requireBuiltin } from './lazy.js';
import { ConfigError, ConfigResolver } from './config.js';
import { failedResult, lint, type LintResult, type Locale } from './lint.js';
import { CLI, INPUT, LocalizedError, mapText, type Text } from './messages.js';
import { EmptyInputError, FileTooLargeError, InputError, readTextFile, type PlaceSpan } from './read/index.js';
import { withPlaces } from './read/source.js';

/** What every file of a run shares. */
export interface BatchSettings {
  /** --config, or undefined to look config files up. */
  configPath: string | undefined;
  /** --rule flags, already split. */
  overrides: Record<string, string>;
  configLookup: boolean;
  locale: Locale;
  maxFileSize: number;
  /** crossfoot's version, part of the --cache key; undefined without --cache. */
  cacheVersion: string | undefined;
}

/** One file to lint: its absolute path, the path to report, and the --cache key it had last time. */
export interface BatchTask {
  path: string;
  display: string;
  cachedKey?: string;
  /** The text itself, when it does not come from `path` (standard input, named `path` for config lookup). */
  text?: string;
  /** With `text`: the original places of its pieces (a .docx on standard input). */
  places?: PlaceSpan[];
  /** With `text`: a note for stderr about it (standard input was empty). */
  note?: Text;
}

/**
 * What became of one file. Sentences for stderr are Texts, in both languages: an outcome may come
 * back from a worker thread as data, and the CLI shows them in its --locale.
 */
export type FileOutcome =
  /** `note`: a sentence for stderr about the file that is no finding (it is empty). */
  | { kind: 'result'; result: LintResult; key: string | undefined; note?: Text }
  /** --cache: the key matched, so the cached messages stand. */
  | { kind: 'cached'; source: string; key: string; note?: Text }
  /** Not linted: a bad or over-large file (one sentence), or a broken config. */
  | { kind: 'skipped'; message: Text; tooLarge: boolean }
  | { kind: 'config-error'; message: Text };

/** Read one task's file: its text and the original places of its pieces, or why it was not read (in one sentence naming the file as shown). */
export async function readTask(task: BatchTask, maxFileSize: number): Promise<{ text: string; places?: PlaceSpan[]; note?: Text } | Extract<FileOutcome, { kind: 'skipped' }>> {
  try {
    const { text, places } = await readTextFile(task.path, maxFileSize);
    return places ? { text, places } : { text };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const shown = mapText(error.text, (sentence) => sentence.replace(task.path, task.display));
    // An empty file has nothing wrong in it (as in ESLint): linted as no text, with a note.
    if (error instanceof EmptyInputError) return { text: '', note: shown };
    return { kind: 'skipped', message: shown, tooLarge: error instanceof FileTooLargeError };
  }
}

/**
 * Read (unless the task carries its text), configure and lint one file on this thread. An exception
 * while reading it (not an InputError: a bug, or a reader library failing) becomes the file's one
 * `internal-error` message, so the other files of the run are still linted and reported; lint()
 * itself already turns exceptions of parsing, extracting and rules into internal-error messages.
 */
export async function lintFile(task: BatchTask, settings: BatchSettings, resolver: ConfigResolver): Promise<FileOutcome> {
  let read: Awaited<ReturnType<typeof readTask>>;
  try {
    read = task.text !== undefined ? { text: task.text, places: task.places, note: task.note } : await readTask(task, settings.maxFileSize);
  } catch (error) {
    return { kind: 'result', result: failedResult(task.display, '', 'read', error, settings.locale), key: undefined };
  }
  if (!('text' in read)) return read;
  let outcome = await lintSource(read.text, task.display, dirname(task.path), settings, resolver, task.cachedKey);
  if (outcome.kind === 'result' && read.places) outcome = { ...outcome, result: withPlaces(outcome.result, read.places) };
  return read.note !== undefined && (outcome.kind === 'result' || outcome.kind === 'cached') ? { ...outcome, note: read.note } : outcome;
}

/** Configure and lint text read from `folder` (for config lookup); `cachedKey` as in BatchTask. */
async function lintSource(
  text: string,
  display: string,
  folder: string,
  settings: BatchSettings,
  resolver: ConfigResolver,
  cachedKey?: string,
): Promise<FileOutcome> {
  let config: Awaited<ReturnType<ConfigResolver['forFolder']>>;
  try {
    config = await resolver.forFolder(folder);
  } catch (error) {
    if (error instanceof ConfigError) return { kind: 'config-error', message: error.text };
    throw error;
  }
  let key: string | undefined;
  if (settings.cacheVersion !== undefined) {
    key = ResultCache.key(text, settings.cacheVersion, { rules: config.rules, registry: config.registry.map((r) => r.meta.id), plugins: config.plugins, config: config.path, locale: settings.locale });
    if (key === cachedKey) return { kind: 'cached', source: text, key };
  }
  return { kind: 'result', result: lint(text, { filePath: display, rules: config.rules, locale: settings.locale, registry: config.registry }), key };
}

/** A resolver for a run's settings. */
export function resolverFor(settings: BatchSettings): ConfigResolver {
  return new ConfigResolver(builtinRules, settings.configPath, settings.overrides, settings.configLookup);
}

/**
 * How many worker threads --concurrency asks for. `auto` uses them only when the batch is large
 * enough to pay for starting them (each costs about as much as linting 15 reports): at least 40
 * files per worker, and no more workers than cores.
 */
export function workerCount(concurrency: string, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    const workers = Math.min(cores, Math.floor(files / FILES_PER_WORKER));
    return workers >= 2 ? workers : 0;
  }
  const n = Number(concurrency);
  return Math.min(n, files) >= 2 ? Math.min(n, files) : 0;
}

/** Below this many files per worker, `auto` does not start one. */
export const FILES_PER_WORKER = 40;

const workerThreads = () => requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');

/** Whether a --concurrency value is valid: off, auto or a whole number from 1. */
export function isConcurrency(value: string): boolean {
  return value === 'off' || value === 'auto' || /^[1-9]\d*$/.test(value);
}

/** Files a worker is given at a time: small enough to balance the load, large enough that messages cost little. */
const CHUNK = 8;

interface WorkerReply {
  outcomes?: Array<[number, FileOutcome]>;
  crash?: string;
}

/**
 * Lint tasks on `workers` worker threads. Outcomes come back in task order. A worker that fails
 * (not on one file: lintFile makes an exception on a file that file's internal-error) rejects the
 * run with its message.
 * `maxOldGenerationSizeMb` caps each worker's heap (default: Node.js's default for a worker).
 */
export async function lintInWorkers(
  tasks: BatchTask[],
  settings: BatchSettings,
  workers: number,
  entry: URL | string,
  maxOldGenerationSizeMb?: number,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  if (tasks.length === 0) return outcomes;
  // Loaded here: a run on one thread does not need it.
  const { Worker } = workerThreads();
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  const feed = (worker: Worker) => {
    if (next >= tasks.length) return;
    const chunk: Array<[number, BatchTask]> = [];
    for (; next < tasks.length && chunk.length < CHUNK; next++) chunk.push([next, tasks[next]!]);
    worker.postMessage(chunk);
  };
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      for (let i = 0; i < workers; i++) {
        const worker = new Worker(entry, {
          workerData: { crossfootBatch: settings },
          // A larger young generation than a worker's default: less time spent collecting garbage.
          resourceLimits: { maxYoungGenerationSizeMb: 48, ...(maxOldGenerationSizeMb ? { maxOldGenerationSizeMb } : {}) },
        });
        pool.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if (reply.crash !== undefined) return rejectAll(new Error(reply.crash));
          for (const [index, outcome] of reply.outcomes ?? []) outcomes[index] = outcome;
          done += reply.outcomes?.length ?? 0;
          if (done === tasks.length) resolveAll();
          else feed(worker);
        });
        worker.on('error', rejectAll);
        // Workers are only ever terminated (exit code 1) once every outcome is in.
        worker.on('exit', (code) => rejectAll(new LocalizedError(CLI.workerExited(code))));
        feed(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return outcomes;
}

/**
 * Files at least this large (and within --max-file-size) are linted each on a worker thread of its
 * own. Linting takes about 120 bytes of heap per character, more on dense figures, so a file of
 * some tens of megabytes can exhaust Node.js's heap, which on the main thread ends the process with
 * a V8 crash report; a worker that runs out is ended alone and the file is skipped with a warning.
 * Starting the worker costs about as much as linting one report, little next to a file this size.
 */
export const LARGE_FILE = 2 * 1024 * 1024;

/** Whether a task's file is large enough to be linted on a worker of its own (see LARGE_FILE). */
export function isLargeFile(path: string, maxFileSize: number): boolean {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    // Reading it will say what is wrong.
    return false;
  }
  return size >= LARGE_FILE && size <= maxFileSize;
}

/**
 * Lint one large file on a worker thread of its own, with as much heap as this thread has; when it
 * runs out, the file is skipped with a warning naming it.
 */
export async function lintLargeFile(task: BatchTask, settings: BatchSettings, entry: URL | string): Promise<FileOutcome> {
  const v8 = requireBuiltin('node:v8') as typeof import('node:v8');
  const limit = v8.getHeapStatistics().heap_size_limit;
  try {
    return (await lintInWorkers([task], settings, 1, entry, Math.floor(limit / 1024 / 1024)))[0]!;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    return {
      kind: 'skipped',
      tooLarge: true,
      message: INPUT.outOfMemory(task.display, limit),
    };
  }
}

/** The worker side of lintInWorkers: lint each chunk the parent sends, on the parent's settings. */
export function runWorker(): void {
  const { isMainThread, parentPort, workerData } = workerThreads();
  if (isMainThread || !parentPort) throw new Error('runWorker runs in a worker thread started by lintInWorkers.');
  const port = parentPort;
  const settings = (workerData as { crossfootBatch: BatchSettings }).crossfootBatch;
  const resolver = resolverFor(settings);
  port.on('message', (chunk: Array<[number, BatchTask]>) => {
    (async () => {
      const outcomes: Array<[number, FileOutcome]> = [];
      for (const [index, task] of chunk) outcomes.push([index, await lintFile(task, settings, resolver)]);
      port.postMessage({ outcomes } satisfies WorkerReply);
    })().catch((error: unknown) => port.postMessage({ crash: error instanceof Error ? error.message : String(error) } satisfies WorkerReply));
  });
}
