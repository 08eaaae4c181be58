import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPayloadConverter, ScheduleNotFoundError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { localDayOf } from '../../../domain/calendar/local-time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { createAppContext } from '../../../client/app-context';
import { listAssignments, statusSummary } from '../../../client/assignments/read-assignments';
import { AppError } from '../../../client/errors';
import { loadPlanFile, loadPlanFromFile } from '../../../client/plans/load-plan';
import { loadConfig } from '../../../config/config';
import { verifyAuditChain } from '../../../data/audit-log';
import { type SmtpCapture } from '../../../embedded/smtp-capture';
import { listOutbox } from '../../../data/outbox';
import * as messages from '../../../contracts';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { seedPlanPath } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let capture: SmtpCapture;
const taskQueue = 'plan-load-tests';
const closeScheduleId = 'kh135/close/ANNUAL_CHILDREN_REPORT';

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
    // One annual report per unit (policy.reportGrouping one_report_per_unit), beside the one-off tasks.
    expect(first.assignments).toBeGreaterThan(80);

    // Every assignment notice arrives (and the inspection rounds' advance notices), once each.
    const mails = await settledOutbox(first.assignments);
    expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(mails.length);
    expect(mails.length).toBeGreaterThanOrEqual(first.assignments);
    expect(mails.some((mail) => mail.subject.includes('Giao nhiệm vụ'))).toBe(true);

    // One schedule closes each period of the units' annual report: on its due day at 08:00 Vietnam time.
    expect(first.schedules).toMatchObject({ created: [closeScheduleId], updated: [], deleted: [] });
    const schedule = await env.client.schedule.getHandle(closeScheduleId).describe();
    expect(schedule.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(schedule.spec.calendars).toEqual([
      expect.objectContaining({ month: [{ start: 'DECEMBER', end: 'DECEMBER', step: 1 }], dayOfMonth: [{ start: 15, end: 15, step: 1 }], hour: [{ start: 8, end: 8, step: 1 }] }),
    ]);
    expect(schedule.policies).toMatchObject({ overlap: 'SKIP', catchupWindow: 10 * 86_400_000 });
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'reportingPeriodCloseWorkflow', args: [{ planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT' }], taskQueue });
    expect(schedule.info.nextActionTimes[0]?.toISOString()).toBe('2026-12-15T01:00:00.000Z');
    // One schedule for the whole system sends the daily digests of routine notices (#12): every day at 08:30 Vietnam time.
    const digest = await env.client.schedule.getHandle(messages.DAILY_DIGEST_SCHEDULE_ID).describe();
    expect(digest.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(digest.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 8, end: 8, step: 1 }], minute: [{ start: 30, end: 30, step: 1 }] })]);
    expect(digest.action).toMatchObject({ type: 'startWorkflow', workflowType: 'dailyDigestWorkflow', taskQueue });
    expect(digest.info.nextActionTimes[0]!.toISOString()).toMatch(/T01:30:00\.000Z$/);
    // The reviews happen once: their closes wait on timers, no schedule.
    expect(first.reviewCloses.started).toEqual(['kh135/close/PRELIMINARY_REVIEW_2027/once', 'kh135/close/FINAL_REVIEW_2030/once']);
    expect((await env.client.workflow.getHandle('kh135/close/PRELIMINARY_REVIEW_2027/once').describe()).status.name).toBe('RUNNING');

    const again = await loadPlanFile(env.client, { file: seedPlanPath, taskQueue, planId: 'kh135' });
    expect(again).toMatchObject({ loadedNow: false, started: first.started });
    const rows = await waitFor('the read model', async () => {
      const count = await database.prisma.assignment.count({ where: { task: { planId: 'kh135' } } });
      return count === first.assignments ? count : undefined;
    });
    expect(rows).toBe(first.assignments);
    // Each unit owes one annual report, not one item per continuous task.
    const reports = await database.prisma.assignment.groupBy({ by: ['responsibleAgencyCode'], where: { task: { planId: 'kh135', ref: 'ANNUAL_CHILDREN_REPORT' } }, _count: true });
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.filter((unit) => unit._count !== 1)).toEqual([]);
    expect(await database.prisma.assignment.count({ where: { task: { planId: 'kh135', ref: 'II.4.1' } } })).toBe(0);
    expect((await settledOutbox(mails.length)).length).toBe(mails.length);
  });

  it('reconciles an amended plan: removed tasks are cancelled, moved deadlines signalled, nothing duplicated', async () => {
    const seed = await readFile(seedPlanPath, 'utf8');
    // A one-off task removed: its assignments are cancelled (a continuous task is a section of the units' reports).
    const removedStart = seed.indexOf('  - ref: III.2.1');
    const removedEnd = seed.indexOf('  - ref: ', removedStart + 10);
    const amended = (seed.slice(0, removedStart) + seed.slice(removedEnd)).replace('dueDays: ["12-15"]', 'dueDays: ["12-10"]');
    expect(amended).not.toContain('ref: III.2.1');
    const file = join(await mkdtemp(join(tmpdir(), 'dondoc-plan-')), 'ke-hoach-135-tre-em.yaml');
    await writeFile(file, amended);

    const outcome = await loadPlanFile(env.client, { file, taskQueue, planId: 'kh135' });
    expect(outcome.loadedNow).toBe(true);
    expect(outcome.started).toBe(0);
    expect(outcome.cancelled).toBeGreaterThan(0);
    expect(outcome.deadlinesChanged).toBeGreaterThan(0);

    const removed = env.client.workflow.getHandle('kh135/III.2.1/SO_GDDT');
    expect((await removed.query(messages.statusQuery)).phase).toBe('cancelled');
    const report = await env.client.workflow.getHandle('kh135/ANNUAL_CHILDREN_REPORT/SO_GDDT/report').query(messages.statusQuery);
    // Wednesday 10/12/2026, end of day in Hà Nội.
    expect(report.dueAt).toBe('2026-12-10T16:59:59.999Z');
    expect(report.lastEvents.map((event) => event.action)).toContain('deadline-changed');

    // The period-close schedule follows the new due day.
    expect(outcome.schedules).toMatchObject({ created: [], updated: [closeScheduleId], unchanged: [], deleted: [] });
    expect(outcome.reviewCloses).toEqual({ started: [], alreadyStarted: 2 });
    expect((await env.client.schedule.getHandle(closeScheduleId).describe()).info.nextActionTimes[0]?.toISOString()).toBe('2026-12-10T01:00:00.000Z');

    const reloaded = await loadPlanFile(env.client, { file, taskQueue, planId: 'kh135' });
    expect(reloaded).toMatchObject({ loadedNow: false, cancelled: outcome.cancelled, deadlinesChanged: outcome.deadlinesChanged });
  });

  it('a schedule fired starts the close of the period most recently due; a plan that no longer consolidates the cycle deletes the schedule', async () => {
    const handle = env.client.schedule.getHandle(closeScheduleId);
    await handle.trigger();
    const workflowId = await waitFor('the triggered close', async () => (await handle.describe()).info.recentActions[0]?.action.workflow.workflowId);
    expect(workflowId.startsWith(closeScheduleId)).toBe(true);
    const close = env.client.workflow.getHandle(workflowId);
    const [asked, answer] = await waitFor('the close to look up its period', async () => {
      const events = (await close.fetchHistory()).events ?? [];
      const scheduled = events.find((event) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'describePeriodClose');
      const completed = events.find((event) => event.activityTaskCompletedEventAttributes?.scheduledEventId?.toString() === scheduled?.eventId?.toString());
      if (!scheduled || !completed) return undefined;
      return [
        defaultPayloadConverter.fromPayload<{ period?: string; firedOn: string }>(scheduled.activityTaskScheduledEventAttributes!.input!.payloads![0]!),
        defaultPayloadConverter.fromPayload<{ period: string; dueAt: string }>(completed.activityTaskCompletedEventAttributes!.result!.payloads![0]!),
      ] as const;
    });
    // Fired by hand today, it closes the period most recently due: named by the day it fired.
    expect(asked).toMatchObject({ planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT', firedOn: localDayOf(new Date()) });
    expect(asked.period).toBeUndefined();
    expect(answer.period).toMatch(/^\d{4}$/);
    expect(Date.parse(answer.dueAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(answer.dueAt)).toBeGreaterThan(Date.now() - 366 * 86_400_000);
    await close.terminate('test over').catch(() => undefined); // it may have closed already

    const seed = await readFile(seedPlanPath, 'utf8');
    const file = join(await mkdtemp(join(tmpdir(), 'dondoc-plan-')), 'ke-hoach-135-tre-em.yaml');
    await writeFile(file, seed.replace('consolidates: ANNUAL_CHILDREN_REPORT', 'consolidates: null'));
    const outcome = await loadPlanFile(env.client, { file, taskQueue, planId: 'kh135' });
    expect(outcome.schedules).toMatchObject({ created: [], deleted: [closeScheduleId] });
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });
});

describe('a plan loaded after its one-off deadlines (dev server, clock of today: after 14/6/2024)', () => {
  /** The seed cut down to its two one-off implementation plans, due 14/6/2024, for one department and one district. */
  async function latePlanFile(): Promise<string> {
    const seed = parseYaml(await readFile(seedPlanPath, 'utf8')) as { tasks: { ref: string; assignees: string[] }[]; agencies: { successors?: { tasks?: string[] }[] }[] } & Record<string, unknown>;
    const assignees: Record<string, string[]> = { 'III.2.1': ['SO_GDDT'], 'III.3.1': ['HUYEN_VI_DU_A'] };
    const plan = {
      ...seed,
      // A successor that answers for a task left out (II.3.5) would name a task the plan lacks.
      agencies: seed.agencies.map((agency) => ({ ...agency, successors: (agency.successors ?? []).map(({ tasks: _tasks, ...successor }) => successor) })),
      tasks: seed.tasks.filter((task) => task.ref in assignees).map((task) => ({ ...task, assignees: assignees[task.ref] })),
      reportingCycles: [],
      inspections: [],
      reviews: [],
    };
    const file = join(await mkdtemp(join(tmpdir(), 'dondoc-plan-')), 'late.yaml');
    await writeFile(file, stringifyYaml(plan));
    return file;
  }
  const context = () => createAppContext({ ...loadConfig({}), databaseUrl: database.connectionString, temporalAddress: env.address, taskQueue });
  const operator = { agency: 'SO_LDTBXH', user: 'van-hanh', roles: ['monitor'] } as never;

  it('refuses refs that are not one-off tasks of the plan, naming the ones that are, and loads nothing', async () => {
    const file = await latePlanFile();
    const doneFile = join(await mkdtemp(join(tmpdir(), 'dondoc-done-')), 'done.txt');
    await writeFile(doneFile, '# done before dondoc\nIII.2.1\nIX.9.9  # a typo\n');
    const app = context();
    try {
      const refused = await loadPlanFromFile(app, operator, { file, planId: 'late', done: 'II.1.1', doneFile }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'bad_input', message: expect.stringContaining('II.1.1, IX.9.9') });
      expect((refused as AppError).message).toContain('One-off tasks (recurring work is done by its reports): III.2.1, III.3.1');
    } finally {
      await app.close();
    }
    expect(await database.prisma.plan.findUnique({ where: { id: 'late' } })).toBeNull();
    expect(await database.prisma.auditEvent.count({ where: { subjectId: 'late' } })).toBe(0);
    await expect(env.client.workflow.getHandle('late/III.2.1/SO_GDDT').describe()).rejects.toThrow();
  });

  it('starts the one-off work overdue since its real deadline; work declared done is completed, with the declaration in the audit log', async () => {
    const file = await latePlanFile();
    const doneFile = join(await mkdtemp(join(tmpdir(), 'dondoc-done-')), 'done.txt');
    await writeFile(doneFile, '# sent in 2024, before dondoc ran\nIII.2.1\n');
    const app = context();
    try {
      const outcome = await loadPlanFromFile(app, operator, { file, planId: 'late', doneFile });
      expect(outcome).toMatchObject({ loadedNow: true, skipped: [], declaredDone: { refs: ['III.2.1'], completed: ['late/III.2.1/SO_GDDT'], alreadyStarted: [] } });
      // District A was split between its two communes in 2025: each answers for its part.
      const overdueId = 'late/III.3.1/HUYEN_VI_DU_A/XA_VI_DU_A1';

      // Not declared: chased, overdue since 14/6/2024 (end of day in Hà Nội), on the ladder's last step at once.
      const overdue = await env.client.workflow.getHandle(overdueId).query(messages.statusQuery);
      expect(overdue).toMatchObject({ phase: 'open', dueAt: '2024-06-14T16:59:59.999Z', escalationLevel: 4, classification: { status: 'overdue', colour: 'red' } });
      expect(overdue.classification?.daysOverdue).toBe(Math.round((Date.parse(`${localDayOf(new Date())}T00:00:00Z`) - Date.parse('2024-06-14T00:00:00Z')) / 86_400_000));
      expect(overdue.lastEvents.map((event) => event.action)).toEqual(['assigned', 'escalated']);

      // Declared done: completed with no notice, counted on time (no lateness claimed).
      const done = await env.client.workflow.getHandle('late/III.2.1/SO_GDDT').query(messages.statusQuery);
      expect(done).toMatchObject({ phase: 'completed', classification: { status: 'completed_on_time' } });
      expect(done.lastEvents.map((event) => event.action)).toEqual(['assigned', 'declared-done-at-load']);

      // The read model the list and the status read: the same, as soon as the records are written.
      const rows = await waitFor('the read model', async () => {
        const listed = await listAssignments(app, operator, { plan: 'late' });
        return listed.length >= 2 && listed.every((row) => row.classification) ? listed : undefined;
      });
      expect(rows.find((row) => row.id === 'late/III.2.1/SO_GDDT')?.classification?.status).toBe('completed_on_time');
      for (const row of rows.filter((each) => each.id.startsWith('late/III.3.1/'))) {
        expect(row.classification).toMatchObject({ status: 'overdue' });
        expect(row.dueAt?.toISOString()).toBe('2024-06-14T16:59:59.999Z');
      }
      const status = await statusSummary(app, operator, { agency: 'XA_VI_DU_A1', overdue: true });
      expect(status.attention?.map((row) => row.id)).toContain(overdueId);
      expect(status.summary.agencies[0]?.oldestOverdueDays).toBe(overdue.classification?.daysOverdue);
    } finally {
      await app.close();
    }

    const declaration = await database.prisma.auditEvent.findFirstOrThrow({ where: { subjectType: 'plan', subjectId: 'late', action: 'declared-done-at-load' } });
    expect(declaration).toMatchObject({ actorAgency: 'SO_LDTBXH', actorUser: 'van-hanh' });
    expect(declaration.payload).toMatchObject({ refs: ['III.2.1'], assignments: ['late/III.2.1/SO_GDDT'], planVersion: expect.stringMatching(/^[0-9a-f]{16}$/) });
    await waitFor('the assignment record', async () =>
      (await database.prisma.auditEvent.findFirst({ where: { subjectId: 'late/III.2.1/SO_GDDT', action: 'declared-done-at-load' } })) ?? undefined,
    );
    expect((await verifyAuditChain(database.prisma)).firstBroken).toBeNull();
  });
});
