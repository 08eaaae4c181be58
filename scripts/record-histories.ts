// Records the histories the replay test (test/servers/replay.test.ts) replays: real runs of every
// workflow type through the paths that matter, on the time-skipping server started at a fixed
// instant (Mon 4/1/2027 07:00 in Hà Nội), with the real worker, activities and an in-memory
// database. Notices are recorded, not mailed.
//
//   npx tsx scripts/record-histories.ts        # rewrites test/fixtures/histories/*.json
//
// Run it when a workflow gains a path worth guarding, never to make a failing replay pass: a
// replay that fails means the change is not deterministic for workflows already running; put it
// behind patched() (see README, "Changing workflow code").
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { WorkflowHandle } from '@temporalio/client';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { createActivities } from '../activities';
import { upsertPlanRecords } from '../activities/records/plan-records';
import { startTimeSkippingServerAt } from '../client/simulation/time-skipping-server';
import { ZAssignmentSpec, type TAssignmentSpec } from '../domain/assignment';
import { effectiveDeadline } from '../domain/calendar';
import { buildAssignmentSpecs } from '../domain/plan-assignments';
import { syntheticIndicatorValues } from '../domain/simulation';
import { createPrismaClient } from '../prisma/client';
import { applyMigrations } from '../prisma/migrate';
import { historyToJson } from '../test/fixtures/histories/history-json';
import { loadSeedPlan } from '../test/helpers/assignment-fixtures';
import { startEmbeddedPostgres } from '../workers/services/embedded-postgres';
import { workflowsPath } from '../workers/worker';
import * as messages from '../workflows/messages';

const outputDirectory = fileURLToPath(new URL('../test/fixtures/histories/', import.meta.url));
const start = new Date('2027-01-04T00:00:00Z');
/** Late enough for the lapse scenario (due 15/1, closed 180 days later) to continue as new. */
const end = '2027-08-01T00:00:00Z';
const taskQueue = 'record-histories';

const plan = loadSeedPlan();
const { specs } = buildAssignmentSpecs(plan, { planId: 'histories', asOfDay: '2027-01-04' });

function spec(name: string, ref: string, agency: string, dueDay: string, overrides: Partial<TAssignmentSpec> = {}): TAssignmentSpec {
  const found = specs.find((each) => each.taskRef === ref && each.assigneeAsWritten === agency);
  if (!found) throw new Error(`the seed has no ${ref} for ${agency}`);
  const dueAt = effectiveDeadline(dueDay, found.calendar).dueAt.toISOString();
  return ZAssignmentSpec.parse({ ...found, assignmentId: `histories/${name}`, period: 'once', recurrence: null, dueAt, ...overrides });
}

const scenario = {
  remindersEscalation: spec('assignment-reminders-escalation', 'II.2.2', 'SO_GDDT', '2027-01-20'),
  submitAccept: spec('assignment-submit-accept', 'II.2.3', 'SO_GDDT', '2027-01-29'),
  extension: spec('assignment-extension', 'II.2.4', 'SO_VHTTDL', '2027-01-22'),
  reassign: spec('assignment-reassign', 'II.2.1', 'SO_LDTBXH', '2027-01-28'),
  cancel: spec('assignment-cancel', 'II.2.5', 'SO_VHTTDL', '2027-01-29'),
  recurring: spec('assignment-recurring', 'ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2027-01-25', { period: '2027', recurrence: { dueMonthDay: '01-25', lastPeriod: 2028 } }),
  lapse: spec('assignment-lapse', 'ANNUAL_CHILDREN_REPORT', 'MTTQ_TINH', '2027-01-15', { period: '2027', recurrence: { dueMonthDay: '01-15', lastPeriod: 2028 } }),
  reviewExplanation: spec('assignment-review-explanation', 'II.3.1', 'SO_GDDT', '2027-01-15'),
  inspection: spec('assignment-inspection-finding', 'SEMI_ANNUAL_INSPECTION.1', 'SO_LDTBXH', '2027-01-29'),
  succeeded: spec('assignment-succeeded', 'II.3.5', 'SO_TTTT', '2027-02-26'),
  oversight: spec('assignment-oversight', 'II.2.6', 'SO_GDDT', '2027-01-22'),
  semiAnnual: spec('assignment-semi-annual', 'ANNUAL_CHILDREN_REPORT', 'TINH_DOAN', '2027-01-20', {
    period: '2027-H1',
    recurrence: { dueMonthDay: '01-20', dueMonthDays: ['01-20', '07-20'], lastPeriod: 2027 },
  }),
};

