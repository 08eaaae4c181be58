#!/usr/bin/env node
// Runs `prisma generate` offline. Generation itself is WASM; the CLI only checks that a schema
// engine binary exists, and it would try to download one. Pointing it at any existing file
// satisfies the check without a download (see ../shared/docs/ENVIRONMENT.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const prismaBin = `${root}node_modules/.bin/prisma`;
if (!existsSync(prismaBin)) {
  // A production install without dev dependencies: the committed generator output is absent,
  // so say what to do instead of failing obscurely later.
  console.error('dondoc: prisma CLI not installed; run `npm ci` (with dev dependencies) to generate the Prisma client.');
  process.exit(0);
}
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync(prismaBin, ['generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
