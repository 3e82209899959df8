// Build step beside tsc: bundle the CLI from the TypeScript sources into one CommonJS file
// (dist/bundle/crossfoot.cjs) and record V8's code cache for it, so that a run starts without
// resolving, reading and compiling hundreds of modules. bin/crossfoot.js loads it through
// bin/load.cjs; the library API (dist/src, from tsc) is not bundled. The bundle needs esbuild
// only, not tsc: the GitHub action installs the runtime dependencies and esbuild alone (in a
// folder of its own, named by CROSSFOOT_BUNDLER) and runs this script.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundler = process.env.CROSSFOOT_BUNDLER;
const { build } = createRequire(bundler ? join(resolve(bundler), 'package.json') : import.meta.url)('esbuild');
const out = join(root, 'dist/bundle');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Modules replaced in the bundle by stand-ins that load them on first use (see each stand-in);
// `from` limits a stand-in to the importers it was written for.
const lazy = {
  'string-width': { path: join(root, 'scripts/lazy-string-width.cjs') },
  assert: { path: join(root, 'scripts/lazy-assert.cjs'), from: /[\\/]node_modules[\\/]yargs[\\/]/ },
};
const lazyFilter = new RegExp(`^(${Object.keys(lazy).join('|')})$`);
const standIn = ({ path, importer }) => {
  const { path: file, from } = lazy[path];
  // The stand-in itself requires the real module.
  if (importer === file || (from && !from.test(importer))) return undefined;
  return { path: file };
};
await build({
  plugins: [
    {
      name: 'lazy-modules',
      setup(b) {
        b.onResolve({ filter: lazyFilter }, standIn);
      },
    },
  ],
  entryPoints: [join(root, 'src/cli.ts')],
  outfile: join(out, 'crossfoot.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Minified: less to read and deserialize at start-up (about 10 ms a run).
  minify: true,
  // The bundle sits two folders below the package root, like dist/src/cli.js, so paths it
  // resolves from its own URL (package.json, the worker script) stay right.
  define: { 'import.meta.url': '__crossfootUrl' },
  banner: { js: "var __crossfootUrl = require('node:url').pathToFileURL(__filename).href;" },
});
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
// A --concurrency worker thread loads the same bundle (batch.ts starts ./worker.js beside it).
writeFileSync(
  join(out, 'worker.js'),
  "// The entry point of a --concurrency worker thread: the bundle, as bin/crossfoot.js loads it.\nrequire('../../bin/load.cjs').loadCli().runWorker();\n",
);

// Record the code cache after linting the sample reports, so the functions a run needs are in it.
// The seeds only: fixtures/formats holds files crossfoot must refuse (a scan, an encrypted PDF).
const warm = spawnSync(process.execPath, [join(root, 'bin/load.cjs'), '--write-code-cache', 'fixtures/*.md'], {
  cwd: root,
  encoding: 'utf8',
});
if (warm.status !== 0) {
  process.stderr.write(`bundle: recording the code cache failed (${warm.status}): ${warm.stderr}\n`);
  process.exit(1);
}