const officer = (agency: string) => ({ agency, user: `ghi-lich-su@${agency.toLowerCase()}` });
const monitor = officer(scenario.submitAccept.monitoringAgency);
const system = { ...monitor, role: 'system' as const };
const result = (of: TAssignmentSpec) => ({
  actor: officer(of.responsibleAgency),
  narrative: `Kết quả ${of.taskRef}`,
  indicators: syntheticIndicatorValues(of.requiredIndicators, of.assignmentId),
});

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const [server, database] = await Promise.all([startTimeSkippingServerAt(start), startEmbeddedPostgres()]);
  const { env } = server;
  await applyMigrations({ connectionString: database.connectionString });
  const prisma = createPrismaClient({ connectionString: database.connectionString, maxConnections: 1 });
  await upsertPlanRecords(prisma, 'histories', plan);
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath,
    activities: createActivities({ prisma, sendNotice: async () => ({ messageId: null }), temporal: env.client }),
  });
  const running = worker.run();
  try {
    const handles = new Map<string, Awaited<ReturnType<typeof env.client.workflow.start>>>();
    for (const each of Object.values(scenario)) {
      handles.set(each.assignmentId, await env.client.workflow.start('assignmentWorkflow', { taskQueue, workflowId: each.assignmentId, args: [{ spec: each }] }));
    }
    const update = (of: TAssignmentSpec) => handles.get(of.assignmentId)!;
    const smallPlan = {
      ...plan,
      tasks: plan.tasks.filter((task) => task.ref === 'II.2.6').map((task) => ({ ...task, assignees: ['SO_GDDT'] })),
      reportingCycles: plan.reportingCycles.filter((cycle) => !cycle.consolidates).map((cycle) => ({ ...cycle, reporters: ['SO_GDDT'] })),
      inspections: [],
      reviews: [],
    };
    await env.client.workflow.start('loadPlanWorkflow', {
      taskQueue,
      workflowId: 'histories/load-plan',
      args: [{ planId: 'histories-load', plan: smallPlan, taskQueue, actor: monitor, reason: 'Ghi lịch sử cho kiểm thử phát lại', schedules: false }],
    });

    const timeline: [string, () => Promise<unknown>][] = [
      ['2027-01-04T01:00:00Z', () => update(scenario.reassign).executeUpdate(messages.reassignUpdate, { args: [{ actor: monitor, toAgency: 'QNG_SO_NV', effectiveDay: '2027-01-04', reason: 'Chuyển chức năng' }] })],
      ['2027-01-05T02:00:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.changeDeadlineUpdate, { args: [{ actor: system, newDueDay: '2027-01-14', reason: 'Kế hoạch sửa đổi' }] })],
      ['2027-01-06T02:00:00Z', () => env.client.workflow.start('agencySuccessionWorkflow', {
        taskQueue,
        workflowId: 'histories/agency-succession',
        args: [{ from: scenario.succeeded.responsibleAgency, to: 'QNG_SO_TC', effectiveDay: '2027-01-06', functions: ['all'], actor: monitor, reason: 'Sắp xếp tổ chức bộ máy' }],
      })],
      // A period whose grace is over closes at once; this year's waits on a timer until December.
      ['2027-01-07T02:00:00Z', () => env.client.workflow.start('reportingPeriodCloseWorkflow', { taskQueue, workflowId: 'histories/period-close', args: [{ planId: 'histories', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2026' }] })],
      ['2027-01-07T03:00:00Z', () => env.client.workflow.start('reportingPeriodCloseWorkflow', { taskQueue, workflowId: 'histories/period-close-waiting', args: [{ planId: 'histories', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2027' }] })],
      ['2027-01-11T02:00:00Z', () => update(scenario.oversight).executeUpdate(messages.transferOversightUpdate, { args: [{ actor: system, fromAgency: scenario.oversight.monitoringAgency, toAgency: 'QNG_SO_NV', effectiveDay: '2027-01-11', reason: 'Sắp xếp tổ chức bộ máy' }] })],
      ['2027-01-12T03:00:00Z', () => update(scenario.inspection).executeUpdate(messages.recordFindingUpdate, {
        args: [{ actor: officer(scenario.inspection.responsibleAgency), unit: scenario.inspection.inspectedUnits[0]!, finding: 'Chưa cập nhật cơ sở dữ liệu trẻ em', remediationDueDay: '2027-02-26' }],
      })],
      ['2027-01-18T02:00:00Z', () => update(scenario.extension).executeUpdate(messages.requestExtensionUpdate, { args: [{ actor: officer(scenario.extension.responsibleAgency), reason: 'Chờ số liệu', newDueDay: '2027-02-26' }] })],
      ['2027-01-18T02:30:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.requestExplanationUpdate, { args: [{ actor: monitor, note: 'Đề nghị giải trình' }] })],
      ['2027-01-18T06:00:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.submitExplanationUpdate, { args: [{ actor: officer(scenario.reviewExplanation.responsibleAgency), text: 'Thiếu cán bộ' }] })],
      ['2027-01-19T02:00:00Z', () => update(scenario.extension).executeUpdate(messages.decideExtensionUpdate, { args: [{ actor: monitor, approve: true }] })],
      ['2027-01-19T03:00:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.reviewExplanation)] })],
      ['2027-01-20T02:00:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'return', note: 'Bổ sung số liệu', newDueDay: '2027-01-27' }] })],
      ['2027-01-20T03:00:00Z', () => update(scenario.inspection).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.inspection)] })],
      ['2027-01-21T02:00:00Z', () => update(scenario.inspection).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
      ['2027-01-21T03:00:00Z', () => update(scenario.submitAccept).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.submitAccept)] })],
      ['2027-01-21T04:00:00Z', () => update(scenario.cancel).executeUpdate(messages.cancelUpdate, { args: [{ actor: system, reason: 'Nhiệm vụ được bãi bỏ' }] })],
      ['2027-01-22T02:00:00Z', () => update(scenario.submitAccept).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
      ['2027-01-19T04:00:00Z', () => update(scenario.semiAnnual).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.semiAnnual)] })],
      ['2027-01-19T05:00:00Z', () => update(scenario.semiAnnual).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
      ['2027-01-22T03:00:00Z', () => update(scenario.recurring).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.recurring)] })],
      ['2027-01-25T02:00:00Z', () => update(scenario.recurring).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
      ['2027-01-26T03:00:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.reviewExplanation)] })],
      ['2027-01-26T04:00:00Z', () => update(scenario.reassign).executeUpdate(messages.submitResultUpdate, { args: [{ ...result(scenario.reassign), actor: officer('QNG_SO_NV') }] })],
      ['2027-01-27T02:00:00Z', () => update(scenario.reviewExplanation).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
      ['2027-01-27T03:00:00Z', () => update(scenario.reassign).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
      ['2027-02-24T03:00:00Z', () => update(scenario.extension).executeUpdate(messages.submitResultUpdate, { args: [result(scenario.extension)] })],
      ['2027-02-25T02:00:00Z', () => update(scenario.extension).executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] })],
    ];
    for (const [at, act] of timeline) {
      await sleepUntil(env, at);
      await act();
    }
    await sleepUntil(env, end);

    const finding = (await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: scenario.inspection.assignmentId, action: 'finding-recorded' } })).payload as { remediationAssignment: string };
    const recorded: [string, string, 'first' | 'latest'][] = [
      ...Object.values(scenario).map((each) => [each.assignmentId.replace('histories/', ''), each.assignmentId, 'first'] as [string, string, 'first']),
      ['assignment-recurring-next-period', scenario.recurring.assignmentId, 'latest'],
      ['assignment-lapse-next-period', scenario.lapse.assignmentId, 'latest'],
      ['assignment-semi-annual-next-period', scenario.semiAnnual.assignmentId, 'latest'],
      ['assignment-remediation', finding.remediationAssignment, 'latest'],
      ['load-plan', 'histories/load-plan', 'latest'],
      ['agency-succession', 'histories/agency-succession', 'latest'],
      ['period-close', 'histories/period-close', 'latest'],
      ['period-close-waiting', 'histories/period-close-waiting', 'latest'],
    ];
    await mkdir(outputDirectory, { recursive: true });
    for (const file of await readdir(outputDirectory)) if (file.endsWith('.json')) await rm(`${outputDirectory}${file}`);
    for (const [name, workflowId, which] of recorded) {
      const handle = env.client.workflow.getHandle(workflowId);
      await settle(handle);
      const runId = which === 'first' ? handles.get(workflowId)!.firstExecutionRunId : (await handle.describe()).runId;
      const history = await env.client.workflow.getHandle(workflowId, runId).fetchHistory();
      await writeFile(`${outputDirectory}${name}.json`, historyToJson(history));
      console.log(`${name}: ${history.events?.length} events`);
    }
  } finally {
    worker.shutdown();
    await running;
    await env.teardown();
    await prisma.$disconnect();
    await database.stop();
  }
}

async function sleepUntil(env: Awaited<ReturnType<typeof startTimeSkippingServerAt>>['env'], instant: string): Promise<void> {
  const remaining = new Date(instant).getTime() - Number(await env.currentTimeMs());
  if (remaining > 0) await env.sleep(remaining);
}

/** A history is taken with no activity in flight, so that it ends on a completed workflow task. */
async function settle(handle: WorkflowHandle): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (!(await handle.describe()).raw.pendingActivities?.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${handle.workflowId} still has an activity in flight after 10 s`);
}

await main();
