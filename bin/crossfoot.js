#!/usr/bin/env node
// crossfoot's executable: runs the bundled CLI and turns any unexpected failure into one line and exit 2.
// CommonJS (bin/package.json), so that starting it skips the ES module loader.
'use strict';
const { loadCli } = require('./load.cjs');

// The language of these last-resort lines: the CLI's --locale, read here as the CLI reads it
// (src/messages.ts localeOf), since the bundle that knows it may be what failed to load.
const english = (() => {
  let locale = 'zh';
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice(9) : undefined;
    if (value !== undefined) locale = value === 'en' ? 'en' : 'zh';
  }
  return locale === 'en';
})();
/** An error's sentence: its `text` in the run's language when it has one (crossfoot's own errors do). */
const sentence = (error) => (error && error.text ? error.text[english ? 'en' : 'zh'] : error instanceof Error ? error.message : String(error));

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

let main;
try {
  ({ main } = loadCli());
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(english ? `crossfoot: cannot start (${reason}); run npm run build.\n` : `crossfoot：无法启动（${reason}），请先运行 npm run build。\n`);
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(english ? `crossfoot: internal error: ${sentence(error)}\n` : `crossfoot：内部错误：${sentence(error)}\n`);
    if (process.env.CROSSFOOT_DEBUG) process.stderr.write(`${error?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
