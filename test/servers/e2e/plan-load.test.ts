import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../../client/plan-loading';
import { listOutbox, type SmtpCapture } from '../../../workers/services/smtp-capture';
import * as messages from '../../../workflows/messages';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { seedPlanPath } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let capture: SmtpCapture;
const taskQueue = 'plan-load-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'dev', taskQueue, seedRecords: false });
  ({ env, database, capture } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The outbox once it holds at least `atLeast` mails and has stopped growing for two seconds. */
async function settledOutbox(atLeast: number) {
  let previous = -1;
  return waitFor('the outbox to settle', async () => {
    const entries = await listOutbox({ directory: capture.directory });
    const settled = entries.length >= atLeast && entries.length === previous;
    previous = entries.length;
    if (!settled) await new Promise((resolve) => setTimeout(resolve, 1_750));
    return settled ? entries : undefined;
  }, 120_000);
}

describe('dondoc plan load (dev server)', () => {
  it('starts every assignment of the seed plan once, and a second load changes nothing', async () => {
    const first = await loadPlanFile(env.client, { file: seedPlanPath, taskQueue, planId: 'kh135' });
    expect(first.loadedNow).toBe(true);
    expect(first.started).toBe(first.assignments);
    expect(first.assignments).toBeGreaterThan(150);

    // Every assignment notice arrives (and the inspection rounds' advance notices), once each.
    const mails = await settledOutbox(first.assignments);
    expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(mails.length);
    expect(mails.filter((mail) => mail.subject.includes('Giao nhiệm vụ')).length).toBeGreaterThan(100);

    const again = await loadPlanFile(env.client, { file: seedPlanPath, taskQueue, planId: 'kh135' });
    expect(again).toMatchObject({ loadedNow: false, started: first.started });
    const rows = await waitFor('the read model', async () => {
      const count = await database.prisma.assignment.count({ where: { task: { planId: 'kh135' } } });
      return count === first.assignments ? count : undefined;
    });
    expect(rows).toBe(first.assignments);
    expect((await settledOutbox(mails.length)).length).toBe(mails.length);
  });

  it('reconciles an amended plan: removed tasks are cancelled, moved deadlines signalled, nothing duplicated', async () => {
    const seed = await readFile(seedPlanPath, 'utf8');
    const removedStart = seed.indexOf('  - ref: II.4.1');
    const removedEnd = seed.indexOf('  - ref: ', removedStart + 10);
    const amended = (seed.slice(0, removedStart) + seed.slice(removedEnd)).replace('dueDays: ["12-15"]', 'dueDays: ["12-10"]');
    expect(amended).not.toContain('ref: II.4.1');
    const file = join(await mkdtemp(join(tmpdir(), 'dondoc-plan-')), 'ke-hoach-135-tre-em.yaml');
    await writeFile(file, amended);

    const outcome = await loadPlanFile(env.client, { file, taskQueue, planId: 'kh135' });
    expect(outcome.loadedNow).toBe(true);
    expect(outcome.started).toBe(0);
    expect(outcome.cancelled).toBeGreaterThan(0);
    expect(outcome.deadlinesChanged).toBeGreaterThan(0);

    const removed = env.client.workflow.getHandle('kh135/II.4.1/SO_GDDT');
    expect((await removed.query(messages.statusQuery)).phase).toBe('cancelled');
    const report = await env.client.workflow.getHandle('kh135/ANNUAL_CHILDREN_REPORT/SO_GDDT').query(messages.statusQuery);
    // Wednesday 10/12/2026, end of day in Hà Nội.
    expect(report.dueAt).toBe('2026-12-10T16:59:59.999Z');
    expect(report.lastEvents.map((event) => event.action)).toContain('deadline-changed');

    const reloaded = await loadPlanFile(env.client, { file, taskQueue, planId: 'kh135' });
    expect(reloaded).toMatchObject({ loadedNow: false, cancelled: outcome.cancelled, deadlinesChanged: outcome.deadlinesChanged });
  });
});
