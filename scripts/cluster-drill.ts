// The cluster drill (#15), one command: a local Temporal cluster on PostgreSQL (the same
// startCluster as `dondoc cluster up`), the seed plan and a generated plan loaded with the
// ordinary `dondoc plan load`, then, during the generated plan's reminder burst on the real
// clock: one of the two dondoc workers SIGKILLed, the history service restarted. Every reminder
// must be in the ledger once, sent, and in the SMTP capture once. Last, one API server is stopped
// and the other must answer with the same session cookie. Ends with `DRILL cluster: …` lines.
//
//   npx tsx scripts/cluster-drill.ts                       # 200 assignments
//   npx tsx scripts/cluster-drill.ts --assignments 2000 --lead 960
//   npx tsx scripts/cluster-drill.ts --calm                # no kill, no restart: the burst's own rate
//
// Not a vitest file: it runs for minutes and builds the Temporal server on first use, so CI does
// not run it. It needs Debian's PostgreSQL server binaries (or DRILL_POSTGRES_URL) and Go.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { seedPlanFile } from '../config/config';
import { projectPath } from '../config/project-root';
import { startCluster, type TRunningCluster } from '../embedded/cluster/start-cluster';
import { query } from '../embedded/cluster/postgres-server';
import { waitForPort } from '../embedded/cluster/managed-process';
import { startSmtpCapture } from '../embedded/smtp-capture';
import { buildCalendar, isWorkingDay, localDayOf, nextWorkingDay } from '../domain/calendar';
import { generatePlanYaml } from '../bench/generate-plan';

const MINUTE = 60_000;
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = argv.indexOf(name);
  return index < 0 ? fallback : Number(argv[index + 1]);
};
const count = option('--assignments', 200);
// Starting a workflow and mailing its assignment notice took up to ~0.3 s each on two loaded cores (bench/reminder-burst.ts).
const leadMs = option('--lead', Math.max(150, Math.ceil(count * 0.5))) * 1000;
// --calm: no fault injected, to measure the burst itself on the cluster.
const calm = argv.includes('--calm');
const progress = (message: string) => console.error(`[cluster-drill] ${new Date().toISOString().slice(11, 19)} ${message}`);
const results: string[] = [];
const pass = (line: string) => results.push(`DRILL cluster: PASS — ${line}`);
const fail = (line: string) => results.push(`DRILL cluster: FAIL — ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Every notice mailed at once (not in the daily digest), as in the reminder-burst bench: the burst is the path under test.
process.env.DONDOC_NOTICE_DIGEST = 'off';
const dataDirectory = await mkdtemp(join(tmpdir(), 'dondoc-cluster-drill-'));
// The throw-away PostgreSQL runs as the postgres user, which must reach its directory below this one.
await chmod(dataDirectory, 0o755);
let duplicates = 0;
const capture = await startSmtpCapture({ directory: join(dataDirectory, 'outbox'), onMessage: (event) => void (event.duplicate && (duplicates += 1)) });

const started = Date.now();
let cluster: TRunningCluster | undefined;
try {
  cluster = await startCluster({
    dataDirectory,
    postgresUrl: process.env.DRILL_POSTGRES_URL,
    historyShards: 4,
    namespace: 'default',
    retentionDays: 3650,
    workers: 2,
    apiServers: 2,
    smtpUrl: capture.url,
    progress,
  });
  pass(`cluster up in ${((Date.now() - started) / 1000).toFixed(1)} s: 4 Temporal services, 2 workers, 2 API servers on PostgreSQL (${cluster.postgresDescription}); Web UI ${cluster.webUiUrl ?? `not available: ${cluster.webUiUnavailable}`}`);
  await drill(cluster);
} catch (error) {
  fail(`the drill stopped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cluster?.stop();
  await capture.stop();
  if (!process.env.DRILL_KEEP) await rm(dataDirectory, { recursive: true, force: true }).catch(() => undefined);
  console.log(results.join('\n'));
  process.exitCode = results.some((line) => line.includes('FAIL')) ? 1 : 0;
}

