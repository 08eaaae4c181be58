// `dondoc up` keeps the Temporal dev server it started running: killed with SIGKILL, it is
// restarted on the same SQLite file and ports, the worker reconnects, and the terminal gets a
// line for the outage and one for the return, not the SDK's retry errors. A server that keeps
// failing stops dondoc with what to do.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { embeddedUpEnvironment } from '../../helpers/embedded-up-env';
import { startDondoc } from '../../helpers/cli-process';

// No plan and no API: the smallest `up` (the dev server, the embedded PostgreSQL, the mail
// capture and the worker); the test starts the workflows it watches.
const environment = (extra: NodeJS.ProcessEnv = {}) => embeddedUpEnvironment('dondoc-up-supervise-', { DONDOC_PLAN: 'none', DONDOC_API_PORT: '0', ...extra });

async function devServerPid(dataDirectory: string): Promise<number> {
  return Number(await readFile(join(dataDirectory, 'temporal', 'server.pid'), 'utf8'));
}

/** The lines printed since `offset`, without blank ones. */
const linesSince = (output: string, offset: number) => output.slice(offset).split('\n').filter((line) => line.trim() !== '');

describe('dondoc up supervises the Temporal dev server it started', () => {
  // One `up` for both parts: its start (bundling the workflows) is most of the run time.
  it('restarts it on the same data after a SIGKILL (the workflows go on, a start due during the outage runs once, a few lines of output); when it keeps failing, stops everything and exits 3 with what to do', async () => {
    // A shorter first wait (0.25 s, then 0.5, 1, 2 …) so that the give-up part takes seconds;
    // the default back-off (1 s, 2 s, 4 s …) is the unit tests' (test/unit/workers).
    const env = await environment({ DONDOC_TEST_RESTART_DELAY_MS: '250' });
    const up = startDondoc(['up'], env);
    let blocker: Server | undefined;
    try {
      await up.waitFor('Press Ctrl-C to stop.');
      const port = Number(env.DONDOC_TEMPORAL_PORT);
      const connection = await Connection.connect({ address: `127.0.0.1:${port}` });
      const client = new Client({ connection });
      // Before the outage: a workflow nobody works on, and a digest the worker has started and
      // that waits on its timer for the next working day's digest time.
      const probe = await client.workflow.start('persistenceProbe', { taskQueue: 'nobody', workflowId: 'persistence-probe' });
      const waiting = await client.workflow.start('dailyDigestWorkflow', { taskQueue: 'dondoc', workflowId: 'digest-waiting', args: [{ next: true }] });
      await eventually(async () => (await waiting.fetchHistory()).events!.some((event) => event.timerStartedEventAttributes));
      // Due during the outage: the server holds its start for 4 s, and is killed right away.
      const due = await client.workflow.start('dailyDigestWorkflow', { taskQueue: 'dondoc', workflowId: 'digest-due-in-outage', args: [{}], startDelay: '4 seconds' });

      const before = up.output().length;
      const firstPid = await devServerPid(env.DONDOC_DATA_DIR);
      process.kill(firstPid, 'SIGKILL');
      await up.waitFor('the Temporal dev server is back', 60_000);
      // The delayed start fires once the server is back, and the worker, reconnected, runs it to the end.
      await expect(due.result()).resolves.toMatchObject({});
      const dueHistory = (await due.fetchHistory()).events!;
      expect(dueHistory.filter((event) => event.activityTaskScheduledEventAttributes)).toHaveLength(1);
      expect(await client.workflow.count(`WorkflowId = 'digest-due-in-outage'`)).toMatchObject({ count: 1 });
      expect((await probe.describe()).status.name).toBe('RUNNING');
      expect((await waiting.describe()).status.name).toBe('RUNNING');
      // A query is answered by the worker: it polls the restarted server.
      await expect(waiting.query('__stack_trace')).resolves.toContain('daily-digest');
      await connection.close();

      // Give the SDK time to have logged its retries, if it still did, then read what was printed.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const lines = linesSince(up.output(), before);
      expect(lines.filter((line) => line === 'dondoc: the Temporal dev server exited unexpectedly (killed by SIGKILL); restarting it on the same data in 0.3 s…')).toHaveLength(1);
      expect(lines.filter((line) => /^dondoc: the Temporal dev server is back on 127\.0\.0\.1:\d+ \(pid \d+\), [\d.]+ s after it stopped\.$/.test(line))).toHaveLength(1);
      // At most the two lines of the restart and the worker's lost/back lines; no retry error.
      expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(4);
      expect(lines.join('\n')).not.toMatch(/retried \d+ times|tcp connect error|Status \{/);
      expect(await devServerPid(env.DONDOC_DATA_DIR)).not.toBe(firstPid);

      // Killed again, and something else takes the port the moment it is free: every restart fails.
      process.kill(await devServerPid(env.DONDOC_DATA_DIR), 'SIGKILL');
      blocker = await takePort(port);
      const exited = await new Promise<number | null>((resolve) => (up.child.exitCode !== null ? resolve(up.child.exitCode) : up.child.once('exit', resolve)));
      const output = up.output();
      expect(exited, output).toBe(3);
      expect(output.match(/restarting the Temporal dev server failed \(Port \d+ is already in use, so the Temporal dev server cannot start\); next try in/g)).toHaveLength(3);
      expect(output).toContain('dondoc: a service keeps failing: stopping everything…');
      expect(output).toContain(
        `dondoc: the Temporal dev server failed 6 times within 2 min (last: Port ${port} is already in use, so the Temporal dev server cannot start), so dondoc stopped everything. ` +
          `See its log, ${join(env.DONDOC_DATA_DIR, 'temporal', 'server.log')}, and whether something else uses port ${port} or ${env.DONDOC_TEMPORAL_UI_PORT} or fills the disk; then run \`dondoc up\` again`,
      );
      expect(output).not.toMatch(/\n\s+at /); // no stack trace
      // Stopped cleanly: no run file left for the other commands to trust.
      expect(existsSync(join(env.DONDOC_DATA_DIR, 'runtime.json'))).toBe(false);
    } finally {
      blocker?.close();
      // SIGTERM first: a SIGKILLed `up` would leave its dev server running.
      const force = setTimeout(() => up.child.kill('SIGKILL'), 20_000);
      await up.stop('SIGTERM');
      clearTimeout(force);
    }
  }, 180_000);
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Listens on the port as soon as the killed server has let it go, and hangs up on every caller
 * (the worker's calls fail at once instead of waiting for their timeouts).
 */
async function takePort(port: number): Promise<Server> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const server = createServer((socket) => socket.destroy());
    const taken = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (taken) return server;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`port ${port} never came free`);
}
