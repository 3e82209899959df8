// The command line: the only place that touches argv, the file walk, stdout and the exit code.
import { fstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yargs from 'yargs';
import { rules as builtinRules } from '../rules/index.js';
import { type BatchSettings, type BatchTask, type FileOutcome, isConcurrency, isLargeFile, LARGE_FILE, lintFile, lintInWorkers, lintLargeFile, readTask, resolverFor, workerCount } from './batch.js';
import { ResultCache } from './cache.js';
import { ConfigError, type ConfigResolver, splitRuleFlags, validateRules } from './config.js';
import { explainRule, RULE_PAGES, SEVERITY_WORDS_ZH } from './docs.js';
import { RULES_ZH } from './rules-zh.js';
import { expandPaths, parseShard, shardOf } from './files.js';
import { formatterLoaders } from './format/load.js';
import { type LintResult, type Locale, resultOf } from './lint.js';
import { CLI, HELP, localeOf, PREFIX, type Text, WHERE, YARGS_ZH } from './messages.js';
import type { AnyRule } from './rule.js';
import { EmptyInputError, InputError, isDocx, readStdin } from './read/index.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
  /** Whether standard input is a terminal (--stdin then says it is waiting). */
  stdinIsTTY?: boolean;
  /** The file standard output is redirected to (`crossfoot . > out.txt`), never taken as an input. */
  stdoutFile?: { dev: number; ino: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The script a --concurrency worker thread runs: beside this module, whether built by tsc or bundled. */
const WORKER_ENTRY = new URL('./worker.js', import.meta.url);

/** The page of a built-in rule, in the package's docs/rules/ (what --explain prints), as a file URL; none for other ids. */
export function ruleDocUrl(id: string): string | undefined {
  if (!builtinRules.some((r) => r.meta.id === id)) return undefined;
  return pathToFileURL(resolve(here, '../..', RULE_PAGES, `${id}.md`)).href;
}

/** The package version. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(resolve(here, '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** `==> file <==` over each text of --print-text, as head(1) writes it. */
const printTextHeader = (file: string) => `==> ${file} <==`;

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new ConfigError(CLI.maxFileSize(value));
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

/** The parser, its help (usage, options, examples) and yargs's own words in `locale`. */
function buildParser(argv: string[], locale: Locale) {
  const describe = (option: keyof typeof HELP.options) => HELP.options[option][locale];
  return yargs(argv)
    .scriptName('crossfoot')
    // A locale set, so that yargs does not take one from the environment; Chinese under a name of
    // crossfoot's own, whose words are all YARGS_ZH (no locale file of yargs is read for it).
    .locale(locale === 'en' ? 'en' : 'crossfoot-zh')
    // yargs takes a plural's { one, other } as well as a string, though its types say string only.
    .updateStrings((locale === 'zh' ? YARGS_ZH : {}) as Record<string, string>)
    .usage(HELP.usage[locale])
    .option('format', { alias: 'f', type: 'string', choices: Object.keys(formatterLoaders), default: 'stylish', describe: describe('format') })
    .option('output', { alias: 'o', type: 'string', describe: describe('output') })
    .option('config', { alias: 'c', type: 'string', describe: describe('config') })
    .option('config-lookup', { type: 'boolean', default: true, describe: describe('config-lookup') })
    .option('rule', { type: 'string', requiresArg: true, describe: describe('rule') })
    .option('stdin', { type: 'boolean', default: false, describe: describe('stdin') })
    .option('stdin-filename', { type: 'string', describe: describe('stdin-filename') })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: describe('quiet') })
    .option('max-warnings', { type: 'string', requiresArg: false, describe: describe('max-warnings') })
    .option('color', { type: 'boolean', describe: describe('color') })
    .option('locale', { type: 'string', choices: ['zh', 'en'], default: 'zh', describe: describe('locale') })
    .option('max-file-size', { type: 'string', default: '50MB', describe: describe('max-file-size') })
    .option('concurrency', { type: 'string', default: 'off', describe: describe('concurrency') })
    .option('cache', { type: 'boolean', default: false, describe: describe('cache') })
    .option('cache-location', { type: 'string', default: '.crossfoot-cache/results.json', describe: describe('cache-location') })
    .option('shard', { type: 'string', describe: describe('shard') })
    .option('print-text', { type: 'boolean', default: false, describe: describe('print-text') })
    .option('annotate', { type: 'string', describe: describe('annotate') })
    .option('lsp', { type: 'boolean', default: false, describe: describe('lsp') })
    .option('stdio', { type: 'boolean', hidden: true, describe: describe('stdio') })
    .option('explain', { type: 'string', describe: describe('explain') })
    .option('list-rules', { type: 'boolean', default: false, describe: describe('list-rules') })
    .example(HELP.examples.map((example) => example[locale]))
    .help('help', describe('help'))
    .alias('help', 'h')
    .version('version', describe('version'), version())
    .alias('version', 'v')
    .strictOptions()
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns ?? 100));
}

