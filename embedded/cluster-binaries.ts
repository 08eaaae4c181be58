// Finds or builds the Temporal server's own binaries for a cluster (#15): the server (frontend,
// history, matching and internal-worker services in one executable, each started by name) and
// its SQL schema tool, and the Web UI server. Same release line as the CLI's embedded dev server (1.29.1).
//
// Lookup order, as for the CLI (embedded/temporal-binaries.ts):
//   1. explicit path in TEMPORAL_SERVER_PATH / TEMPORAL_SQL_TOOL_PATH
//   2. `temporal-server` / `temporal-sql-tool` on PATH
//   3. the dondoc cache (~/.cache/dondoc/bin, or DONDOC_CACHE_DIR/bin)
//   4. a build with Go from the module proxy into that cache (about 4 minutes each, once)
// There is no prebuilt wheel for the server (the PyPI wheels hold the CLI only).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDirectory } from './cache-directory';
import { findOnPath, isExecutable } from './executables';
import { withDirectoryLock } from './directory-lock';

/** The server release the CLI v1.5.1 embeds; go.temporal.io/server has no `replace` directive and builds with `go install`. */
export const temporalServerVersion = 'v1.29.1';
export const temporalServerModule = 'go.temporal.io/server';

export type ClusterBinaryKind = 'server' | 'sql-tool' | 'ui-server';

/**
 * The Web UI server is its own Go module. v2.42.1 is the release the CLI v1.5.1 embeds: it
 * builds with the Go here (v2.58 wants Go ≥ 1.26.10) and its module carries the built UI assets.
 */
export const temporalUiServerModule = 'github.com/temporalio/ui-server/v2/cmd/server@v2.42.1';

const binaries = {
  server: { variable: 'TEMPORAL_SERVER_PATH', name: 'temporal-server', module: `${temporalServerModule}/cmd/server@${temporalServerVersion}`, goOutput: 'server', what: 'Temporal server' },
  'sql-tool': { variable: 'TEMPORAL_SQL_TOOL_PATH', name: 'temporal-sql-tool', module: `${temporalServerModule}/cmd/tools/sql@${temporalServerVersion}`, goOutput: 'sql', what: 'Temporal SQL schema tool' },
  'ui-server': { variable: 'TEMPORAL_UI_SERVER_PATH', name: 'temporal-ui-server', module: temporalUiServerModule, goOutput: 'server', what: 'Temporal Web UI server' },
} as const;

export class ClusterBinaryNotFoundError extends Error {
  override name = 'ClusterBinaryNotFoundError';
  constructor(
    readonly kind: ClusterBinaryKind,
    readonly attempts: string[],
  ) {
    const { variable, name } = binaries[kind];
    super(
      `Could not find or build the ${binaries[kind].what}. Tried:\n${attempts.map((line) => `  - ${line}`).join('\n')}\n` +
        `Set ${variable} to an executable, put \`${name}\` on PATH, or install Go ≥ 1.25 (with access to the Go module proxy) so dondoc can build it.`,
    );
  }
}

/** Where the built binary lives in the cache. */
export function cachedClusterBinaryPath(kind: ClusterBinaryKind, env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDirectory(env), 'bin', binaries[kind].name);
}

export type TClusterBinaryLookup = { found: string; via: 'variable' | 'path' | 'cache' } | { found: null; attempts: string[] };

/**
 * The pure part of the lookup: steps 1–3, without building. An explicit setting that is wrong
 * is an error, never silently replaced by something else.
 */
export function lookUpClusterBinary(
  kind: ClusterBinaryKind,
  env: NodeJS.ProcessEnv = process.env,
  executable: (path: string) => boolean = isExecutable,
): TClusterBinaryLookup {
  const { variable, name } = binaries[kind];
  const explicit = env[variable];
  if (explicit) {
    if (executable(explicit)) return { found: explicit, via: 'variable' };
    throw new ClusterBinaryNotFoundError(kind, [`${variable}=${explicit}: not an executable file`]);
  }
  const onPath = findOnPath(name, env, executable);
  if (onPath) return { found: onPath, via: 'path' };
  const cached = cachedClusterBinaryPath(kind, env);
  if (executable(cached)) return { found: cached, via: 'cache' };
  return { found: null, attempts: [`${variable}: not set`, `PATH: no \`${name}\` executable`, `cache: ${cached} does not exist`] };
}

