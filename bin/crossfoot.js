#!/usr/bin/env node
// crossfoot's executable: runs the built CLI and turns any unexpected failure into one line and exit 2.
import { main } from '../dist/src/cli.js';

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

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
