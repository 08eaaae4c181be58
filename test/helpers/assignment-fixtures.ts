// A seed-plan assignment with a chosen deadline, the seed registry in a test database, and a
// worker running the real workflows — the pieces every assignment workflow test needs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities, type TNoticeSender } from '../../activities';
import { createNoticeSender } from '../../activities/notices';
import { upsertPlanRecords } from '../../data/plan-records';
import { ZAssignmentSpec, type TAssignmentSpec } from '../../domain/assignment';
import { buildAssignmentSpecs } from '../../domain/plan-assignments';
import type { TPlan } from '../../domain/plan/plan';
import { validatePlan } from '../../domain/plan/validate-plan';
import type { PrismaClient } from '../../prisma/client';
import { workflowsPath } from '../../workers/worker';

export const seedPlanPath = fileURLToPath(new URL('../../plans/ke-hoach-135-tre-em.yaml', import.meta.url));

export function loadSeedPlan(): TPlan {
  const result = validatePlan(readFileSync(seedPlanPath, 'utf8'));
  if (!result.ok) throw new Error(`the seed plan does not validate: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** The seed's assignment of `ref` to `agency` (as of the plan's start), due at `dueAt`. */
export function seedAssignmentSpec(ref: string, agency: string, dueAt: string, overrides: Partial<TAssignmentSpec> = {}): TAssignmentSpec {
  const plan = loadSeedPlan();
  const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: plan.metadata.startDate, reportGrouping: 'per_task' });
  const spec = specs.find((each) => each.taskRef === ref && each.assigneeAsWritten === agency);
  if (!spec) throw new Error(`the seed plan has no assignment of ${ref} to ${agency}`);
  return ZAssignmentSpec.parse({ ...spec, assignmentId: `${spec.assignmentId}#${Math.random().toString(36).slice(2, 8)}`, dueAt, ...overrides });
}

export async function loadSeedRecords(prisma: PrismaClient): Promise<void> {
  await upsertPlanRecords(prisma, 'kh135', loadSeedPlan());
}

export interface SentNotice {
  key: string;
  kind: string;
  step: string;
  level: number;
  to: string[];
  cc: string[];
  /** Server time when it was sent. */
  at: Date;
  messageId: string | null;
}

/**
 * The production mail path (ledger + SMTP) into a real SMTP capture server, remembering each
 * notice that went out for the first time with the server time it went out at.
 */
export function recordingMailSender(prisma: PrismaClient, env: TestWorkflowEnvironment, smtpUrl: string, sent: SentNotice[]): TNoticeSender {
  const mail = createNoticeSender({ prisma, transport: smtpUrl, from: { name: 'dondoc', address: 'dondoc@dondoc.invalid' } });
  const seen = new Set<string>();
  return async (input) => {
    const result = await mail(input);
    if (!seen.has(input.idempotencyKey)) {
      seen.add(input.idempotencyKey);
      sent.push({
        key: input.idempotencyKey,
        kind: input.request.kind,
        step: input.request.step,
        level: input.request.level,
        to: input.recipients.to.map((each) => each.email),
        cc: input.recipients.cc.map((each) => each.email),
        at: new Date(Number(await env.currentTimeMs())),
        messageId: result.messageId,
      });
    }
    return result;
  };
}

export async function startAssignmentWorker(env: TestWorkflowEnvironment, prisma: PrismaClient, sendNotice: TNoticeSender, taskQueue: string) {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath,
    activities: createActivities({ prisma, sendNotice }),
  });
}

/** Lets the time-skipping server's clock run to `instant` (timers fire on the way). */
export async function sleepUntil(env: TestWorkflowEnvironment, instant: string, realTimeLimitMs = 90_000): Promise<void> {
  const from = Number(await env.currentTimeMs());
  const remaining = new Date(instant).getTime() - from;
  if (remaining <= 0) return;
  // The server's clock stands still while an activity runs; one that never ends (or a lock the
  // server never released) would hold the sleep for the whole test time-out with no clue. After
  // 90 s of real time (a test has 120): say whether its clock moved at all.
  let watchdog: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    watchdog = setTimeout(() => void describeClock(env, from).then((holders) => reject(new Error(`the test server's clock did not reach ${instant} in ${realTimeLimitMs / 1000} s of real time; ${holders}`))), realTimeLimitMs);
  });
  try {
    await Promise.race([env.sleep(remaining), stuck]);
  } finally {
    clearTimeout(watchdog);
  }
}

async function describeClock(env: TestWorkflowEnvironment, from: number): Promise<string> {
  // The test server cannot list workflows, so the clock is all it can tell: still at the start
  // means an activity (or a lock left behind) holds it; moved means it is only slow.
  try {
    const now = Number(await env.currentTimeMs());
    return now === from ? `its clock has not moved from ${new Date(from).toISOString()}: an activity in flight or a lock left behind holds it` : `its clock moved from ${new Date(from).toISOString()} to ${new Date(now).toISOString()}`;
  } catch (error) {
    return `it did not answer (${(error as Error).message})`;
  }
}

/**
 * Waits until the workflow has no activity in flight. The Java test server holds time still while
 * an activity runs and never lets go if the workflow is terminated meanwhile, so tests settle a
 * workflow before terminating it.
 */
export async function settle(handle: { describe(): Promise<{ raw: { pendingActivities?: unknown[] | null; pendingWorkflowTask?: unknown } }> }): Promise<void> {
  // Between two activities there is a moment with none pending, while the workflow task that
  // schedules the next one runs; a workflow terminated then locks the server's clock for every
  // later test of the file (seen as a 120 s time-out). So: neither an activity nor a workflow
  // task pending, for a full second of polls.
  let quiet = 0;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const { raw } = await handle.describe();
    quiet = raw.pendingActivities?.length || raw.pendingWorkflowTask ? 0 : quiet + 1;
    if (quiet >= 10) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the workflow still has an activity or a workflow task in flight after 30 s');
}

/**
 * Ends a test's workflows on the time-skipping server: each settled first (no activity, no
 * workflow task in flight), then terminated. Terminated mid-activity, a workflow leaves the
 * server's clock locked, and a later test of the file crawls in real time (the CI flake of
 * consolidate-period.test.ts).
 */
export async function terminateSettled(handles: { describe: Parameters<typeof settle>[0]['describe']; terminate(reason?: string): Promise<unknown> }[], reason = 'test over'): Promise<void> {
  await Promise.all(handles.map((handle) => settle(handle)));
  for (const handle of handles) await handle.terminate(reason);
}

/** Polls `probe` until it returns true (real time: activities and workflow tasks take a moment). */
export async function waitUntil(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
