'use strict';
// Bundle-time stand-in for node:assert in yargs's platform shim (scripts/bundle.mjs). Loading
// node:assert at start-up also loads Node.js's colour support, which opens the stderr stream:
// about 5 ms a run. yargs uses two of its functions to check its own invariants on every run;
// they are checked here the way node:assert checks them (Object.is), and node:assert loads only
// to throw its own error when one fails.
module.exports = {
  notStrictEqual(actual, expected, message) {
    if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message);
  },
  strictEqual(actual, expected, message) {
    if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message);
  },
};
