// npm run bench: whole-process wall time and peak memory of crossfoot against floors measured in
// the same run (node -e 0, and a bare unified + remark-parse script over the same files).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const seedDir = existsSync(join(root, '../shared/seeds')) ? join(root, '../shared/seeds') : join(root, 'fixtures');
const seeds = readdirSync(seedDir)
  .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
  .sort()
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

const work = join(tmpdir(), 'crossfoot-bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'many'), { recursive: true });
writeFileSync(join(work, 'one.md'), seeds[0]);
for (let i = 0; i < 1000; i++) writeFileSync(join(work, 'many', `r${String(i).padStart(4, '0')}.md`), seeds[i % seeds.length]);
const concat = (bytes) => {
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${seeds[i % seeds.length]}\n\n`;
  return text;
};
writeFileSync(join(work, '1mb.md'), concat(1024 * 1024));
writeFileSync(join(work, '10mb.md'), concat(10 * 1024 * 1024));

const rssFile = join(work, 'rss.txt');
function measure(args) {
  const times = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(rssFile, '');
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', join(root, 'bench/rss.cjs'), ...args], {
      cwd: root,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    rss.push(Math.max(0, ...readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number)));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(times), mb: median(rss) / 1024 };
}

const crossfoot = (target) => [join(root, 'bin/crossfoot.js'), '--format', 'json', target];
const parseFloor = (target) => [join(root, 'bench/parse-floor.js'), target];
const start = measure(['-e', '0']);
const rows = [];
for (const [name, target] of [
  ['one report', join(work, 'one.md')],
  ['1,000 reports', join(work, 'many')],
  ['1 MB file', join(work, '1mb.md')],
  ['10 MB file', join(work, '10mb.md')],
]) {
  const ours = measure(crossfoot(target));
  const floor = measure(parseFloor(target));
  rows.push({ name, ours, floor });
}

const fmt = (n) => n.toFixed(0);
console.log(`crossfoot bench: median of ${runs} runs, whole process, ${process.version}, ${readdirSync(seedDir).length} seed files`);
console.log(`floor: node -e 0 = ${fmt(start.ms)} ms, ${start.mb.toFixed(0)} MB\n`);
console.log('| input | crossfoot | × node -e 0 | parse floor | × parse floor | peak memory |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { name, ours, floor } of rows) {
  console.log(
    `| ${name} | ${fmt(ours.ms)} ms | ${(ours.ms / start.ms).toFixed(2)} | ${fmt(floor.ms)} ms | ${(ours.ms / floor.ms).toFixed(2)} | ${ours.mb.toFixed(0)} MB |`,
  );
}
const oneMb = rows.find((r) => r.name === '1 MB file').ours.ms;
const tenMb = rows.find((r) => r.name === '10 MB file').ours.ms;
console.log(`\n10 MB / 1 MB time ratio: ${(tenMb / oneMb).toFixed(1)} (linear growth is about 10)`);
rmSync(work, { recursive: true, force: true });
