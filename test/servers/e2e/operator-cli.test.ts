// The operator commands against a running `dondoc up` (embedded servers, seed plan), run as
// child processes as an official would: status per agency, the assignment list, a report
// submitted and reviewed, refusals (bad file, missing indicator, wrong agency, auditor), the
// audit timeline, the audit chain, reading while the worker writes, and a clean stop.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../../client/plans/read-plan-file';
import { parseReport } from '../../../cli/commands/report-file';
import { localDayOf } from '../../../domain/calendar/local-time';
import { periodClose } from '../../../domain/reporting/period-close';
import { embeddedUpEnvironment } from '../../helpers/embedded-up-env';
import { seedPlanPath } from '../../helpers/assignment-fixtures';
import { unitReportTerms } from '../../helpers/unit-report-terms';
import { runDondoc, startDondoc, type LongRunning } from '../../helpers/cli-process';

const planId = 'ke-hoach-135-tre-em';
// The commune's one annual report (policy.reportGrouping one_report_per_unit): a section per task it answers for.
const reportId = `${planId}/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_B/report`;

let env: NodeJS.ProcessEnv;
let up: LongRunning;
let assignments: number;
let monitor: string;
/** The figures the commune is asked for (those of its level), and the cycle's, in the plan's order. */
let indicatorCodes: string[];
let cycleIndicatorCodes: string[];
let sectionRefs: string[];

