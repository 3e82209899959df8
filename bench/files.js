// The files under the paths a bench floor is given, in walking order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesOf(paths) {
  const files = [];
  const walk = (path) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else files.push(path);
  };
  for (const path of paths) walk(path);
  return files;
}
