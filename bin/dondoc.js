#!/usr/bin/env node
// The `dondoc` command. dondoc is TypeScript: scripts/build-cli.js compiles the CLI to dist/
// (at `npm ci`/`npm install`, `npm test` and `npm run build`), which starts in a fraction of the
// time tsx takes to load and compile the sources on every run. Without a current build, and
// whenever DONDOC_FROM_SOURCE=1, the sources run through tsx's loader as they are.
//
// "Current": dist/build-info.json lists every source file the build bundled with its mtime, and
// any difference (an edit, a checkout, a deleted file) means the build is stale. That is one
// stat per source: ~240 stats, 2-3 ms (bench/cli-start.ts prints it), against ~100 ms for Node
// itself to start. Cheaper checks (a directory's mtime, git's index) miss an edit saved in
// place, and then the CLI would silently run old code; this one never does: a developer who
// has not rebuilt runs the sources, only slower. A new file matters only once a bundled file
// imports it, and that file's mtime changes.
//
// Stack traces point into dist/ (readable, unminified JavaScript). Source maps are built but
// not enabled here, since loading them costs startup time on every run: for traces into the
// TypeScript, run with NODE_OPTIONS=--enable-source-maps or DONDOC_FROM_SOURCE=1.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function currentBuild() {
  if (process.env.DONDOC_FROM_SOURCE === '1') return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(`${root}dist/build-info.json`, 'utf8')).inputs;
  } catch {
    return false; // never built, or a build in progress
  }
  for (const file in inputs) {
    if (statSync(root + file, { throwIfNoEntry: false })?.mtimeMs !== inputs[file]) return false;
  }
  return true;
}

let main;
if (currentBuild()) {
  ({ main } = await import('../dist/program.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/program.ts'));
}
await main(process.argv);
