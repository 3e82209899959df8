#!/usr/bin/env node
// crossfoot's executable: runs the bundled CLI and turns any unexpected failure into one line and exit 2.
// CommonJS (bin/package.json), so that starting it skips the ES module loader.
'use strict';
const { loadCli } = require('./load.cjs');

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

let main;
try {
  ({ main } = loadCli());
} catch (error) {
  process.stderr.write(`crossfoot: cannot start (${error instanceof Error ? error.message : String(error)}); run npm run build.\n`);
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`crossfoot: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CROSSFOOT_DEBUG) process.stderr.write(`${error?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