/** A command that must succeed: its stdout as JSON, or the failure with everything it printed. */
async function json<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const result = await runDondoc([...args, ...(args[0] === 'audit' && args[1] !== 'verify' ? ['--format', 'json'] : ['--json'])], env);
  if (result.code !== 0) throw new Error(`dondoc ${args.join(' ')} exited ${result.code}:\n${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout) as T;
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface TStatusJson {
  totals: { total: number; completedOnTime: number; awaitingReview: number };
  agencies: { agency: string; total: number; completedOnTime: number; awaitingReview: number; overdueShare: number }[];
}
interface TRowJson {
  id: string;
  period: string;
  taskRef: string;
  responsibleAgency: string;
  assigneeAsWritten: string;
  state: string;
  dueAt: string;
  status: string;
}
/** The figure the test's commune reports for an indicator: its place in the cycle's list, plus 10. */
function figureOf(code: string): number {
  return 10 + cycleIndicatorCodes.indexOf(code);
}

/** The period the report test submitted for, which `report consolidated` then shows. */
let reportedPeriod = '';
let plan: Awaited<ReturnType<typeof loadPlan>>;

interface TTimelineJson {
  historyAvailable: boolean;
  runs: number;
  timeline: { source: string; kind: string; action: string; actor: { agency: string | null; user: string | null; role?: string } | null; at: string; details: Record<string, unknown> }[];
  notes: string[];
}

beforeAll(async () => {
  env = await embeddedUpEnvironment('dondoc-operator-', { DONDOC_USER: 'e2e-test' });
  plan = await loadPlan(seedPlanPath);
  ({ monitor, indicatorCodes, cycleIndicatorCodes, sectionRefs } = unitReportTerms(plan, planId, reportId));
  up = startDondoc(['up'], env);
  const banner = await up.waitFor('Press Ctrl-C to stop.');
  assignments = Number(/Plan: +ke-hoach-135-tre-em: (\d+) assignments/.exec(banner)![1]);
  // Each workflow writes its read-model row when it starts: wait until all have.
  await eventually('the read model of every assignment', async () => {
    const status = await json<TStatusJson>(['status']);
    return status.totals.total === assignments ? status : undefined;
  }, 90_000);
});

afterAll(async () => {
  await up?.stop('SIGTERM');
});

describe('the operator CLI on a running dondoc (embedded)', () => {
  it("`status --json` counts the seed plan's assignments per agency answering today", async () => {
    const status = await json<TStatusJson>(['status']);
    // One report per unit beside the one-off tasks, not an item per continuous task.
    expect(assignments).toBeGreaterThan(80);
    expect(status.totals.total).toBe(assignments);
    expect(status.agencies.reduce((sum, agency) => sum + agency.total, 0)).toBe(assignments);
    // Read as of today, the plan's departments are their 2025 successors.
    const codes = status.agencies.map((agency) => agency.agency);
    expect(codes).toContain('QNG_SO_GDDT');
    expect(codes).not.toContain('SO_GDDT');
    expect(codes).toContain(monitor);

    const text = await runDondoc(['status'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${assignments} assignment periods of ${status.agencies.length} agencies`);
    expect(text.stdout).not.toContain('\u001b['); // piped: no colour
  });

  it('`assignment list` keeps the agency as written and shows who answers today; `assignment show` asks the workflow', async () => {
    const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1']);
    expect(rows.find((row) => row.id === reportId)).toMatchObject({ taskRef: 'ANNUAL_CHILDREN_REPORT', assigneeAsWritten: 'HUYEN_VI_DU_B', responsibleAgency: 'XA_VI_DU_B1', state: 'assigned' });
    // The commune owes one annual report; its continuous tasks are sections of it, not items of their own.
    expect(rows.filter((row) => row.taskRef === 'ANNUAL_CHILDREN_REPORT')).toHaveLength(1);
    expect(rows.some((row) => sectionRefs.includes(row.taskRef))).toBe(false);
    expect(sectionRefs.length).toBeGreaterThan(5);
    const shown = await json(['assignment', 'show', reportId]);
    expect(shown).toMatchObject({ assignmentId: reportId, phase: 'open', responsibleAgency: 'XA_VI_DU_B1', assigneeAsWritten: 'HUYEN_VI_DU_B' });
    expect((shown.sections as { taskRef: string }[]).map((section) => section.taskRef)).toEqual(sectionRefs);
  });

  it('submits a report through the CLI, refusing a bad file, a missing indicator, another agency and an auditor', async () => {
    const directory = env.DONDOC_DATA_DIR!;
    const indicators = indicatorCodes.map((code) => `  - { code: ${code}, count: ${figureOf(code)}, total: 50 }`);
    const sections = ['sections:', ...sectionRefs.map((ref) => `  - { taskRef: "${ref}", narrative: "Đã thực hiện nhiệm vụ ${ref} tại các thôn." }`)];
    const complete = join(directory, 'report.yaml');
    await writeFile(complete, ['narrative: Năm nay xã đã triển khai kế hoạch tại các thôn, làng.', 'indicators:', ...indicators, ...sections].join('\n'));
    const incomplete = join(directory, 'incomplete.yaml');
    await writeFile(incomplete, ['narrative: Thiếu một chỉ tiêu.', 'indicators:', ...indicators.slice(0, -1), ...sections].join('\n'));
    const invalid = join(directory, 'invalid.yaml');
    await writeFile(invalid, ['narrative: Số âm.', 'indicators:', `  - code: ${indicatorCodes[0]}`, '    count: -4'].join('\n'));
    const submit = (file: string, ...actor: string[]) => runDondoc(['report', 'submit', reportId, '--file', file, ...actor], env);

    const bad = await submit(invalid, '--as', 'XA_VI_DU_B1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 4, indicators.0.count: counts cannot be negative');

    const missing = await submit(incomplete, '--as', 'XA_VI_DU_B1');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`The result was not accepted: indicator ${indicatorCodes.at(-1)} is missing`);

    const otherAgency = await submit(complete, '--as', monitor, '--user', 'nguoi.khac');
    expect(otherAgency.code).toBe(2);
    expect(otherAgency.stderr).toContain(`${monitor} may not submit-result on ${reportId}: only XA_VI_DU_B1`);

    const auditor = await submit(complete, '--as', 'XA_VI_DU_B1', '--user', 'kiem.toan', '--role', 'auditor');
    expect(auditor.code).toBe(2);
    expect(auditor.stderr).toContain('kiem.toan (XA_VI_DU_B1) is an auditor: auditors can read assignments but not submit-result');

    const before = (await json<TStatusJson>(['status', '--agency', 'XA_VI_DU_B1'])).totals;
    const submitted = await submit(complete, '--as', 'XA_VI_DU_B1', '--user', 'canbo.gddt', '--json');
    expect(submitted.code, submitted.stderr).toBe(0);
    const accepted = JSON.parse(submitted.stdout) as { assignmentId: string; phase: string; period: string };
    reportedPeriod = accepted.period;
    expect(accepted).toMatchObject({ assignmentId: reportId, phase: 'submitted' });

    expect(await json(['assignment', 'show', reportId])).toMatchObject({ phase: 'submitted' });
    const awaiting = await eventually('the read model to show the submission', async () => {
      const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1', '--state', 'submitted']);
      return rows.some((row) => row.id === reportId) ? rows : undefined;
    });
    expect(awaiting.map((row) => row.id)).toContain(reportId);
    expect((await json<TStatusJson>(['status', '--agency', 'XA_VI_DU_B1'])).totals.awaitingReview).toBe(1);

    // An auditor reviewing is refused too; the monitoring agency accepts.
    const auditorReview = await runDondoc(['report', 'review', reportId, '--accept', '--as', monitor, '--user', 'kiem.toan', '--role', 'auditor'], env);
    expect(auditorReview.code).toBe(2);
    expect(auditorReview.stderr).toContain('is an auditor: auditors can read assignments but not review-result');
    expect(await json(['report', 'review', reportId, '--accept', '--as', monitor, '--user', 'giam.sat'])).toMatchObject({ phase: 'completed', classification: { status: 'completed_on_time' } });
    // The report recurs yearly: its workflow moves on to the next period at once, and the
    // period just completed is counted from the audit log.
    const next = await eventually('the next period in the read model', async () => {
      const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1']);
      const row = rows.find((each) => each.id === reportId)!;
      return row.period !== accepted.period ? row : undefined;
    });
    expect(next).toMatchObject({ period: String(Number(accepted.period) + 1), state: 'assigned' });
    const status = await json<TStatusJson>(['status', '--agency', 'XA_VI_DU_B1']);
    expect(status.agencies).toHaveLength(1);
    expect(status.totals).toMatchObject({ completedOnTime: 1, total: before.total + 1 });
  });

  it('`report consolidated` shows the period: the unit that reported on time, the others missing, the indicators summed; `report draft` prefills the consolidation', async () => {
    const period = reportedPeriod;
    const view = await json<{ period: string; units: { agency: string; timeliness: string }[]; onTime: number; missing: number; indicators: { code: string; count: number }[]; closedAt: string | null }>([
      'report',
      'consolidated',
      'ANNUAL_CHILDREN_REPORT',
      '--period',
      period,
    ]);
    expect(view.period).toBe(period);
    expect(view.units.find((unit) => unit.agency === 'XA_VI_DU_B1')).toEqual({ agency: 'XA_VI_DU_B1', timeliness: 'on_time', submittedAt: expect.any(String) });
    expect(view.onTime).toBe(1);
    expect(view.missing).toBe(view.units.length - 1);
    expect(view.indicators.map((indicator) => indicator.code)).toEqual(cycleIndicatorCodes);
    // The one unit that reported: each figure it supplies is the sum.
    for (const code of indicatorCodes) expect(view.indicators.find((indicator) => indicator.code === code)!.count).toBe(figureOf(code));
    expect(view.closedAt).toBeNull();
    // One line per unit: after the 2025 mergers a department that took over several the plan
    // names owes one report (QNG_SO_YT for SO_LDTBXH; the monitor itself owes the consolidation).
    expect(new Set(view.units.map((unit) => unit.agency)).size).toBe(view.units.length);
    expect(view.units.filter((unit) => unit.agency.startsWith('QNG_SO_YT'))).toHaveLength(1);
    // Without --period: the period in progress, the first whose close is still ahead.
    const today = localDayOf(new Date());
    const inProgress = plan.reportingCycles[0]!.firstYear + [...Array(10).keys()].find((offset) => localDayOf(new Date(periodClose(plan, 'ANNUAL_CHILDREN_REPORT', String(plan.reportingCycles[0]!.firstYear + offset)).closesAt)) >= today)!;
    expect((await json<{ period: string }>(['report', 'consolidated', 'ANNUAL_CHILDREN_REPORT'])).period).toBe(String(inProgress));

    const text = await runDondoc(['report', 'consolidated', 'ANNUAL_CHILDREN_REPORT', '--period', period], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/XA_VI_DU_B1 +on time/);
    expect(text.stdout).toContain(`1 on time, 0 late, ${view.units.length - 1} missing of ${view.units.length} units`);

    // DOLISA's successor drafts its consolidated report from the units' figures, and submits it.
    const consolidation = (await json<TRowJson[]>(['assignment', 'list', '--agency', monitor])).find((row) => row.taskRef === 'CONSOLIDATED_REPORT' && row.period === period)!;
    expect(consolidation).toBeDefined();
    const draftFile = join(env.DONDOC_DATA_DIR!, 'consolidated-draft.yaml');
    const drafted = await runDondoc(['report', 'draft', consolidation.id, '-o', draftFile], env);
    expect(drafted.code, drafted.stderr).toBe(0);
    const draft = parseReport(await readFile(draftFile, 'utf8'), draftFile);
    const draftedFigures = new Map(draft.indicators.map((indicator) => [indicator.code, indicator.count]));
    for (const code of indicatorCodes) expect(draftedFigures.get(code)).toBe(figureOf(code));
    expect(draft.narrative).toContain(`của 1/${view.units.length} đơn vị (1 đúng hạn, 0 trễ hạn; ${view.units.length - 1} chưa gửi`);
    expect((await runDondoc(['report', 'draft', consolidation.id, '-o', draftFile], env)).stderr).toContain('exists: choose another file or add --force');
    const sent = await runDondoc(['report', 'submit', consolidation.id, '--file', draftFile, '--as', monitor, '--user', 'tong.hop', '--json'], env);
    expect(sent.code, sent.stderr).toBe(0);
    expect(JSON.parse(sent.stdout)).toMatchObject({ assignmentId: consolidation.id, phase: 'submitted' });
    // A unit's own assignment gets a template: every indicator it owes, at zero.
    const template = await runDondoc(['report', 'draft', reportId], env);
    expect(template.stdout).toContain('Replace each 0 with the figure of the period');
    // …and a section for each task its one report answers for, to be answered.
    for (const ref of sectionRefs) expect(template.stdout).toContain(`taskRef: ${ref}`);
    expect(template.stdout).toContain('Answer each section');

    const unknown = await runDondoc(['report', 'consolidated', 'QUARTERLY'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no reporting cycle or review QUARTERLY; it has: ANNUAL_CHILDREN_REPORT, CONSOLIDATED_REPORT, PRELIMINARY_REVIEW_2027, FINAL_REVIEW_2030');
  });

  it('`audit` joins the Temporal history and the audit log: the update with its actor, the records, the notices and their recipients, every refused input with its reason', async () => {
    const audit = await eventually('the acceptance notice in the history', async () => {
      const report = await json<TTimelineJson>(['audit', reportId]);
      return report.timeline.some((entry) => entry.kind === 'notice' && entry.action === 'report-accepted') ? report : undefined;
    });
    const { timeline } = audit;
    const update = timeline.find((entry) => entry.kind === 'update' && entry.action === 'submitResult');
    expect(update).toMatchObject({ source: 'temporal', actor: { agency: 'XA_VI_DU_B1', user: 'canbo.gddt' } });
    expect(update!.details.indicators).toHaveLength(indicatorCodes.length);
    expect(timeline.find((entry) => entry.kind === 'audit-event' && entry.action === 'result-submitted')).toMatchObject({ source: 'audit', actor: { agency: 'XA_VI_DU_B1', user: 'canbo.gddt' } });
    expect(timeline.find((entry) => entry.kind === 'audit-event' && entry.action === 'result-accepted')).toMatchObject({ actor: { agency: monitor, user: 'giam.sat' } });
    const assignmentNotice = timeline.find((entry) => entry.kind === 'notice' && entry.action === 'assignment');
    expect((assignmentNotice!.details.recipients as string[]).length).toBeGreaterThan(0);
    expect(timeline.some((entry) => entry.kind === 'record')).toBe(true);
    expect(timeline.every((entry) => entry.at.endsWith('+07:00'))).toBe(true);
    // Temporal keeps no rejected update in the history: the refusals come from the audit log,
    // each with its actor, its reason, and the input that was sent.
    expect(timeline.filter((entry) => entry.kind === 'update').map((entry) => entry.action)).toEqual(['submitResult', 'reviewResult']);
    const refused = timeline.filter((entry) => entry.kind === 'refused');
    expect(refused.map((entry) => [entry.details.update, entry.details.refusedBy, entry.actor?.user, entry.actor?.role])).toEqual([
      ['submitResult', 'client', expect.any(String), 'officer'],
      ['submitResult', 'workflow', expect.any(String), 'officer'],
      ['submitResult', 'workflow', 'nguoi.khac', 'officer'],
      ['submitResult', 'workflow', 'kiem.toan', 'auditor'],
      ['reviewResult', 'workflow', 'kiem.toan', 'auditor'],
    ]);
    expect(refused.every((entry) => entry.source === 'audit')).toBe(true);
    expect(refused[0]!.details).toMatchObject({ input: { file: expect.stringContaining('invalid.yaml') } });
    expect(refused[0]!.details.reason).toContain('indicators.0.count: counts cannot be negative');
    expect(refused[1]!.details.reason).toContain(`indicator ${indicatorCodes.at(-1)} is missing`);
    expect((refused[1]!.details.input as { indicators: unknown[] }).indicators).toHaveLength(indicatorCodes.length - 1);
    expect(refused[2]).toMatchObject({ actor: { agency: monitor }, details: { reason: expect.stringContaining('may not submit-result') } });
    expect(audit.notes.join(' ')).toContain('Temporal writes no event for an update its validator rejects');

    const text = await runDondoc(['audit', reportId], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\+07:00 {2}T {2}update +XA_VI_DU_B1\/canbo\.gddt +update submitResult accepted/);
    expect(text.stdout).toContain('Deadlines:');
    const csv = await runDondoc(['audit', reportId, '--format', 'csv'], env);
    expect(csv.stdout.split('\r\n')[0]).toBe('at,source,kind,action,actor_agency,actor_user,actor_role,summary,details,ref');

    // The acceptance notice reached the outbox.
    const outbox = await runDondoc(['outbox', '--agency', 'XA_VI_DU_B1', '--json'], env);
    expect((JSON.parse(outbox.stdout) as { kind: string | null }[]).some((mail) => mail.kind === 'report-accepted')).toBe(true);
  });

  it('reads the embedded database while the worker writes to it', async () => {
    const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1', '--state', 'assigned']);
    // The commune's one-off tasks (its continuous tasks are sections of its report).
    const targets = rows.filter((row) => row.period === 'once' && /^I{1,3}\./.test(row.taskRef));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    const file = join(env.DONDOC_DATA_DIR!, 'narrative-only.yaml');
    await writeFile(file, 'narrative: Đã triển khai.\n');
    const writes = targets.map((row) => runDondoc(['report', 'submit', row.id, '--file', file, '--as', 'XA_VI_DU_B1', '--user', 'canbo.gddt'], env));
    const reads = [
      runDondoc(['status', '--json'], env),
      runDondoc(['assignment', 'list', '--json'], env),
      runDondoc(['status', '--agency', 'XA_VI_DU_B1', '--json'], env),
      runDondoc(['audit', 'verify', '--json'], env),
    ];
    const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    for (const result of [...written, ...read]) expect(result.code, result.stderr).toBe(0);
    // One more than at the start: the report's completed period is counted beside its next one.
    expect((JSON.parse(read[0]!.stdout) as TStatusJson).totals.total).toBe(assignments + 1);
    expect(JSON.parse(read[1]!.stdout)).toHaveLength(assignments);
    expect(JSON.parse(read[3]!.stdout)).toMatchObject({ ok: true });
    const submitted = await eventually('every submission in the read model', async () => {
      const list = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1', '--state', 'submitted']);
      return targets.every((target) => list.some((row) => row.id === target.id)) ? list : undefined;
    });
    expect(submitted.length).toBeGreaterThanOrEqual(targets.length);
  });

  it('`audit` still shows the hash-chained audit log once Temporal has deleted a closed workflow (its retention ended)', async () => {
    // A one-off task of another commune: closed, then deleted as the namespace's retention would delete it.
    const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_A1']);
    const closed = rows.find((row) => row.period === 'once');
    expect(closed, JSON.stringify(rows.slice(0, 3))).toBeDefined();
    const before = await json<TTimelineJson>(['audit', closed!.id]);
    expect(before.historyAvailable).toBe(true);
    const fromAuditLog = before.timeline.filter((entry) => entry.source === 'audit');
    expect(fromAuditLog.length).toBeGreaterThan(0);

    const connection = await Connection.connect({ address: `127.0.0.1:${env.DONDOC_TEMPORAL_PORT}` });
    try {
      const handle = new Client({ connection }).workflow.getHandle(closed!.id);
      await handle.terminate('e2e: a closed workflow whose retention has ended');
      await connection.workflowService.deleteWorkflowExecution({ namespace: 'default', workflowExecution: { workflowId: closed!.id } });
      await eventually('the workflow deleted from Temporal', async () => ((await handle.describe().then(() => false, (error: unknown) => error instanceof WorkflowNotFoundError)) ? true : undefined));
    } finally {
      await connection.close();
    }

    const after = await json<TTimelineJson>(['audit', closed!.id]);
    expect(after).toMatchObject({ historyAvailable: false, runs: 0 });
    expect(after.notes.join(' ')).toContain('Temporal no longer has this workflow (closed longer than the retention period): the audit log alone is shown.');
    expect(after.timeline.every((entry) => entry.source === 'audit')).toBe(true);
    expect(after.timeline.map((entry) => [entry.at, entry.action])).toEqual(expect.arrayContaining(fromAuditLog.map((entry) => [entry.at, entry.action])));
    const text = await runDondoc(['audit', closed!.id], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('no Temporal history');
  });

  it('`audit verify` recomputes the hash chain: OK, with the number of events', async () => {
    const result = await runDondoc(['audit', 'verify'], env);
    expect(result.code).toBe(0);
    const checked = Number(/Audit chain OK: (\d+) event\(s\) verified/.exec(result.stdout)?.[1]);
    expect(checked).toBeGreaterThanOrEqual(assignments);
  });

  it('stops on SIGTERM, after which the commands say to start dondoc first', async () => {
    expect(await up.stop('SIGTERM')).toBe(0);
    // The commands' reads never split a statement of the worker's on the shared embedded backend.
    expect(up.output()).not.toMatch(/prepared statement|portal "[^"]*" does not exist|bind message supplies/);
    const status = await runDondoc(['status'], env);
    expect(status.code).toBe(3);
    expect(status.stderr).toContain('start dondoc first (npm run up)');
    const show = await runDondoc(['assignment', 'show', reportId], env);
    expect(show.code).toBe(3);
    expect(show.stderr).toContain('Start dondoc first (npm run up)');
  });
});
