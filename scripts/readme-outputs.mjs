// Regenerate the output examples of README.md and README.en.md (`npm run docs` runs this after
// the build). Each example is the fenced block right after a `<!-- output: node bin/crossfoot.js … -->`
// comment; the command is run from the repository root (arguments split at spaces, no shell) and
// its standard output replaces the block, keeping the block's indentation.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = 'node bin/crossfoot.js ';
const marker = /<!-- output: (.*?) -->\n([ \t]*)```\n[\s\S]*?\n[ \t]*```/g;

for (const file of ['README.md', 'README.en.md']) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const updated = text.replace(marker, (_block, command, indent) => {
    if (!command.startsWith(PREFIX)) throw new Error(`${file}: an output example must run "${PREFIX}…", not "${command}"`);
    const args = command.slice(PREFIX.length).split(' ').filter(Boolean);
    const run = spawnSync(process.execPath, [join(root, 'bin/crossfoot.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    if (run.status !== 0 && run.status !== 1) throw new Error(`${file}: "${command}" exited ${run.status}: ${run.stderr}`);
    const body = run.stdout.replace(/^\n+|\n+$/g, '').split('\n').map((line) => (line ? indent + line : line)).join('\n');
    return `<!-- output: ${command} -->\n${indent}\`\`\`\n${body}\n${indent}\`\`\``;
  });
  if (updated !== text) {
    writeFileSync(path, updated);
    console.log(`${file}: output examples updated`);
  }
}
