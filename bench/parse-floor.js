// The parse floor: a bare script that only imports unified + remark-parse and parses the same files.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { filesOf } from './files.js';

const processor = unified().use(remarkParse);
for (const file of filesOf(process.argv.slice(2))) processor.parse(readFileSync(file, 'utf8'));