async function drill(cluster: TRunningCluster): Promise<void> {
  const env = { ...process.env, DONDOC_DATA_DIR: dataDirectory, TEMPORAL_ADDRESS: cluster.temporalAddress, DATABASE_URL: cluster.databaseUrl, SMTP_URL: cluster.smtpUrl };
  const dondoc = (args: string[], input?: string) => runDondoc(args, env, input);

  progress('loading the seed plan with `dondoc plan load`…');
  const seed = await dondoc(['plan', 'load', seedPlanFile]);
  pass(`seed plan loaded through the cluster: ${seed.trim().split('\n')[0]}`);

  // A generated plan whose reminders fall together at a minute `leadMs` from now (bench/reminder-burst.ts).
  const now = new Date();
  const dueWall = Math.ceil((now.getTime() + leadMs) / MINUTE) * MINUTE;
  const today = localDayOf(now);
  if (localDayOf(new Date(dueWall)) !== today) throw new Error('the burst would cross midnight in Vietnam: run the drill again in a few minutes');
  const extraWorkingDays = isWorkingDay(today, buildCalendar()).working ? [] : [today];
  const deadline = nextWorkingDay(today, buildCalendar({ extraWorkingDays: extraWorkingDays.map((day) => ({ day, reason: 'drill' })) }));
  const reminderTime = new Date(dueWall + 7 * 3_600_000).toISOString().slice(11, 16);
  const planId = `drill-${Date.now().toString(36)}`;
  const file = join(dataDirectory, `${planId}.yaml`);
  await writeFile(file, generatePlanYaml({ assignments: count, startDay: today, deadline, reminderTime, reminderOffsets: [1], extraWorkingDays }));
  progress(`loading a generated plan of ${count} assignments, reminders due at ${reminderTime} (Vietnam)…`);
  const loadStarted = Date.now();
  await dondoc(['plan', 'load', file]);
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  await waitFor(async () => (await ledger(cluster, planId, 'assignment')).sent >= count, dueWall - Date.now() - 5_000, `${count} assignment notices`);
  pass(`generated plan: ${count} assignments loaded in ${loadSeconds.toFixed(1)} s (${(count / loadSeconds).toFixed(1)} starts/s), ${count} assignment notices sent before the burst`);

  progress(`waiting ${Math.round((dueWall - Date.now()) / 1000)} s for the reminder burst…`);
  await sleep(Math.max(0, dueWall - Date.now()));
  const [victim, survivor] = cluster.workers as [TRunningCluster['workers'][number], TRunningCluster['workers'][number]];
  const faults = calm ? null : await injectFaults(cluster, planId, victim);
  await waitFor(async () => (await ledger(cluster, planId, 'reminder')).sent >= count, 15 * MINUTE, `${count} reminders`);
  const lastSent = Date.now();
  await sleep(5_000); // a duplicate would arrive within seconds of the original
  const final = await ledger(cluster, planId, 'reminder');
  const stored = await outboxCount(planId, 'reminder');
  const burstSeconds = (lastSent - dueWall) / 1000;
  // Exactly once as docs/notifications.md defines it: one ledger row per notice, sent, and one
  // message per Message-ID at the receiver. A worker killed after the SMTP server took a mail but
  // before the ledger recorded it makes the retry send it again under the same Message-ID: the
  // capture drops that copy, as a receiver de-duplicating by Message-ID does. Counted, not hidden.
  const line =
    `${count} reminders: ledger ${final.rows} rows, ${final.sent} sent, ${final.failed} failed; the SMTP capture holds ${stored}` +
    `; ${duplicates} re-sent cop${duplicates === 1 ? 'y' : 'ies'} under the same Message-ID dropped by it; last one ${burstSeconds.toFixed(1)} s after due`;
  if (final.rows === count && final.sent === count && stored === count) pass(`every notice exactly once — ${line}`);
  else fail(`notices not exactly once — ${line}`);
  if (faults) {
    const takeover = !victim.running && survivor.running;
    if (takeover) pass(`${victim.spec.name} SIGKILLed at ${faults.atKill.rows} claimed / ${faults.atKill.sent} sent of ${count} reminders and left down; ${survivor.spec.name} (pid ${survivor.pid}) sent the rest`);
    else fail(`takeover: ${victim.spec.name} running ${victim.running}, ${survivor.spec.name} running ${survivor.running}`);
    pass(`history service restarted at ${faults.atRestart.sent}/${count} reminders sent, back in ${faults.historyBackSeconds.toFixed(1)} s; every reminder still went out`);
  } else pass(`calm burst (no fault injected): ${count} reminders at ${(count / burstSeconds).toFixed(1)} mails/s`);
  const failed = await countWorkflows(cluster, 'ExecutionStatus="Failed"');
  const running = await countWorkflows(cluster, `ExecutionStatus="Running" AND WorkflowId STARTS_WITH "${planId}/"`);
  if (failed === 0 && running === count) pass(`every workflow continues: ${running} assignment workflows of the plan running, ${failed} failed`);
  else fail(`workflows after the burst: ${running} of ${count} running, ${failed} failed`);

  // Sessions live in PostgreSQL: a cookie from one API server is good on the other.
  await dondoc(['user', 'add', 'drill-admin', '--name', 'Drill', '--roles', 'admin', '--password-stdin'], 'drill-cluster-passphrase-2026\n');
  const [first, second] = cluster.apiUrls as [string, string];
  const signIn = await fetch(`${first}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'drill-admin', password: 'drill-cluster-passphrase-2026' }) });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  await cluster.apiServers[0]!.stop();
  const me = await fetch(`${second}/api/me`, { headers: { cookie } });
  const identity = me.ok ? ((await me.json()) as { login: string }) : null;
  const refused = await fetch(`${first}/api/me`, { headers: { cookie } }).then(() => false, () => true);
  if (signIn.ok && identity?.login === 'drill-admin' && refused) pass(`API server 1 stopped (no longer answers); API server 2 answers /api/me with the session from server 1: ${identity.login}`);
  else fail(`sessions across API servers: sign-in ${signIn.status}, /api/me on server 2 ${me.status}, server 1 stopped ${refused}`);
}

/** SIGKILL one worker as soon as the burst is under way, then restart the history service. */
async function injectFaults(cluster: TRunningCluster, planId: string, victim: TRunningCluster['workers'][number]) {
  await waitFor(async () => (await ledger(cluster, planId, 'reminder')).claimed >= 1, 5 * MINUTE, 'the first reminder');
  const atKill = await ledger(cluster, planId, 'reminder');
  await victim.kill();
  progress(`SIGKILLed ${victim.spec.name} with ${atKill.sent} of ${count} reminders sent`);
  await sleep(2_000);
  const atRestart = await ledger(cluster, planId, 'reminder');
  progress(`restarting the history service with ${atRestart.sent} of ${count} reminders sent…`);
  const history = cluster.temporal.processes.history;
  const restartStarted = Date.now();
  await history.restart();
  await waitForPort(cluster.historyPort, { process: history, timeoutMs: 90_000, what: 'the restarted history service' });
  const historyBackSeconds = (Date.now() - restartStarted) / 1000;
  progress(`history service back in ${historyBackSeconds.toFixed(1)} s (pid ${history.pid})`);
  return { atKill, atRestart, historyBackSeconds };
}

async function ledger(cluster: TRunningCluster, planId: string, kind: string) {
  const result = await query(
    cluster.databaseUrl,
    `select count(*)::int as rows, count(*) filter (where state = 'sent')::int as sent, count(*) filter (where state = 'failed')::int as failed
       from "Notification" where kind = $1 and "assignmentId" like $2`,
    [kind, `${planId}/%`],
  );
  const row = result.rows[0] as { rows: number; sent: number; failed: number };
  return { ...row, claimed: row.rows };
}

/** Stored messages of one kind and plan in the SMTP capture (each Message-ID once). */
async function outboxCount(planId: string, kind: string): Promise<number> {
  const directory = join(dataDirectory, 'outbox');
  let found = 0;
  for (const name of (await readdir(directory)).filter((entry) => entry.endsWith('.eml'))) {
    const text = await readFile(join(directory, name), 'utf8');
    const head = text.slice(0, text.indexOf('\r\n\r\n') > 0 ? text.indexOf('\r\n\r\n') : 4_000);
    if (new RegExp(`^X-Dondoc-Kind: ${kind}\\s*$`, 'im').test(head) && head.includes(`${planId}/`)) found += 1;
  }
  return found;
}

async function countWorkflows(cluster: TRunningCluster, visibilityQuery: string): Promise<number> {
  const connection = await Connection.connect({ address: cluster.temporalAddress });
  try {
    return (await new Client({ connection, namespace: 'default' }).workflow.count(visibilityQuery)).count;
  } finally {
    await connection.close();
  }
}

async function waitFor(check: () => Promise<boolean>, withinMs: number, what: string): Promise<void> {
  const giveUp = Date.now() + withinMs;
  let shown = Date.now();
  while (!(await check())) {
    if (Date.now() > giveUp) throw new Error(`${what}: not reached in ${Math.round(withinMs / 1000)} s`);
    if (Date.now() - shown > 15_000) {
      shown = Date.now();
      progress(`  still waiting for ${what}…`);
    }
    await sleep(500);
  }
}

function runDondoc(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [projectPath('bin', 'dondoc.js'), ...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`dondoc ${args.join(' ')}: ${stderr.trim().split('\n').slice(-3).join(' | ') || error.message}`)) : resolve(stdout),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

