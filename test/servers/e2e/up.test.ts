import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { findPortForLater } from '../../../embedded/ports';
import { embeddedUpEnvironment } from '../../helpers/embedded-up-env';
import { runDondoc, startDondoc } from '../../helpers/cli-process';

function embeddedEnvironment() {
  return embeddedUpEnvironment('dondoc-up-');
}

describe('dondoc up (embedded)', () => {
  it('runs the seed plan on the embedded servers, stops on SIGTERM, and resumes the same workflows without duplicating notices', async () => {
    const metricsAddress = `127.0.0.1:${await findPortForLater()}`;
    const env = { ...(await embeddedEnvironment()), DONDOC_WORKER_METRICS: metricsAddress };
    const first = startDondoc(['up'], env);
    const banner = await first.waitFor('Press Ctrl-C to stop.');
    expect(banner).toContain(`Worker:        task queue "dondoc", metrics http://${metricsAddress}/metrics`);
    expect(banner).toContain(`Temporal:      127.0.0.1:${env.DONDOC_TEMPORAL_PORT} (namespace default)`);
    expect(banner).toContain(`Temporal UI:   http://127.0.0.1:${env.DONDOC_TEMPORAL_UI_PORT}`);
    expect(banner).toContain(`Data:          ${env.DONDOC_DATA_DIR}`);
    // The API on its loopback port, and the first administrator, whose one-time password is shown this once.
    expect(banner).toContain(`API:           http://127.0.0.1:${env.DONDOC_API_PORT}/api`);
    const administrator = /Administrator: admin, one-time password (\S+) /.exec(banner);
    expect(administrator, banner).not.toBeNull();
    const signIn = await fetch(`http://127.0.0.1:${env.DONDOC_API_PORT}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: administrator![1] }),
    });
    expect(signIn.status).toBe(200);
    // The pages beside the API: the sign-in form.
    expect(banner).toContain(`Pages:         http://127.0.0.1:${env.DONDOC_API_PORT}/ (sign in at http://127.0.0.1:${env.DONDOC_API_PORT}/sign-in)`);
    const signInPage = await fetch(`http://127.0.0.1:${env.DONDOC_API_PORT}/sign-in`);
    expect(signInPage.status).toBe(200);
    expect(await signInPage.text()).toContain('<form method="post" action="/sign-in">');
    const planLine = /Plan: +ke-hoach-135-tre-em: (\d+) assignments \(started (\d+), already running 0\)/.exec(banner);
    expect(planLine, banner).not.toBeNull();
    expect(planLine![2]).toBe(planLine![1]);
    const assignments = Number(planLine![1]);
    // Every assignment's notice lands in the outbox (with the inspection rounds' advance notices).
    const outbox = join(env.DONDOC_DATA_DIR, 'outbox');
    const countMail = async () => (await readdir(outbox).catch(() => [])).filter((name) => name.endsWith('.eml')).length;
    // Settled: every assignment's notice in, and nothing new for 10 s (on a loaded machine the
    // last notices, the inspection rounds' among them, trickle in for a while).
    let mails = -1;
    let quietPolls = 0;
    for (let waited = 0; waited < 150_000 && quietPolls < 5; waited += 2_000) {
      const now = await countMail();
      quietPolls = now >= assignments && now === mails ? quietPolls + 1 : 0;
      mails = now;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(mails).toBeGreaterThanOrEqual(assignments);
    // The worker serves the SDK's metrics to Prometheus: the notices just sent were activities of the dondoc task queue.
    const metrics = await (await fetch(`http://${metricsAddress}/metrics`)).text();
    const series = (name: string, ...labels: string[]) => metrics.split('\n').filter((line) => line.startsWith(name) && labels.every((label) => line.includes(label)));
    expect(series('temporal_activity_execution_latency', 'activity_type="deliverNotice"', 'task_queue="dondoc"').length, metrics.slice(0, 2_000)).toBeGreaterThan(0);
    expect(series('temporal_workflow_task_execution_latency', 'task_queue="dondoc"').length, metrics.slice(0, 2_000)).toBeGreaterThan(0);

    const connection = await Connection.connect({ address: `127.0.0.1:${env.DONDOC_TEMPORAL_PORT}` });
    const pollers = await connection.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: 'dondoc' },
      taskQueueType: 1, // workflow tasks
    });
    expect(pollers.pollers.length).toBeGreaterThan(0);
    // The daily digest of routine notices is scheduled with the plan: every day at 08:30 Vietnam time.
    const digestSchedule = await new Client({ connection }).schedule.getHandle('daily-digest').describe();
    expect(digestSchedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'dailyDigestWorkflow', taskQueue: 'dondoc' });
    expect(digestSchedule.info.nextActionTimes[0]!.toISOString()).toMatch(/T01:30:00\.000Z$/);
    // A workflow nobody works on: it must still be there after a restart.
    await new Client({ connection }).workflow.start('persistenceProbe', { taskQueue: 'nobody', workflowId: 'persistence-probe' });
    await connection.close();

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('dondoc: stopped.');

    const second = startDondoc(['up'], env);
    const secondBanner = await second.waitFor('Press Ctrl-C to stop.');
    expect(secondBanner).not.toContain('Administrator:');
    expect(secondBanner).toContain(`Plan:          ke-hoach-135-tre-em: ${assignments} assignments (already loaded)`);
    const again = await Connection.connect({ address: `127.0.0.1:${env.DONDOC_TEMPORAL_PORT}` });
    const probe = new Client({ connection: again }).workflow.getHandle('persistence-probe');
    expect((await probe.describe()).status.name).toBe('RUNNING');
    await probe.terminate('test over');
    await again.close();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    // Nothing sent twice after the restart: every mail's Message-ID (derived from its notice's
    // key) once. (A notice the first run had not yet sent may still arrive: counted, not doubled.)
    const messageIds = await Promise.all(
      (await readdir(outbox)).filter((name) => name.endsWith('.eml')).map(async (name) => /^Message-ID:\s*(\S+)/im.exec(await readFile(join(outbox, name), 'utf8'))?.[1]),
    );
    expect(messageIds.every(Boolean)).toBe(true);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(messageIds.length).toBeGreaterThanOrEqual(mails);
    expect(await second.stop('SIGINT')).toBe(0);
    // Two starts of every embedded server and up to two minutes for the mail to settle: more than
    // the default two minutes on a loaded machine (a clean-clone CI run timed out here once).
  }, 360_000);

  it('names the busy port and what to set when the Temporal port is taken', async () => {
    const env = await embeddedEnvironment();
    const blocker = createServer().listen(Number(env.DONDOC_TEMPORAL_PORT), '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      const result = await runDondoc(['up'], env);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`Port ${env.DONDOC_TEMPORAL_PORT} is already in use`);
      expect(result.stderr).toContain('DONDOC_TEMPORAL_PORT');
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace for the user
    } finally {
      blocker.close();
    }
  });

  it('rejects invalid configuration before starting anything', async () => {
    const env = await embeddedEnvironment();
    const result = await runDondoc(['up'], { ...env, TEMPORAL_ADDRESS: 'not an address', DATABASE_URL: 'mysql://x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TEMPORAL_ADDRESS="not an address": expected host:port');
    expect(result.stderr).toContain('DATABASE_URL="mysql://x": expected a postgresql:// URL');
  });

  it('stops with a clear message when DATABASE_URL cannot be reached, leaving no server behind', async () => {
    const env = await embeddedEnvironment();
    const result = await runDondoc(['up'], { ...env, DATABASE_URL: `postgresql://dondoc@127.0.0.1:${await findPortForLater()}/dondoc` });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Cannot reach the PostgreSQL server in DATABASE_URL');
    // The dev server it had started was stopped again: its port is free.
    const probe = createServer().listen(Number(env.DONDOC_TEMPORAL_PORT), '127.0.0.1');
    await new Promise((resolve, reject) => probe.once('listening', resolve).once('error', reject));
    probe.close();
  });
});