/** --list-rules as JSON: each rule's id, default severity, description, default options and their schema. */
export function listRulesJson(registry: readonly AnyRule[] = builtinRules): string {
  return `${JSON.stringify(registry.map(({ meta }) => ({ id: meta.id, severity: meta.severity, description: meta.description, defaultOptions: meta.defaultOptions, ...(meta.schema ? { schema: meta.schema } : {}) })))}\n`;
}

/**
 * Lines for --list-rules: each rule's id, default severity and what it checks, in `locale`: in
 * Chinese, the severity as 错误 or 警告 and the rule's Chinese title (rules-zh.ts), or its own
 * description for a rule that has none (a plugin's).
 */
export function listRules(registry: readonly AnyRule[] = builtinRules, locale: Locale = 'zh'): string {
  const width = Math.max(...registry.map((r) => r.meta.id.length));
  const severity = (s: AnyRule['meta']['severity']) => (locale === 'zh' ? SEVERITY_WORDS_ZH[s] : s.padEnd(5));
  const what = (r: AnyRule) => (locale === 'zh' ? (RULES_ZH[r.meta.id]?.title ?? r.meta.description) : r.meta.description);
  return registry.map((r) => `${r.meta.id.padEnd(width)}  ${severity(r.meta.severity)}  ${what(r)}`).join('\n') + '\n';
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  // Read before parsing: yargs writes --help and its own errors while it parses.
  const locale = localeOf(argv);
  /** A sentence on stderr, in the run's language: `crossfoot: ` and the sentence. */
  const say = (text: Text) => io.stderr(`${PREFIX.line[locale]}${text[locale]}\n`);
  let args: Awaited<ReturnType<ReturnType<typeof buildParser>['parseAsync']>>;
  let helpOutput = '';
  try {
    const parser = buildParser(argv, locale);
    args = await parser.parseAsync(argv, {}, (err, _argv, output) => {
      if (output) helpOutput = output;
      if (err) throw err;
    });
  } catch (error) {
    io.stderr(`${PREFIX.line[locale]}${(error as Error).message}\n${CLI.seeHelp[locale]}\n`);
    return 2;
  }
  if (args.help || args.version) {
    io.stdout(helpOutput + '\n');
    return 0;
  }
  if (args.lsp) {
    // Loaded only here: the language server costs start-up time the linter does not need.
    const { startLanguageServer } = await import('./lsp.js');
    startLanguageServer(ruleDocUrl, process.stdin, process.stdout, Boolean(io.env.CROSSFOOT_DEBUG));
    return await new Promise<number>(() => {});
  }

  let exitCode = 0;
  const fail = (message: Text) => {
    say(message);
    exitCode = 2;
  };
  const warn = (message: Text) => say({ zh: `${PREFIX.warning.zh}${message.zh}`, en: `${PREFIX.warning.en}${message.en}` });
  const note = (message: Text) => say({ zh: `${PREFIX.note.zh}${message.zh}`, en: `${PREFIX.note.en}${message.en}` });

  let settings: BatchSettings;
  let resolver: ConfigResolver;
  try {
    const overrides = splitRuleFlags(([] as Array<string | undefined>).concat(args.rule).filter((r): r is string => r !== undefined));
    // Ids of built-in rules are checked now; plugin ids once the config has loaded its plugins.
    validateRules(Object.fromEntries(Object.entries(overrides).filter(([id]) => !id.includes('/'))), builtinRules, WHERE.ruleFlag);
    if (args.shard !== undefined && !parseShard(args.shard)) throw new ConfigError(CLI.shard(args.shard));
    if (args.maxWarnings !== undefined && !/^\d+$/.test(args.maxWarnings)) throw new ConfigError(CLI.maxWarnings(args.maxWarnings));
    if (!isConcurrency(args.concurrency)) throw new ConfigError(CLI.concurrency(args.concurrency));
    settings = {
      configPath: args.config ? resolve(io.cwd, args.config) : undefined,
      overrides,
      configLookup: args.configLookup,
      locale,
      maxFileSize: parseSize(args.maxFileSize),
      cacheVersion: args.cache ? version() : undefined,
    };
    resolver = resolverFor(settings);
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(error.text);
      return 2;
    }
    throw error;
  }
  if (args.listRules || args.explain !== undefined) {
    // Plugin rules too: those of the config that applies in the working folder (or --config).
    let registry: readonly AnyRule[];
    try {
      registry = (await resolver.forFolder(io.cwd)).registry;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      fail(error.text);
      return 2;
    }
    if (args.listRules) {
      io.stdout(args.format === 'json' ? listRulesJson(registry) : listRules(registry, locale));
      return 0;
    }
    if (args.explain === '') {
      fail(CLI.explainNeedsId);
      return 2;
    }
    const text = explainRule(args.explain!, registry, locale);
    if (!text) {
      fail(CLI.unknownRule(args.explain!));
      return 2;
    }
    io.stdout(text);
    return 0;
  }
  const patterns = (args._ as Array<string | number>).map(String);
  const useStdin = args.stdin || patterns.includes('-');
  if (useStdin && patterns.some((p) => p !== '-')) {
    fail(CLI.stdinWithFiles);
    return 2;
  }
  const results: LintResult[] = [];
  let skippedTooLarge = 0;

  const cache = args.cache ? new ResultCache(resolve(io.cwd, args.cacheLocation)) : undefined;
  /** Take one file's outcome into the results; false on a config error, which ends the run. */
  const take = (outcome: FileOutcome, display: string, path: string): boolean => {
    switch (outcome.kind) {
      case 'config-error':
        fail(outcome.message);
        return false;
      case 'skipped':
        if (outcome.tooLarge) {
          warn(outcome.message);
          skippedTooLarge++;
        } else fail(outcome.message);
        return true;
      case 'cached': {
        if (outcome.note !== undefined) note(outcome.note);
        const hit = cache!.get(path, outcome.key)!;
        results.push({ ...resultOf(display, hit.messages, hit.internalErrorCount, outcome.source), ...(hit.stats ? { stats: hit.stats, relations: hit.relations ?? [] } : {}) });
        return true;
      }
      case 'result':
        if (outcome.note !== undefined) note(outcome.note);
        // An exception on this file is its internal-error message; its stack only when debugging.
        if (io.env.CROSSFOOT_DEBUG) for (const stack of outcome.result.internalErrorStacks ?? []) say(CLI.internalErrorIn(display, stack));
        // A run where a rule or a stage crashed is not worth remembering.
        if (cache && outcome.key !== undefined && outcome.result.internalErrorCount === 0) {
          cache.set(path, { key: outcome.key, messages: outcome.result.messages, internalErrorCount: 0, stats: outcome.result.stats, relations: outcome.result.relations });
        }
        results.push(outcome.result);
        return true;
    }
  };

  if (useStdin) {
    const name = args.stdinFilename ?? '<stdin>';
    if (io.stdinIsTTY) say(CLI.stdinWaiting);
    try {
      let read: { text: string; places?: BatchTask['places']; note?: Text };
      try {
        read = await readStdin(name, io.stdin);
      } catch (error) {
        if (!(error instanceof EmptyInputError)) throw error;
        read = { text: '', note: error.text };
      }
      const { text } = read;
      // Config lookup starts beside --stdin-filename, or in the working folder.
      const path = resolve(io.cwd, name);
      const task: BatchTask = { path, display: name, cachedKey: cache?.keyOf(path), text, ...(read.places ? { places: read.places } : {}), ...(read.note !== undefined ? { note: read.note } : {}) };
      const outcome = Buffer.byteLength(text) >= LARGE_FILE ? await lintLargeFile(task, settings, WORKER_ENTRY) : await lintFile(task, settings, resolver);
      if (!take(outcome, name, path)) return 2;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fail(error.text);
    }
  }
  const filePatterns = patterns.filter((p) => p !== '-');
  if (!useStdin && filePatterns.length === 0) {
    fail(CLI.noFiles);
    return 2;
  }
  const expanded = await expandPaths(filePatterns);
  const output = args.output ? resolve(io.cwd, args.output) : undefined;
  const named = new Set(filePatterns.map((p) => resolve(io.cwd, p)));
  // The report itself is never an input: --output found in a folder (a second run of `-o result.txt .`),
  // or the file standard output is redirected to (`crossfoot . > out.txt`).
  const isReportFile = (file: string): boolean => {
    const path = resolve(io.cwd, file);
    if (output === path && !named.has(path)) return true;
    if (!io.stdoutFile) return false;
    try {
      const info = statSync(path);
      return info.dev === io.stdoutFile.dev && info.ino === io.stdoutFile.ino;
    } catch {
      return false;
    }
  };
  const inputs = expanded.files.filter((f) => !isReportFile(f));
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  const files = shard ? inputs.filter((f) => shardOf(f, shard.count) === shard.index - 1) : inputs;
  for (const error of expanded.errors) fail(error.text);
  if (expanded.unreadable.length > 0) {
    const extensions = [...new Set(expanded.unreadable.map((f) => extname(f).toLowerCase()))].sort();
    warn(CLI.skippedUnreadable(expanded.unreadable.length, extensions));
  }
  if (output && files.some((f) => resolve(io.cwd, f) === output)) {
    fail(CLI.outputIsInput(args.output!));
    return 2;
  }
  if (args.annotate !== undefined) {
    const target = resolve(io.cwd, args.annotate);
    if (files.length !== 1 || !isDocx(files[0]!) || !isDocx(target)) {
      fail(CLI.annotateUsage);
      return 2;
    }
    if (resolve(io.cwd, files[0]!) === target) {
      fail(CLI.annotateIsInput(args.annotate));
      return 2;
    }
  }
  if (args.printText) {
    for (const [i, file] of files.entries()) {
      const read = await readTask({ path: resolve(io.cwd, file), display: file }, settings.maxFileSize);
      // Several files: each text under its name, as head(1) does.
      if (files.length > 1) io.stdout(`${i > 0 ? '\n' : ''}${printTextHeader(file)}\n`);
      if ('text' in read) io.stdout(read.text.endsWith('\n') ? read.text : `${read.text}\n`);
      else fail(read.message);
    }
    return exitCode;
  }
  const tasks: BatchTask[] = files.map((file) => {
    const path = resolve(io.cwd, file);
    return { path, display: file, cachedKey: cache?.keyOf(path) };
  });
  // Large files go each to a worker of its own, where running out of memory skips only that file.
  const large = tasks.map((task) => isLargeFile(task.path, settings.maxFileSize));
  const rest = tasks.filter((_, i) => !large[i]);
  const workers = workerCount(args.concurrency, rest.length);
  const pooled = workers > 0 ? await lintInWorkers(rest, settings, workers, WORKER_ENTRY) : undefined;
  let next = 0;
  for (const [i, task] of tasks.entries()) {
    const outcome = large[i] ? await lintLargeFile(task, settings, WORKER_ENTRY) : pooled ? pooled[next++]! : await lintFile(task, settings, resolver);
    if (!take(outcome, task.display, task.path)) return 2;
  }
  // Every file (or standard input) was too large to lint: there was nothing to lint.
  if (skippedTooLarge > 0 && results.length === 0) exitCode = 2;

  cache?.save();
  const shown = args.quiet ? results.map(errorsOnly) : results;
  if (args.annotate !== undefined && results.length === 1) {
    const { annotateDocx } = await import('./read/docx.js');
    const input = resolve(io.cwd, results[0]!.filePath);
    const annotated = await annotateDocx(readFileSync(input), input, shown[0]!.messages.map((m) => ({ ...m, text: locale === 'zh' ? `${m.message}（${m.ruleId}）` : `${m.message} (${m.ruleId})` })));
    const target = resolve(io.cwd, args.annotate);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, annotated);
  }
  const color = args.output ? false : args.color ?? (io.isTTY && !io.env.NO_COLOR);
  const format = await formatterLoaders[args.format]!();
  const formatted = format(shown, { color, cwd: io.cwd, rules: builtinRules.map((r) => r.meta), version: version(), ruleHelp: (id) => explainRule(id), locale });
  if (args.output) {
    const output = resolve(io.cwd, args.output);
    try {
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, formatted);
    } catch (error) {
      fail(CLI.cannotWrite(args.output, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
  } else if (formatted !== '') {
    io.stdout(formatted.endsWith('\n') ? formatted : `${formatted}\n`);
  }

  if (exitCode === 2 || results.some((r) => r.internalErrorCount > 0)) return 2;
  const errors = shown.reduce((n, r) => n + r.errorCount, 0);
  const warnings = shown.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  const maxWarnings = args.maxWarnings === undefined ? undefined : Number(args.maxWarnings);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`${CLI.tooManyWarnings(maxWarnings)[locale]}\n`);
    return 1;
  }
  return 0;
}

function errorsOnly(result: LintResult): LintResult {
  // The coverage stays: it says what was checked, not what is shown.
  const quiet = resultOf(result.filePath, result.messages.filter((m) => m.severity === 2), result.internalErrorCount, result.source);
  return result.stats ? { ...quiet, stats: result.stats, relations: result.relations ?? [] } : quiet;
}

/** The regular file standard output is redirected to, if it is one. */
function stdoutFile(): CliIO['stdoutFile'] {
  try {
    const info = fstatSync(1);
    return info.isFile() ? { dev: info.dev, ino: info.ino } : undefined;
  } catch {
    return undefined;
  }
}

function defaultIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // Opened on first use: only --stdin reads it, and opening it costs a few milliseconds.
    get stdin() {
      return process.stdin;
    },
    isTTY: Boolean(process.stdout.isTTY),
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stdoutFile: stdoutFile(),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** The worker side of --concurrency, for the bundle's worker script. */
export { runWorker } from './batch.js';
