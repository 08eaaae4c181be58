// Runs the Temporal CLI dev server for `dondoc up`: persisted in the data directory (SQLite),
// with its Web UI, as a child process that stops with dondoc.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { isPortFree } from './ports';

export interface DevServerOptions {
  executable: string;
  dataDirectory: string;
  port: number;
  uiPort: number;
  namespace: string;
}

export interface DevServer {
  address: string;
  uiUrl: string;
  pid: number;
  /** Resolves when the process exits, however it ends ("killed by SIGKILL", "exit code 1"). */
  exited: Promise<string>;
  /** Stops the server (SIGTERM, then SIGKILL); after an exit, releases its log and pid file. */
  stop(): Promise<void>;
}

export class DevServerError extends Error {
  override name = 'DevServerError';
}

// A cold start with an existing SQLite file takes a few seconds; a minute means it is stuck.
const startTimeoutMs = 60_000;

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const directory = join(options.dataDirectory, 'temporal');
  await mkdir(directory, { recursive: true });
  await stopLeftoverServer(directory);
  for (const [port, variable] of [
    [options.port, 'DONDOC_TEMPORAL_PORT'],
    [options.uiPort, 'DONDOC_TEMPORAL_UI_PORT'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new DevServerError(
        `Port ${port} is already in use, so the Temporal dev server cannot start. Is another dondoc or Temporal server running? ` +
          `Stop it, choose another port with ${variable}, or set TEMPORAL_ADDRESS to use a running Temporal server.`,
      );
    }
  }
  const log = await open(join(directory, 'server.log'), 'a');
  const child = spawn(
    options.executable,
    [
      'server', 'start-dev',
      '--ip', '127.0.0.1',
      '--port', String(options.port),
      '--ui-port', String(options.uiPort),
      '--namespace', options.namespace,
      '--db-filename', join(directory, 'temporal.db'),
      '--log-level', 'warn',
      // WAL lets the UI read while the server writes; synchronous stays at its safe default.
      '--sqlite-pragma', 'journal_mode=WAL',
    ],
    { stdio: ['ignore', log.fd, log.fd] },
  );
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code ?? 'unknown'}`));
  });
  await writeFile(join(directory, 'server.pid'), String(child.pid));
  const address = `127.0.0.1:${options.port}`;
  try {
    await waitUntilServing(child, address, join(directory, 'server.log'));
  } catch (error) {
    child.kill('SIGKILL');
    await log.close();
    throw error;
  }
  let stopped = false;
  return {
    address,
    uiUrl: `http://127.0.0.1:${options.uiPort}`,
    pid: child.pid!,
    exited,
    async stop() {
      if (stopped) return;
      stopped = true;
      await terminate(child);
      await log.close();
      await rm(join(directory, 'server.pid'), { force: true });
    },
  };
}

async function waitUntilServing(child: ChildProcess, address: string, logPath: string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (;;) {
    if (exited !== null) {
      const tail = (await readFile(logPath, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join('\n');
      throw new DevServerError(`The Temporal dev server exited (code ${exited}) while starting. Its log (${logPath}) ends:\n${tail}`);
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      await connection.healthService.check({});
      await connection.close();
      return;
    } catch {
      if (Date.now() > deadline) throw new DevServerError(`The Temporal dev server did not answer on ${address} within 60 s. See ${logPath}.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // The dev server flushes SQLite on SIGTERM; give it time, then insist.
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A dondoc killed with SIGKILL leaves its dev server running; stop it before starting anew. */
async function stopLeftoverServer(directory: string): Promise<void> {
  const pidFile = join(directory, 'server.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(await readFile(pidFile, 'utf8'));
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (pid && command.includes('start-dev')) {
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; waited < 10_000 && existsSync(`/proc/${pid}`); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await rm(pidFile, { force: true });
}
