// The parse floor: a bare script that only imports unified + remark-parse and parses the same files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);
function walk(path) {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  else processor.parse(readFileSync(path, 'utf8'));
}
for (const path of process.argv.slice(2)) walk(path);
