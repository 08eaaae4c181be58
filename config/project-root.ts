// Where dondoc's own files are (plans/, prisma/, workflows/, node_modules/). A module cannot use
// its own `import.meta.url` for that: run from source it is `<root>/config/…`, but bundled by
// scripts/build-cli.js it is `<root>/dist/…` (or a chunk under it). So walk up from wherever
// this code ended up to the directory whose package.json names this package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'dondoc';

function findProjectRoot(start: string): string {
  for (let directory = start; ; ) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: unknown };
      if (manifest.name === PACKAGE_NAME) return directory;
    } catch {
      // No (readable) package.json here: keep walking up.
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`dondoc: no package.json named "${PACKAGE_NAME}" above ${start}`);
    directory = parent;
  }
}

/** The package's root directory (the one holding its package.json). */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. `projectPath('plans', 'x.yaml')`. */
export function projectPath(...segments: string[]): string {
  return join(projectRoot, ...segments);
}

/** `require` resolving from the package root, so dependencies resolve the same from source and from dist/. */
export const projectRequire = createRequire(join(projectRoot, 'package.json'));
