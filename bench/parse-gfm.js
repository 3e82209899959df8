// What every crossfoot run does before it extracts anything: read the files and run crossfoot's
// parse stage (unified + remark-parse + remark-gfm, dist/src/parse.js). bench/run.js bundles this
// module as crossfoot's CLI is bundled, and runs it through bench/gfm-floor.cjs: the lowest time
// any linter built on this parser can reach.
import { readFileSync } from 'node:fs';
import { parse } from '../dist/src/parse.js';

export { filesOf } from './files.js';

/** Parse each file. */
export function parseFiles(files) {
  for (const file of files) parse(readFileSync(file, 'utf8'));
}
