// import() for plugins. Code that V8 compiled from a code cache cannot call import() itself (Node.js
// loses the callback it needs), so bin/load.cjs, which loads the CLI bundle that way, provides one.

const PROVIDED = Symbol.for('crossfoot.importModule');

/** Import an ES module or CommonJS file by URL. */
export function importModule(url: string): Promise<unknown> {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED];
  return typeof provided === 'function' ? (provided as (url: string) => Promise<unknown>)(url) : import(url);
}
