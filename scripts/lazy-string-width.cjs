'use strict';
// Bundle-time stand-in for string-width (scripts/bundle.mjs): the real module builds an
// Intl.Segmenter and large Unicode regular expressions when it loads, about 35 ms that a run
// needs only when it prints help or a stylish report. Load it on first use instead.
let stringWidth;
module.exports = function lazyStringWidth(text, options) {
  stringWidth ??= require('string-width').default;
  return stringWidth(text, options);
};
module.exports.default = module.exports;
