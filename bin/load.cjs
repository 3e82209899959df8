'use strict';
// Loads crossfoot's one-file CLI bundle (dist/bundle/crossfoot.cjs, made by scripts/bundle.mjs)
// with V8's code cache recorded at build time, so start-up skips compiling it. When the cache was
// made by another Node.js version V8 rejects it and the bundle is compiled as usual: slower, same
// result.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const bundle = path.join(__dirname, '../dist/bundle/crossfoot.cjs');
let loaded;

/**
 * Run a CommonJS bundle from its source and the code cache beside it (`<file>.cache`, if any);
 * its module.exports and the script, whose cache writeCodeCache records.
 */
function loadBundle(file) {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    // No cache: compile from source.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  // Code compiled from a code cache cannot call import() (Node.js drops its callback), so the
  // bundle loads plugins through this one (importModule in src/lazy.ts).
  globalThis[Symbol.for('crossfoot.importModule')] = (url) => import(url);
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, file };
}

/** The CLI bundle's exports (main, runWorker), loaded once. */
function loadCli() {
  loaded ??= loadBundle(bundle);
  return loaded.exports;
}

/** Record the code cache of everything a loaded bundle has compiled so far (after a warm-up run). */
function writeCodeCache({ script, file }) {
  fs.writeFileSync(`${file}.cache`, script.createCachedData());
}

module.exports = { loadBundle, loadCli, writeCodeCache };

// `node bin/load.cjs --write-code-cache <cli args>`: run the CLI once, then record the cache.
if (require.main === module && process.argv[2] === '--write-code-cache') {
  fs.rmSync(`${bundle}.cache`, { force: true });
  loadCli()
    .main(process.argv.slice(3))
    .then((code) => {
      if (code === 2) throw new Error('the warm-up run failed');
      writeCodeCache(loaded);
    })
    .catch((error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    });
}
