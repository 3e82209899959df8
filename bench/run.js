// npm run bench: whole-process wall time and peak memory of crossfoot against floors measured in
// the same run: `node -e 0` (process start) and a bare unified + remark-parse script over the same
// files. Beside crossfoot, a lower bound: the same files read and parsed with remark-gfm alone
// (bench/gfm-floor.cjs), which no linter built on crossfoot's parser can beat. Each row runs
// crossfoot and its floor alternately, BENCH_RUNS times (default 5), and reports medians, so a
// machine that speeds up or slows down during the run affects both alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';

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
const file = (name, text) => {
  writeFileSync(join(work, name), text);
  return join(work, name);
};
const one = file('one.md', seeds[0]);
for (let i = 0; i < 1000; i++) writeFileSync(join(work, 'many', `r${String(i).padStart(4, '0')}.md`), seeds[i % seeds.length]);
const concat = (bytes) => {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(seeds[i % seeds.length], '\n\n');
    size += Buffer.byteLength(seeds[i % seeds.length]) + 2;
  }
  return parts.join('');
};
const oneMb = file('1mb.md', concat(1024 * 1024));
const tenMb = file('10mb.md', concat(10 * 1024 * 1024));
const MB = 1024 * 1024;
// Adversarial input, about 1 MB each: what a catastrophic regular expression or a recursive walk chokes on.
const adversarial = [
  ['1 MB of `1,1,1,…`', file('commas.md', '1,'.repeat(MB / 2))],
  ['1 MB of `，，，…`', file('fullwidth-commas.md', '，'.repeat(MB / 3))],
  ['50,000 nested parentheses', file('parens.md', `${'（'.repeat(50_000)}1万元${'）'.repeat(50_000)}`)],
  ['one 1 MB line', file('one-line.md', '本年度预算执行率为95.5%，项目资金12.5万元，'.repeat(Math.ceil(MB / 60)).slice(0, MB / 2))],
  ['20,000 nested `>`', file('quotes.md', `${'>'.repeat(20_000)} 合计1万元\n`)],
  ['a number, then 1 MB of spaces', file('spaces.md', `资金1${' '.repeat(MB)}。\n`)],
  ['1 MB of one table row per line', file('rows.md', '项目\t100\t99.5\t99.5%\n'.repeat(Math.ceil(MB / 22)))],
];

const rssFile = join(work, 'rss.txt');
function once(args) {
  writeFileSync(rssFile, '');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(root, 'bench/rss.cjs'), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, mb: Math.max(0, ...readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number)) / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Run each command alternately `runs` times; medians per command. */
function measure(...commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, c) => samples[c].push(once(args)));
  return samples.map((s) => ({ ms: median(s.map((x) => x.ms)), mb: median(s.map((x) => x.mb)) }));
}

