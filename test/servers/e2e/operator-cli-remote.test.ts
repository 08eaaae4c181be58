// The operator scenario of operator-cli.test.ts in remote mode: the CLI as an agency's script
// runs it, through the HTTP API of a running `dondoc up` with a bearer token, from a machine
// without Temporal or the database (an empty data directory, no addresses). The same status,
// list, report submitted and reviewed, refusals, consolidated report, audit timeline and chain;
// and what only remote mode has: the token from a private file, a file others may read refused,
// a revoked token refused, --as refused, a local-only command refused, the API unreachable.
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../../client/plans/read-plan-file';
import { parseReport } from '../../../cli/commands/report-file';
import { embeddedUpEnvironment } from '../../helpers/embedded-up-env';
import { seedPlanPath } from '../../helpers/assignment-fixtures';
import { unitReportTerms } from '../../helpers/unit-report-terms';
import { runDondoc, startDondoc, type CommandResult, type LongRunning } from '../../helpers/cli-process';

const planId = 'ke-hoach-135-tre-em';
// The commune's one annual report (policy.reportGrouping one_report_per_unit): a section per task it answers for.
const reportId = `${planId}/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_B/report`;

/** The server machine: `dondoc up`, and the operator's local commands that create users and tokens. */
let serverEnv: NodeJS.ProcessEnv;
/** The agency's machine: only the API's address; no data directory of a dondoc, no Temporal, no database. */
let remoteEnv: NodeJS.ProcessEnv;
let up: LongRunning;
let apiUrl: string;
let assignments: number;
let monitor: string;
/** The figures the commune is asked for (those of its level), the cycle's in the plan's order, and its report's sections. */
let indicatorCodes: string[];
let cycleIndicatorCodes: string[];
let sectionRefs: string[];

/** The figure the test's commune reports for an indicator: its place in the cycle's list, plus 10. */
function figureOf(code: string): number {
  return 10 + cycleIndicatorCodes.indexOf(code);
}
let plan: Awaited<ReturnType<typeof loadPlan>>;
let directory: string;
const tokens: Record<string, string> = {};
/** The period the report test submitted for, which `report consolidated` then shows. */
let reportedPeriod = '';

/** Who signs in, and with what: each acts only through their token. */
const people = () =>
  [
    ['canbo.gddt', 'officer', 'XA_VI_DU_B1'],
    ['nguoi.khac', 'officer', monitor],
    ['tong.hop', 'officer', monitor],
    ['giam.sat', 'monitor', monitor],
    ['kiem.toan', 'auditor', null],
    ['quan.tri', 'admin', null],
  ] as const;

/** A remote command as `who` (the auditor, who reads everything, unless said). */
function remote(args: string[], who = 'kiem.toan', extraEnv: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return runDondoc(args, { ...remoteEnv, DONDOC_API_TOKEN: tokens[who], ...extraEnv });
}

