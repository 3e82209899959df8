'use strict';
// node bench/gfm-floor.cjs <bundle of parse-gfm.js> [--threads n] [--write-code-cache] <paths…>
// Loads the bundle as bin/crossfoot.js loads crossfoot's (bin/load.cjs: V8 code cache) and parses
// the files with remark-gfm, split over n threads (this one and n − 1 workers), doing nothing else.
const { isMainThread, Worker, workerData } = require('node:worker_threads');
const { loadBundle, writeCodeCache } = require('../bin/load.cjs');

if (isMainThread) {
  const [bundle, ...rest] = process.argv.slice(2);
  let threads = 1;
  let writeCache = false;
  const paths = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--threads') threads = Number(rest[++i]);
    else if (rest[i] === '--write-code-cache') writeCache = true;
    else paths.push(rest[i]);
  }
  const loaded = loadBundle(bundle);
  const files = loaded.exports.filesOf(paths);
  const share = (t) => files.filter((_, i) => i % threads === t);
  for (let t = 1; t < threads; t++) new Worker(__filename, { workerData: { bundle, files: share(t) } });
  loaded.exports.parseFiles(share(0));
  if (writeCache) writeCodeCache(loaded);
} else {
  loadBundle(workerData.bundle).exports.parseFiles(workerData.files);
}