export interface LocateClusterBinaryOptions {
  env?: NodeJS.ProcessEnv;
  /** false = only look, never build. */
  provide?: boolean;
  onProgress?: (message: string) => void;
}

/** Steps 1–4: the path of a usable binary, built into the cache if it is nowhere yet. */
export async function locateClusterBinary(kind: ClusterBinaryKind, options: LocateClusterBinaryOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const progress = options.onProgress ?? (() => {});
  const lookup = lookUpClusterBinary(kind, env);
  if (lookup.found !== null) return lookup.found;
  if (options.provide === false) throw new ClusterBinaryNotFoundError(kind, lookup.attempts);
  try {
    return await withDirectoryLock(join(cacheDirectory(env), '.build.lock'), async () => {
      // Another process may have built it while we waited for the lock.
      const cached = cachedClusterBinaryPath(kind, env);
      if (isExecutable(cached)) return cached;
      return await buildClusterBinary(kind, env, progress);
    });
  } catch (error) {
    if (error instanceof ClusterBinaryNotFoundError) throw error;
    throw new ClusterBinaryNotFoundError(kind, [...lookup.attempts, `build with Go: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

async function buildClusterBinary(kind: ClusterBinaryKind, env: NodeJS.ProcessEnv, progress: (message: string) => void): Promise<string> {
  const go = findOnPath('go', env);
  if (!go) throw new Error('`go` is not on PATH');
  const { module, goOutput } = binaries[kind];
  const binDirectory = join(cacheDirectory(env), 'bin');
  await mkdir(binDirectory, { recursive: true });
  // `go install` names the binary after its package (`server`, `sql`): build into a scratch
  // directory and rename, so the cache never holds a half-written or ambiguously named file.
  const scratch = await mkdtemp(join(binDirectory, '.build-'));
  progress(`Building ${module} with Go; the first build takes about 4 minutes…`);
  try {
    await runGo(go, ['install', module], { ...env, GOBIN: scratch, GOFLAGS: '-mod=mod' }, progress);
    const target = cachedClusterBinaryPath(kind, env);
    await rename(join(scratch, goOutput), target);
    progress(`Ready: ${target}`);
    return target;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The module's source in Go's module cache: the PostgreSQL schemas
 * (schema/postgresql/v12/{temporal,visibility}/versioned) and sample configs live there.
 * TEMPORAL_SERVER_SOURCE_DIR names a checkout instead (a machine without Go).
 */
export async function temporalServerSourceDirectory(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.TEMPORAL_SERVER_SOURCE_DIR) return env.TEMPORAL_SERVER_SOURCE_DIR;
  const go = findOnPath('go', env);
  if (!go) throw new Error('The Temporal server schemas come from its Go module: install Go, or set TEMPORAL_SERVER_SOURCE_DIR to a checkout of go.temporal.io/server ' + temporalServerVersion + '.');
  const output = await runGo(go, ['mod', 'download', '-json', `${temporalServerModule}@${temporalServerVersion}`], { ...env, GOFLAGS: '-mod=mod' }, () => {});
  const directory = (JSON.parse(output) as { Dir?: string }).Dir;
  if (!directory || !existsSync(directory)) throw new Error(`go mod download printed no source directory for ${temporalServerModule}@${temporalServerVersion}`);
  return directory;
}

/** Where the versioned PostgreSQL schema of one of the two Temporal databases is in the module source. */
export function postgresSchemaDirectory(sourceDirectory: string, database: 'temporal' | 'visibility'): string {
  return join(sourceDirectory, 'schema', 'postgresql', 'v12', database, 'versioned');
}

function runGo(command: string, args: string[], env: NodeJS.ProcessEnv, progress: (message: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-2000)));
    // A heartbeat, so a person watching a 4-minute build knows it is alive.
    const started = Date.now();
    const timer = setInterval(() => progress(`  …still building (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`\`go ${args.join(' ')}\` exited with ${code}: ${tail.trim().split('\n').slice(-5).join(' | ')}`));
    });
  });
}
