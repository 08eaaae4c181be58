// The time-skipping test server, started at a chosen instant. The Java test server's clock
// starts at the machine's current time and only moves forward, so a plan that began in the past
// could not be simulated from its start. Its library can start the clock anywhere
// (TestServicesStarter(lockTimeSkipping, initialTimeMillis)); its `main` just never asks. A
// ten-line launcher compiled once beside dondoc's build of the server asks, and the SDK starts
// that launcher instead of `TestServer`. The native test server (the prebuilt default for the
// tests) has no such entry point, so this asks for the JVM build by name and uses the native
// one, starting today, only when the JVM build cannot be had or was asked for explicitly.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { cacheDirectory } from './cache-directory';
import { locateTemporalServer, temporalSource, testServerVersion } from './temporal-binaries';
import { withServerStartRetries } from './server-start-retries';

export interface TimeSkippingServer {
  env: TestWorkflowEnvironment;
  /** The server clock at start: the requested instant, or the machine's time when it could not be set. */
  startedAt: Date;
  /** False when the server in use cannot be started in the past (a native build of it). */
  clockSet: boolean;
}

const launcherSource = `package dondoc;

import java.io.OutputStream;
import java.io.PrintStream;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;

/** The Temporal test server with its clock started at args[1] (milliseconds since the epoch). */
public final class TestServerAt {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    long startMillis = Long.parseLong(args[1]);
    // slf4j finds no binding in the server's jars and says so in three lines on every start.
    PrintStream err = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    TestServicesStarter services;
    try {
      services = new TestServicesStarter(true, startMillis);
    } finally {
      System.setErr(err);
    }
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.shutdownNow(); services.close(); }));
    server.awaitTermination();
  }
}
`;

/**
 * The Java test server allows a client's keepalive ping once every five minutes (gRPC Java's
 * default) and answers more frequent ones with GOAWAY "too many pings". The SDK's client pings
 * every 30 s, so after a couple of minutes the server drops the connection; a time-skipping
 * sleep in flight on it is then retried and can leave the server's clock locked (seen as tests
 * that time out after two minutes on a loaded machine). So: no keepalive pings to this server.
 */
export const noKeepalivePings = {
  name: 'dondoc-no-keepalive-pings',
  configureConnection<T extends { channelArgs?: Record<string, unknown> }>(options: T): T {
    return { ...options, channelArgs: { ...options.channelArgs, 'grpc.keepalive_time_ms': 2_147_483_647, 'grpc.keepalive_permit_without_calls': 0 } };
  },
};

/**
 * Starts the server with its clock at `startAt`. When the server found is not dondoc's Maven
 * build (an explicit or prebuilt native binary), it starts at the machine's time and says so.
 */
export async function startTimeSkippingServerAt(startAt: Date, onProgress: (message: string) => void = () => {}): Promise<TimeSkippingServer> {
  const build = await locateMavenBuild(onProgress);
  if (!build) {
    const executable = await locateTemporalServer('test-server', { onProgress });
    const env = await withServerStartRetries(() => TestWorkflowEnvironment.createTimeSkipping({ server: { executable }, plugins: [noKeepalivePings] }));
    return { env, startedAt: new Date(Number(await env.currentTimeMs())), clockSet: false };
  }
  const launcher = await provideLauncher(build);
  const env = await withServerStartRetries(() =>
    TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: launcher }, extraArgs: [String(startAt.getTime())] }, plugins: [noKeepalivePings] }),
  );
  return { env, startedAt: new Date(Number(await env.currentTimeMs())), clockSet: true };
}

/**
 * The JVM build, built on first use, unless TEMPORAL_TEST_SERVER_PATH or
 * DONDOC_TEMPORAL_SOURCE=prebuilt chose another server.
 */
export async function locateMavenBuild(onProgress: (message: string) => void = () => {}): Promise<MavenBuild | null> {
  if (process.env.TEMPORAL_TEST_SERVER_PATH || temporalSource() === 'prebuilt') return null;
  const executable = await locateTemporalServer('test-server', { source: 'build', onProgress, env: { ...process.env, DONDOC_NO_DOWNLOAD: '1' } }).catch(
    (error: unknown) => {
      onProgress(`No JVM test server to start at a chosen time (${error instanceof Error ? error.message : String(error)}); the native one starts today.`);
      return null;
    },
  );
  return executable?.type === 'existing-path' ? readMavenBuild(executable.path) : null;
}

export interface MavenBuild {
  /** dondoc's wrapper script, whose JVM, flags and class-data archive the launcher reuses. */
  script: string;
  java: string;
  libDirectory: string;
}

/** dondoc's wrapper (embedded/temporal-binaries.ts) names the JVM and the jars it runs. */
function readMavenBuild(path: string): MavenBuild | null {
  const script = readFileSync(path, 'latin1').slice(0, 4096);
  const java = /exec "([^"]+)"/.exec(script)?.[1];
  const libDirectory = /-cp '([^']+)\/\*' io\.temporal\.testserver\.TestServer/.exec(script)?.[1];
  if (!java || !libDirectory || !existsSync(join(libDirectory, `temporal-test-server-${testServerVersion}.jar`))) return null;
  return { script, java, libDirectory };
}

/**
 * Compiles the launcher once per server build; later starts reuse it. The wrapper is dondoc's
 * own with the main class swapped and the launcher's classes appended to the class path (after
 * the jars, so the class-data archive recorded for those jars still applies).
 */
async function provideLauncher(build: MavenBuild): Promise<string> {
  const key = createHash('sha256').update(launcherSource).update(build.script).digest('hex').slice(0, 12);
  const directory = join(cacheDirectory(), 'test-server-at', key);
  const wrapper = join(directory, 'temporal-test-server-at');
  if (existsSync(wrapper)) return wrapper;
  const javac = join(dirname(realpathSync(build.java)), 'javac');
  if (!existsSync(javac)) throw new Error(`${javac} is missing: a JDK (not only a JRE) is needed to start the test server at a chosen time`);
  // Built aside, then moved in one rename: two simulations starting at once never see half a build.
  const building = `${directory}.${process.pid}.partial`;
  await rm(building, { recursive: true, force: true });
  await mkdir(join(building, 'src', 'dondoc'), { recursive: true });
  await writeFile(join(building, 'src', 'dondoc', 'TestServerAt.java'), launcherSource);
  await run(javac, ['-nowarn', '-cp', `${build.libDirectory}/*`, '-d', join(building, 'classes'), join(building, 'src', 'dondoc', 'TestServerAt.java')]);
  const classPath = `-cp '${build.libDirectory}/*:${join(directory, 'classes')}' dondoc.TestServerAt`;
  await writeFile(join(building, 'temporal-test-server-at'), build.script.replace(`-cp '${build.libDirectory}/*' io.temporal.testserver.TestServer`, classPath));
  await chmod(join(building, 'temporal-test-server-at'), 0o755);
  await rename(building, directory).catch(async (error: NodeJS.ErrnoException) => {
    // Another process finished the same build first: use theirs.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(building, { recursive: true, force: true });
  });
  return wrapper;
}


function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${errors.trim()}`))));
  });
}
