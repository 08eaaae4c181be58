#!/usr/bin/env node
// Compiles the `dondoc` CLI (cli/program.ts and everything it imports from this repo) to
// JavaScript under dist/, so bin/dondoc.js can start without tsx compiling TypeScript on every
// run. node_modules stay external. `splitting` turns each `await import()` inside a command
// action into its own chunk, loaded only when that command runs.
//
// Writes dist/build-info.json: every source file bundled (esbuild's metafile inputs) with the
// mtime it had, which bin/dondoc.js compares against to detect a stale build.
//
// The build goes to a fresh directory that then replaces dist/ by rename, so a `dondoc`
// starting meanwhile sees either the old complete build, none (and runs from source), or the
// new one; never half of one. Runs from `postinstall` (after prisma generate: the Prisma
// client it bundles is generated TypeScript), `pretest` and `npm run build`.
//
// `--optional` (postinstall): a failed build is reported but does not fail the install, so
// `npm install` still works in a working tree that does not compile; bin/dondoc.js then runs
// the sources through tsx.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDirectory = join(root, 'dist');
const nextDirectory = join(root, `dist.next-${process.pid}`);
const oldDirectory = join(root, `dist.old-${process.pid}`);

if (!existsSync(join(root, 'prisma', 'generated', 'client.ts'))) {
  // A production install without dev dependencies has no generated Prisma client to bundle
  // (scripts/prisma-generate.js said so); bin/dondoc.js then runs from source and fails there.
  console.error('dondoc: prisma/generated is missing; not building dist/ (run `npm ci` with dev dependencies).');
  process.exit(0);
}

const optional = process.argv.includes('--optional');
const startedAt = Date.now();
rmSync(nextDirectory, { recursive: true, force: true });
try {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { program: 'cli/program.ts' },
    outdir: nextDirectory,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });

  // A file changed while esbuild was reading may have been bundled half-saved: record an
  // impossible mtime for it, so the build counts as stale until the next one.
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs).sort()) {
    const { mtimeMs } = statSync(join(root, input));
    inputs[input] = mtimeMs < startedAt ? mtimeMs : -1;
  }
  writeFileSync(join(nextDirectory, 'build-info.json'), `${JSON.stringify({ builtAt: new Date(startedAt).toISOString(), inputs }, null, 1)}\n`);
  // For inspecting what a chunk pulls in (e.g. with esbuild's analyzer), named as they end up.
  const metafile = JSON.stringify(result.metafile).replaceAll(`${basename(nextDirectory)}/`, 'dist/');
  writeFileSync(join(nextDirectory, 'metafile.json'), metafile);

  if (existsSync(distDirectory)) renameSync(distDirectory, oldDirectory);
  renameSync(nextDirectory, distDirectory);
  rmSync(oldDirectory, { recursive: true, force: true });
  const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')).length;
  console.log(`dondoc: built dist/ (${Object.keys(inputs).length} sources, ${files} files) in ${Date.now() - startedAt} ms`);
} catch (error) {
  rmSync(nextDirectory, { recursive: true, force: true });
  // esbuild has printed the errors already.
  if (!(error instanceof Error && 'errors' in error)) console.error(error);
  if (optional) console.error('dondoc: the CLI was not built; bin/dondoc.js runs from source (slower) until `npm run build` succeeds.');
  process.exit(optional ? 0 : 1);
}