/** A remote command that must succeed: its stdout as JSON. */
async function json<T = Record<string, unknown>>(args: string[], who = 'kiem.toan'): Promise<T> {
  const result = await remote([...args, ...(args[0] === 'audit' && args[1] !== 'verify' ? ['--format', 'json'] : ['--json'])], who);
  if (result.code !== 0) throw new Error(`dondoc ${args.join(' ')} exited ${result.code}:\n${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout) as T;
}

/** A local command of the operator on the server machine, which must succeed. */
async function onServer(args: string[]): Promise<string> {
  const result = await runDondoc(args, serverEnv);
  if (result.code !== 0) throw new Error(`dondoc ${args.join(' ')} exited ${result.code}:\n${result.stderr}${result.stdout}`);
  return result.stdout.trim();
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

/** Nothing the CLI printed holds a token. */
function expectNoToken(result: CommandResult): void {
  for (const token of Object.values(tokens)) expect(`${result.stdout}${result.stderr}`).not.toContain(token);
}

interface TStatusJson {
  totals: { total: number; completedOnTime: number; awaitingReview: number };
  agencies: { agency: string; total: number }[];
}
interface TRowJson {
  id: string;
  period: string;
  taskRef: string;
  responsibleAgency: string;
  state: string;
}
interface TTimelineJson {
  timeline: { source: string; kind: string; action: string; actor: { agency: string | null; user: string | null; role?: string } | null; details: Record<string, unknown> }[];
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dondoc-remote-'));
  serverEnv = await embeddedUpEnvironment('dondoc-operator-remote-', { DONDOC_USER: 'e2e-operator', DONDOC_API_URL: '', DONDOC_API_TOKEN: '', DONDOC_API_TOKEN_FILE: '' });
  plan = await loadPlan(seedPlanPath);
  ({ monitor, indicatorCodes, cycleIndicatorCodes, sectionRefs } = unitReportTerms(plan, planId, reportId));
  up = startDondoc(['up'], serverEnv);
  const banner = await up.waitFor('Press Ctrl-C to stop.');
  assignments = Number(/Plan: +ke-hoach-135-tre-em: (\d+) assignments/.exec(banner)![1]);
  apiUrl = /API: +(http:\/\/\S+)\/api /.exec(banner)![1]!;
  // Were the CLI to reach for Temporal or a database here, it would find none.
  remoteEnv = {
    DONDOC_DATA_DIR: await mkdtemp(join(tmpdir(), 'dondoc-agency-')),
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    DATABASE_URL: '',
    DONDOC_USER: '',
    DONDOC_API_URL: apiUrl,
    DONDOC_API_TOKEN_FILE: '',
  };
  for (const [login, role, agency] of people()) {
    await onServer(['user', 'add', login, '--name', login, '--roles', role, ...(agency ? ['--agency', agency] : [])]);
    tokens[login] = await onServer(['token', 'create', '--user', login, '--name', 'e2e remote', '--expires', '1d']);
    expect(tokens[login]).toMatch(/^ddk_\S+$/);
  }
  await eventually('the read model of every assignment, through the API', async () => {
    const status = await json<TStatusJson>(['status']);
    return status.totals.total === assignments ? status : undefined;
  }, 90_000);
});

afterAll(async () => {
  await up?.stop('SIGTERM');
});

describe('the operator CLI in remote mode, through the HTTP API with a token', () => {
  it("`status` counts the seed plan's assignments per agency answering today, as in local mode", async () => {
    const status = await json<TStatusJson>(['status']);
    expect(status.totals.total).toBe(assignments);
    expect(status.agencies.reduce((sum, agency) => sum + agency.total, 0)).toBe(assignments);
    expect(status.agencies.map((agency) => agency.agency)).toEqual(expect.arrayContaining(['XA_VI_DU_B1', monitor]));
    const text = await remote(['status']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${assignments} assignment periods of ${status.agencies.length} agencies`);
    expectNoToken(text);
  });

  it('`assignment list` pages through every assignment; `assignment show` asks the workflow', async () => {
    expect(await json<TRowJson[]>(['assignment', 'list'])).toHaveLength(assignments);
    const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1']);
    expect(rows.find((row) => row.id === reportId)).toMatchObject({ taskRef: 'ANNUAL_CHILDREN_REPORT', assigneeAsWritten: 'HUYEN_VI_DU_B', responsibleAgency: 'XA_VI_DU_B1', state: 'assigned' });
    expect(await json(['assignment', 'show', reportId])).toMatchObject({ assignmentId: reportId, phase: 'open', responsibleAgency: 'XA_VI_DU_B1' });
    const text = await remote(['assignment', 'show', reportId]);
    expect(text.stdout).toMatch(/Answering: +XA_VI_DU_B1 \(the plan names HUYEN_VI_DU_B\)/);
  });

  it('submits a report as the agency’s officer, refusing a bad file, a missing indicator, another agency, an auditor, --as and a token file others may read', async () => {
    const indicators = indicatorCodes.map((code) => `  - { code: ${code}, count: ${figureOf(code)}, total: 50 }`);
    const sections = ['sections:', ...sectionRefs.map((ref) => `  - { taskRef: "${ref}", narrative: "Đã thực hiện nhiệm vụ ${ref} tại các thôn." }`)];
    const complete = join(directory, 'report.yaml');
    await writeFile(complete, ['narrative: Năm nay xã đã triển khai kế hoạch tại các thôn, làng.', 'indicators:', ...indicators, ...sections].join('\n'));
    const incomplete = join(directory, 'incomplete.yaml');
    await writeFile(incomplete, ['narrative: Thiếu một chỉ tiêu.', 'indicators:', ...indicators.slice(0, -1), ...sections].join('\n'));
    const invalid = join(directory, 'invalid.yaml');
    await writeFile(invalid, ['narrative: Số âm.', 'indicators:', `  - code: ${indicatorCodes[0]}`, '    count: -4'].join('\n'));
    const submit = (file: string, who: string, ...more: string[]) => remote(['report', 'submit', reportId, '--file', file, ...more], who);

    const bad = await submit(invalid, 'canbo.gddt');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 4, indicators.0.count: counts cannot be negative');

    const missing = await submit(incomplete, 'canbo.gddt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`indicator ${indicatorCodes.at(-1)} is missing`);

    const otherAgency = await submit(complete, 'nguoi.khac');
    expect(otherAgency.code).toBe(2);
    expect(otherAgency.stderr).toContain(`nguoi.khac may not submit-result on ${reportId}`);

    const auditor = await submit(complete, 'kiem.toan');
    expect(auditor.code).toBe(2);
    expect(auditor.stderr).toContain(`kiem.toan may not submit-result on ${reportId}`);

    const declared = await submit(complete, 'canbo.gddt', '--as', 'XA_VI_DU_B1', '--user', 'someone');
    expect(declared.code).toBe(2);
    expect(declared.stderr).toContain('--as, --user are for the operator on the server machine (local mode)');

    const openFile = join(directory, 'open-token');
    await writeFile(openFile, `${tokens['canbo.gddt']}\n`);
    await chmod(openFile, 0o644);
    const open = await submit(complete, 'canbo.gddt', '--token-file', openFile);
    expect(open.code).toBe(2);
    expect(open.stderr).toContain(`is open to other users (mode 0644)`);
    expect(open.stderr).toContain(`chmod 600 ${openFile}`);
    expectNoToken(open);
    // Nothing was sent by any of them.
    expect(await json(['assignment', 'show', reportId])).toMatchObject({ phase: 'open' });

    const before = (await json<TStatusJson>(['status', '--agency', 'XA_VI_DU_B1'])).totals;
    // The token from a file only its owner can read, which wins over the environment's (the auditor's).
    const privateFile = join(directory, 'private-token');
    await writeFile(privateFile, `${tokens['canbo.gddt']}\n`, { mode: 0o600 });
    await chmod(privateFile, 0o600);
    const submitted = await submit(complete, 'kiem.toan', '--token-file', privateFile, '--json');
    expect(submitted.code, submitted.stderr).toBe(0);
    expectNoToken(submitted);
    const accepted = JSON.parse(submitted.stdout) as { assignmentId: string; phase: string; period: string };
    reportedPeriod = accepted.period;
    expect(accepted).toMatchObject({ assignmentId: reportId, phase: 'submitted' });

    await eventually('the read model to show the submission', async () => {
      const rows = await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1', '--state', 'submitted']);
      return rows.some((row) => row.id === reportId) ? rows : undefined;
    });
    expect((await json<TStatusJson>(['status', '--agency', 'XA_VI_DU_B1'])).totals.awaitingReview).toBe(1);

    // An auditor reviewing is refused; the monitoring department accepts.
    const auditorReview = await remote(['report', 'review', reportId, '--accept'], 'kiem.toan');
    expect(auditorReview.code).toBe(2);
    expect(auditorReview.stderr).toContain(`kiem.toan may not review-result on ${reportId}`);
    expect(await json(['report', 'review', reportId, '--accept'], 'giam.sat')).toMatchObject({ phase: 'completed', classification: { status: 'completed_on_time' } });
    const next = await eventually('the next period in the read model', async () => {
      const row = (await json<TRowJson[]>(['assignment', 'list', '--agency', 'XA_VI_DU_B1'])).find((each) => each.id === reportId)!;
      return row.period !== accepted.period ? row : undefined;
    });
    expect(next).toMatchObject({ period: String(Number(accepted.period) + 1), state: 'assigned' });
    expect((await json<TStatusJson>(['status', '--agency', 'XA_VI_DU_B1'])).totals).toMatchObject({ completedOnTime: 1, total: before.total + 1 });
  });

  it('`report consolidated` shows the period; `report draft` prefills the consolidation, which its officer submits', async () => {
    const period = reportedPeriod;
    const view = await json<{ period: string; units: { agency: string; timeliness: string }[]; onTime: number; missing: number; indicators: { code: string; count: number }[] }>([
      'report',
      'consolidated',
      'ANNUAL_CHILDREN_REPORT',
      '--period',
      period,
    ]);
    expect(view.units.find((unit) => unit.agency === 'XA_VI_DU_B1')).toMatchObject({ timeliness: 'on_time' });
    expect(view.onTime).toBe(1);
    expect(view.missing).toBe(view.units.length - 1);
    expect(view.indicators.map((indicator) => indicator.code)).toEqual(cycleIndicatorCodes);
    for (const code of indicatorCodes) expect(view.indicators.find((indicator) => indicator.code === code)!.count).toBe(figureOf(code));
    const text = await remote(['report', 'consolidated', 'ANNUAL_CHILDREN_REPORT', '--period', period]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/XA_VI_DU_B1 +on time/);
    expect(text.stdout).toContain(`1 on time, 0 late, ${view.units.length - 1} missing of ${view.units.length} units`);

    const consolidation = (await json<TRowJson[]>(['assignment', 'list', '--agency', monitor])).find((row) => row.taskRef === 'CONSOLIDATED_REPORT' && row.period === period)!;
    expect(consolidation).toBeDefined();
    const draftFile = join(directory, 'consolidated-draft.yaml');
    const drafted = await remote(['report', 'draft', consolidation.id, '-o', draftFile], 'tong.hop');
    expect(drafted.code, drafted.stderr).toBe(0);
    const draft = parseReport(await readFile(draftFile, 'utf8'), draftFile);
    const draftedFigures = new Map(draft.indicators.map((indicator) => [indicator.code, indicator.count]));
    for (const code of indicatorCodes) expect(draftedFigures.get(code)).toBe(figureOf(code));
    expect(await json(['report', 'submit', consolidation.id, '--file', draftFile], 'tong.hop')).toMatchObject({ assignmentId: consolidation.id, phase: 'submitted' });
    expect((await remote(['report', 'draft', reportId], 'canbo.gddt')).stdout).toContain('Replace each 0 with the figure of the period');

    const unknown = await remote(['report', 'consolidated', 'QUARTERLY']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no reporting cycle or review QUARTERLY');
  });

  it("refuses an officer acting on another agency's assignment (403, exit 2), and the audit log holds the refusal", async () => {
    const consolidation = (await json<TRowJson[]>(['assignment', 'list', '--agency', monitor])).find((row) => row.taskRef === 'CONSOLIDATED_REPORT')!;
    const refused = await remote(['extension', 'request', consolidation.id, '--until', '2099-12-30', '--reason', 'cần thêm thời gian'], 'canbo.gddt');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`canbo.gddt may not request-extension on ${consolidation.id}`);
    // An officer reads only their agency's assignments.
    expect((await remote(['assignment', 'show', consolidation.id], 'canbo.gddt')).code).toBe(2);
    const { timeline } = await json<TTimelineJson>(['audit', consolidation.id]);
    expect(timeline.filter((entry) => entry.kind === 'refused').map((entry) => [entry.details.update, entry.details.refusedBy, entry.actor?.user])).toContainEqual([
      'requestExtension',
      'server',
      'canbo.gddt',
    ]);
  });

  it('`audit` shows the timeline through the API: the updates with their actors, and every refusal sent', async () => {
    const audit = await eventually('the acceptance notice in the history', async () => {
      const report = await json<TTimelineJson>(['audit', reportId]);
      return report.timeline.some((entry) => entry.kind === 'notice' && entry.action === 'report-accepted') ? report : undefined;
    });
    const { timeline } = audit;
    expect(timeline.find((entry) => entry.kind === 'update' && entry.action === 'submitResult')).toMatchObject({ source: 'temporal', actor: { agency: 'XA_VI_DU_B1', user: 'canbo.gddt' } });
    expect(timeline.find((entry) => entry.kind === 'audit-event' && entry.action === 'result-accepted')).toMatchObject({ actor: { agency: monitor, user: 'giam.sat' } });
    expect(timeline.filter((entry) => entry.kind === 'update').map((entry) => entry.action)).toEqual(['submitResult', 'reviewResult']);
    // The bad file, --as and the open token file were refused before anything was sent: no record.
    const refused = timeline.filter((entry) => entry.kind === 'refused');
    expect(refused.map((entry) => [entry.details.update, entry.details.refusedBy, entry.actor?.user])).toEqual([
      ['submitResult', 'workflow', 'canbo.gddt'],
      ['submitResult', 'server', 'nguoi.khac'],
      ['submitResult', 'server', 'kiem.toan'],
      ['reviewResult', 'server', 'kiem.toan'],
    ]);
    expect(refused[0]!.details.reason).toContain(`indicator ${indicatorCodes.at(-1)} is missing`);

    const text = await remote(['audit', reportId]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/\+07:00 {2}T {2}update +XA_VI_DU_B1\/canbo\.gddt +update submitResult accepted/);
    expect(text.stdout).toContain('Deadlines:');
    const csv = await remote(['audit', reportId, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('at,source,kind,action,actor_agency,actor_user,actor_role,summary,details,ref');
  });

  it('runs updates and reads side by side through the API', async () => {
    const rows = await json<TRowJson[]>(['assignment', 'list', '--state', 'assigned'], 'canbo.gddt');
    expect(rows.every((row) => row.responsibleAgency === 'XA_VI_DU_B1')).toBe(true);
    // The commune's one-off tasks (its continuous tasks are sections of its report).
    const targets = rows.filter((row) => row.period === 'once' && /^I{1,3}\./.test(row.taskRef));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    const file = join(directory, 'narrative-only.yaml');
    await writeFile(file, 'narrative: Đã triển khai.\n');
    const writes = targets.map((row) => remote(['report', 'submit', row.id, '--file', file], 'canbo.gddt'));
    const reads = [remote(['status', '--json']), remote(['assignment', 'list', '--json']), remote(['audit', 'verify', '--json'])];
    const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    for (const result of [...written, ...read]) expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(read[1]!.stdout)).toHaveLength(assignments);
    expect(JSON.parse(read[2]!.stdout)).toMatchObject({ ok: true });
  });

  it('`audit verify` recomputes the hash chain through the API', async () => {
    const result = await remote(['audit', 'verify']);
    expect(result.code, result.stderr).toBe(0);
    expect(Number(/Audit chain OK: (\d+) event\(s\) verified/.exec(result.stdout)?.[1])).toBeGreaterThanOrEqual(assignments);
  });

  it('refuses a revoked token (unauthenticated, exit 2), a missing token with how to get one, and a local-only command', async () => {
    const spare = await onServer(['token', 'create', '--user', 'canbo.gddt', '--name', 'to revoke', '--expires', '1d']);
    await onServer(['token', 'revoke', spare.slice(0, 12)]);
    const revoked = await runDondoc(['status'], { ...remoteEnv, DONDOC_API_TOKEN: spare });
    expect(revoked.code).toBe(2);
    expect(revoked.stderr).toContain('revoked');
    expect(`${revoked.stdout}${revoked.stderr}`).not.toContain(spare);

    const none = await runDondoc(['status'], { ...remoteEnv, DONDOC_API_TOKEN: '' });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('dondoc token create --user');

    const local = await remote(['plan', 'load', 'plans/ke-hoach-135-tre-em.yaml']);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('dondoc plan load is local only');
  });

  it('reads the outbox and records a succession as an administrator only', async () => {
    const refused = await remote(['outbox']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('needs the role admin');
    const mail = await json<{ id: string; kind: string | null; to: string[] }[]>(['outbox'], 'quan.tri');
    expect(mail.length).toBeGreaterThanOrEqual(assignments);
    const shown = await json<{ id: string; text: string }>(['outbox', 'show', mail[0]!.id], 'quan.tri');
    expect(shown).toMatchObject({ id: mail[0]!.id, text: expect.any(String) });
    // The registry check answers before any workflow starts; an officer may not even ask.
    const unknown = await remote(['agency', 'succeed', 'SO_KHONG_CO', 'QNG_SO_YT', '--from', '2025-07-01'], 'quan.tri');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('SO_KHONG_CO is not in the registry');
    const officer = await remote(['agency', 'succeed', 'QNG_SO_GDDT', 'QNG_SO_YT', '--from', '2025-07-01'], 'canbo.gddt');
    expect(officer.code).toBe(2);
    expect(officer.stderr).toContain('needs the role admin');
    const asUser = await remote(['agency', 'succeed', 'QNG_SO_GDDT', 'QNG_SO_YT', '--from', '2025-07-01', '--user', 'someone'], 'quan.tri');
    expect(asUser.stderr).toContain('--user is for the operator on the server machine');
  });

  it('says which API it cannot reach once the server stops, with exit code 3', async () => {
    expect(await up.stop('SIGTERM')).toBe(0);
    const status = await remote(['status']);
    expect(status.code).toBe(3);
    expect(status.stderr).toContain(`cannot reach the dondoc API at ${apiUrl}`);
    expect(status.stderr).toContain('dondoc serve');
  });
});