// The lower bound under crossfoot's design: reading and parsing with remark-gfm and nothing else,
// bundled and code-cached as crossfoot's CLI is, on as many threads as --concurrency auto uses.
const gfmBundle = join(work, 'parse-gfm.cjs');
await build({ entryPoints: [join(root, 'bench/parse-gfm.js')], outfile: gfmBundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning' });
once([join(root, 'bench/gfm-floor.cjs'), gfmBundle, '--write-code-cache', one]);
const gfmFloor = (...args) => [join(root, 'bench/gfm-floor.cjs'), gfmBundle, ...args];
const cores = availableParallelism();

// The default (stylish) output, as a user runs it: quoting each finding's line is part of the cost.
const crossfoot = (...args) => [join(root, 'bin/crossfoot.js'), ...args];
const parseFloor = (target) => [join(root, 'bench/parse-floor.js'), target];
const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const rows = [];
const row = (input, ours, floorName, floor, target, met) =>
  rows.push(`| ${input} | ${fmt(ours.ms)} | ${floorName} ${fmt(floor.ms)} | ${(ours.ms / floor.ms).toFixed(2)} | ${target} | ${met ? 'met' : 'not met'} | ${ours.mb.toFixed(0)} MB |`);

const [single, start, singleGfm] = measure(crossfoot(one), ['-e', '0'], gfmFloor(one));
row('one report', single, '`node -e 0`', start, '≤ 1.5', single.ms / start.ms <= 1.5);
row('one report, remark-gfm parse alone (lower bound)', singleGfm, '`node -e 0`', start, '≤ 1.5', singleGfm.ms / start.ms <= 1.5);
const [many, manyFloor, manyGfm] = measure(crossfoot('--concurrency', 'auto', join(work, 'many')), parseFloor(join(work, 'many')), gfmFloor('--threads', String(cores), join(work, 'many')));
row(`1,000 reports, \`--concurrency auto\` (${cores} cores)`, many, 'parse', manyFloor, '≤ 1.2', many.ms / manyFloor.ms <= 1.2);
row(`1,000 reports, remark-gfm parse alone on ${cores} threads (lower bound)`, manyGfm, 'parse', manyFloor, '≤ 1.2', manyGfm.ms / manyFloor.ms <= 1.2);
const cacheFile = join(work, 'cache.json');
const cached = crossfoot('--cache', '--cache-location', cacheFile, join(work, 'many'));
const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  rmSync(cacheFile, { force: true });
  cold.push(once(cached));
  warm.push(once(cached));
}
const coldMs = { ms: median(cold.map((x) => x.ms)), mb: 0 };
const warmMs = { ms: median(warm.map((x) => x.ms)), mb: median(warm.map((x) => x.mb)) };
row('1,000 reports again, `--cache`, unchanged', warmMs, 'cold', coldMs, '≤ 0.3', warmMs.ms / coldMs.ms <= 0.3);
const [big, bigFloor, small] = measure(crossfoot(tenMb), parseFloor(tenMb), crossfoot(oneMb));
row('one 10 MB file', big, 'parse', bigFloor, '—', true);
row('one 1 MB file', small, '10 MB file', big, '—', true);

// A 50-page PDF: the seed reports printed by LibreOffice (fixtures/formats), joined by qpdf until
// 50 pages, beside the text crossfoot reads from it (--print-text), as a .md file.
const pdfSeeds = readdirSync(join(root, 'fixtures/formats')).filter((f) => f.startsWith('seed-') && f.endsWith('.pdf')).map((f) => join(root, 'fixtures/formats', f));
const pageCount = (path) => Number(spawnSync('qpdf', ['--show-npages', path], { encoding: 'utf8' }).stdout);
const pdfParts = [];
for (let pages = 0, i = 0; pages < 50; i++) {
  pdfParts.push(pdfSeeds[i % pdfSeeds.length]);
  pages += pageCount(pdfSeeds[i % pdfSeeds.length]);
}
const joinedPdf = join(work, 'joined.pdf');
const fiftyPages = join(work, '50-pages.pdf');
spawnSync('qpdf', ['--empty', '--pages', ...pdfParts, '--', joinedPdf]);
spawnSync('qpdf', ['--empty', '--pages', joinedPdf, '1-50', '--', fiftyPages]);
const fiftyPagesText = file('50-pages.md', spawnSync(process.execPath, [join(root, 'bin/crossfoot.js'), '--print-text', fiftyPages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout);
const [pdf, pdfText] = measure(crossfoot(fiftyPages), crossfoot(fiftyPagesText));
row(`one 50-page PDF (${(readFileSync(fiftyPages).length / 1024 / 1024).toFixed(1)} MB)`, pdf, 'its text as .md', pdfText, '—', true);

// A 20-sheet workbook, each sheet seed 004's form with its numbers as numbers under number formats,
// beside the Markdown text crossfoot reads from it (the same content, as a .md file).
const formRows = readFileSync(join(root, 'fixtures/seed-004-qiannan-2024-form.md'), 'utf8').split('\n').slice(2).map((line) => line.split('\t'));
const workbook = new ExcelJS.Workbook();
for (let s = 1; s <= 20; s++) {
  const sheet = workbook.addWorksheet(`自评表${s}`);
  formRows.forEach((cells, r) =>
    cells.forEach((text, c) => {
      if (text === '') return;
      const cell = sheet.getCell(r + 1, c + 1);
      const number = /^\d+(?:\.(\d+))?$/.exec(text);
      cell.value = number ? Number(text) : text;
      if (number) cell.numFmt = number[1] ? `0.${'0'.repeat(number[1].length)}` : '0';
    }),
  );
}
const workbookPath = join(work, 'workbook.xlsx');
await workbook.xlsx.writeFile(workbookPath);
const workbookText = file('workbook.md', spawnSync(process.execPath, [join(root, 'bin/crossfoot.js'), '--print-text', workbookPath], { encoding: 'utf8', maxBuffer: 64 * MB }).stdout);
const [sheets, sheetsText] = measure(crossfoot(workbookPath), crossfoot(workbookText));
row('a 20-sheet workbook (.xlsx, seed 004\'s form on each sheet)', sheets, 'its text (.md)', sheetsText, '—', true);

const ratio = big.ms / small.ms;
const adversarialRows = adversarial.map(([name, path]) => {
  const [r, parsed] = measure(crossfoot(path), gfmFloor(path));
  return `| ${name} | ${fmt(r.ms)} | ${r.ms < 2000 ? 'met' : 'not met'} | ${r.mb.toFixed(0)} MB | ${fmt(parsed.ms)} |`;
});

console.log(`crossfoot bench: medians of ${runs} runs, whole process, Node.js ${process.version}, ${cores} cores, corpus from ${seeds.length} seed reports\n`);
console.log('| input | time | floor | × floor | target | | peak memory |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const line of rows) console.log(line);
// Linear growth gives about 10; start-up and JIT warm-up, paid once, bring it below that.
console.log(`\n10 MB / 1 MB time: ${ratio.toFixed(1)} (target: linear, at most 12: ${ratio <= 12 ? 'met' : 'not met'}); peak memory ${small.mb.toFixed(0)} MB → ${big.mb.toFixed(0)} MB\n`);
console.log('| adversarial input | crossfoot | under 2 s | peak memory | remark-gfm parse alone |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of adversarialRows) console.log(line);
rmSync(work, { recursive: true, force: true });
