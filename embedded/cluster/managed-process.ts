// One process of the local cluster: started with its output appended to its own log file,
// stopped with SIGTERM (then SIGKILL if it does not go), restartable with the same command.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isListening } from '../ports';

/** A cluster process that did not come up: its message names the log to read. */
export class ClusterStartError extends Error {
  override name = 'ClusterStartError';
}

export interface TProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  log: string;
}

/**
 * Temporal's services drain their shards and leave the membership ring on SIGTERM; a dondoc
 * worker finishes its running activities. 20 s covers both on a loaded two-core machine.
 */
const STOP_GRACE_MS = 20_000;

export class ManagedProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  /** Set while we stop it on purpose, so that an exit is not reported as a failure. */
  private stopping = false;
  onUnexpectedExit: (name: string, code: number | null, signal: NodeJS.Signals | null) => void = () => {};

  constructor(readonly spec: TProcessSpec) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    const log = openSync(this.spec.log, 'a');
    this.stopping = false;
    const child = spawn(this.spec.command, this.spec.args, { env: this.spec.env ?? process.env, stdio: ['ignore', log, log] });
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        if (!this.stopping) this.onUnexpectedExit(this.spec.name, code, signal);
        resolve(code);
      }),
    );
  }

  /** SIGTERM, then SIGKILL after the grace period. Resolves once the process is gone. */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** The crash a drill stages: no shutdown, no cleanup. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.stopping = true;
    child.kill('SIGKILL');
    await this.exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    this.start();
  }
}

/** Waits until something accepts connections on host:port, or the process exits, or the time is up. */
export async function waitForPort(port: number, options: { process?: ManagedProcess; timeoutMs: number; what: string }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (!(await isListening(port))) {
    if (options.process && !options.process.running) throw new ClusterStartError(`${options.what} exited before it listened on port ${port}: see ${options.process.spec.log}`);
    if (Date.now() > deadline) throw new ClusterStartError(`${options.what} did not listen on port ${port} within ${Math.round(options.timeoutMs / 1000)} s: see ${options.process?.spec.log ?? 'its log'}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Waits until the process's log holds `text` (a "ready" line) after `fromOffset` characters (the
 * log is appended to across restarts), or the process exits, or the time is up.
 */
export async function waitForLogLine(process: ManagedProcess, text: string, timeoutMs: number, fromOffset = 0): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = (await readFile(process.spec.log, 'utf8').catch(() => '')).slice(fromOffset);
    if (log.includes(text)) return;
    if (!process.running) throw new ClusterStartError(`${process.spec.name} exited before it was ready: see ${process.spec.log}`);
    if (Date.now() > deadline) throw new ClusterStartError(`${process.spec.name} was not ready within ${Math.round(timeoutMs / 1000)} s: see ${process.spec.log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
