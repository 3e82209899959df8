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
const codeCache = `${bundle}.cache`;
let loaded;

/** The bundle's exports (main, runWorker), loaded once. */
function loadCli() {
  if (loaded) return loaded.exports;
  const source = fs.readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCache);
  } catch {
    // No cache: compile from source.
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
  });
  // Code compiled from a code cache cannot call import() (Node.js drops its callback), so the
  // bundle loads plugins through this one (importModule in src/lazy.ts).
  globalThis[Symbol.for('crossfoot.importModule')] = (url) => import(url);
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  loaded = { exports: module.exports, script };
  return module.exports;
}

/** Record the code cache of everything compiled so far (the build's warm-up run). */
function writeCodeCache() {
  fs.writeFileSync(codeCache, loaded.script.createCachedData());
}

module.exports = { loadCli };

// `node bin/load.cjs --write-code-cache <cli args>`: run the CLI once, then record the cache.
if (require.main === module && process.argv[2] === '--write-code-cache') {
  fs.rmSync(codeCache, { force: true });
  loadCli()
    .main(process.argv.slice(3))
    .then((code) => {
      if (code === 2) throw new Error('the warm-up run failed');
      writeCodeCache();
    })
    .catch((error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    });
}
