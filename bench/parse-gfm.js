// What every crossfoot run does before it extracts anything: read the files and parse them with
// unified + remark-parse + remark-gfm. bench/run.js bundles this module as crossfoot's CLI is
// bundled, and runs it through bench/gfm-floor.cjs: the lowest time any linter built on this
// parser can reach.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The files under the given paths, in walking order. */
export function filesOf(paths) {
  const files = [];
  const walk = (path) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else files.push(path);
  };
  for (const path of paths) walk(path);
  return files;
}

/** Parse each file. Like crossfoot's parse stage, give up on a file nested too deep for the stack. */
export function parseFiles(files) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const file of files) {
    try {
      processor.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
}
