// Built-in modules a run loads only when it needs them: each one loaded at start-up costs every
// run a few milliseconds. (A require, not import(): the bundle runs from V8's code cache, where
// import() is unavailable; see bin/load.cjs.)
import { createRequire } from 'node:module';

export const requireBuiltin = createRequire(import.meta.url);
