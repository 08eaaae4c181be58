// Benchmark 2 of #14, reminder burst: N reminders (default 1,000) due at one instant, timed from
// that instant until the N-th reminder mail is stored by a local SMTP server, against nodemailer
// sending N messages straight to the same server in the same run (the same transport dondoc's
// notice sender builds, one of dondoc's own reminder mails as the message, as many at once as the
// worker runs activities: 100). Goal (#14): dondoc's mails/s ÷ nodemailer's mails/s ≥ 0.5.
//
// Path measured: DONDOC_NOTICE_DIGEST=off, every notice mailed at once (claimed in the ledger,
// rendered, sent). With the default daily digest (#12) a reminder is only queued and the agency's
// one mail goes out at 08:30; that path is the digest's, not a burst of reminders.
//
// Time is driven by the real clock on the Temporal dev server (as `dondoc up` runs it), not the
// time-skipping server: the burst must be measured in wall time, and the time-skipping server
// would jump over the very seconds being measured. A generated plan of N one-off tasks (N
// communes × tasks, bench/generate-plan.ts) is due the next working day with one reminder, one
// working day before, at a minute a little in the future (`--lead` seconds, enough to start the
// workflows and mail their N assignment notices first; today is made a working day if it is not).
//
// `--jitter <minutes>` runs a second plan with policy.reminders.jitterMinutes set and reports the
// peak mails per second and per 10 s with and without it (benchmark 7's thundering herd).
//
//   npx tsx bench/reminder-burst.ts                 # 1,000 reminders
//   npx tsx bench/reminder-burst.ts --quick         # 100 reminders
//   npx tsx bench/reminder-burst.ts --jitter 5      # and the same 1,000 spread over 5 minutes
//   npx tsx bench/reminder-burst.ts --count 500 --lead 240
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPlanFile } from '../client/plans/load-plan';
import { buildCalendar, isWorkingDay, localDayOf, nextWorkingDay } from '../domain/calendar';
import { createMailTransport } from '../embedded/smtp-capture';
import { inParallel } from '../activities/in-parallel';
import { BENCH_TASK_QUEUE, startBenchSystem, type TBenchSystem } from './bench-system';
import { formatTable, peakPerBucket, perSecond, round } from './bench-figures';
import { printBenchResult } from './bench-result';
import { generatePlanYaml } from './generate-plan';

const GOAL_RATIO = 0.5;
/** The worker's default maxConcurrentActivityTaskExecutions: at most this many notices are sent at once. */
const SEND_CONCURRENCY = 100;
const MINUTE = 60_000;

const argv = process.argv.slice(2);
const option = (name: string) => {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}: expected a whole number, got ${argv[index + 1]}`);
  return value;
};
const count = option('--count') ?? (argv.includes('--quick') ? 100 : 1_000);
const jitter = option('--jitter');
// Starting a workflow and mailing its assignment notice took up to ~0.3 s each on a 2-core machine at load 15.
const leadMs = (option('--lead') ?? Math.max(60, Math.ceil(count * 0.4))) * 1000;
const progress = (message: string) => console.error(`[reminder-burst] ${message}`);

interface TBurst {
  label: string;
  /** performance.now() of the instant the reminders were due. */
  dueAt: number;
  arrivals: number[];
}

/** Loads a plan whose `count` reminders fall on the next whole minute at least `leadMs` away, then waits for them all. */
async function runBurst(system: TBenchSystem, label: string, jitterMinutes: number): Promise<TBurst> {
  const now = new Date();
  const dueWall = Math.ceil((now.getTime() + leadMs) / MINUTE) * MINUTE;
  const today = localDayOf(now);
  if (localDayOf(new Date(dueWall + jitterMinutes * MINUTE)) !== today) throw new Error('the burst would cross midnight in Vietnam: run the bench again in a few minutes');
  const extraWorkingDays = isWorkingDay(today, buildCalendar()).working ? [] : [today];
  const deadline = nextWorkingDay(today, buildCalendar({ extraWorkingDays: extraWorkingDays.map((day) => ({ day, reason: 'bench' })) }));
  const reminderTime = new Date(dueWall + 7 * 3_600_000).toISOString().slice(11, 16);
  const planId = `burst-${label}-${Date.now().toString(36)}`;
  const file = join(system.dataDirectory, `${planId}.yaml`);
  await writeFile(file, generatePlanYaml({ assignments: count, startDay: today, deadline, reminderTime, reminderOffsets: [1], jitterMinutes, extraWorkingDays }));

  const before = system.arrivals.length;
  progress(`${label}: loading ${count} assignments, reminders due at ${reminderTime} (Vietnam)${jitterMinutes ? ` spread over ${jitterMinutes} min` : ''}…`);
  const outcome = await loadPlanFile(system.client, { file, taskQueue: BENCH_TASK_QUEUE, planId });
  if (outcome.started !== count) throw new Error(`the plan started ${outcome.started} assignments, not ${count}`);
  await waitForArrivals(system, before + count, dueWall - Date.now(), 'assignment notices');
  const dueAt = performance.now() + (dueWall - Date.now());
  if (dueWall - Date.now() < 1_000) throw new Error(`the ${count} assignment notices were not all mailed before the reminders were due: give more time with --lead (now ${leadMs / 1000} s)`);
  progress(`${label}: ${count} assignment notices mailed; waiting ${Math.round((dueWall - Date.now()) / 1000)} s for the reminders…`);
  await waitForArrivals(system, before + 2 * count, dueWall - Date.now() + jitterMinutes * MINUTE + 15 * MINUTE, 'reminders');
  return { label, dueAt, arrivals: system.arrivals.slice(before + count, before + 2 * count) };
}

async function waitForArrivals(system: TBenchSystem, total: number, withinMs: number, what: string): Promise<void> {
  const giveUp = Date.now() + withinMs;
  let shown = 0;
  while (system.arrivals.length < total) {
    if (Date.now() > giveUp) throw new Error(`only ${system.arrivals.length} of ${total} mails arrived in time (${what})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (Date.now() - shown > 10_000) {
      shown = Date.now();
      progress(`  ${what}: ${system.arrivals.length} mails in the server (waiting for ${total})`);
    }
  }
}

/** nodemailer alone: `count` copies of one of dondoc's reminder mails, each under its own Message-ID. */
async function sendStraight(system: TBenchSystem): Promise<TBurst> {
  const outbox = join(system.dataDirectory, 'outbox');
  const last = (await readdir(outbox)).filter((name) => name.endsWith('.eml')).sort().at(-1)!;
  const template = await readFile(join(outbox, last), 'utf8');
  const transport = createMailTransport(system.smtpUrl);
  const before = system.arrivals.length;
  const dueAt = performance.now();
  await inParallel(
    Array.from({ length: count }, (_, index) => index),
    SEND_CONCURRENCY,
    async (index) => {
      const raw = template.replace(/^Message-ID:.*$/im, `Message-ID: <bench-${index}-${Date.now()}@nodemailer.invalid>`);
      await transport.sendMail({ envelope: { from: 'dondoc@dondoc.invalid', to: ['dau-moi@xa-0001.example'] }, raw });
    },
  );
  await waitForArrivals(system, before + count, MINUTE, 'nodemailer');
  return { label: 'nodemailer', dueAt, arrivals: system.arrivals.slice(before, before + count) };
}

const system = await startBenchSystem({ noticeDigest: 'off', progress });
const bursts: TBurst[] = [];
try {
  bursts.push(await runBurst(system, 'dondoc', 0));
  progress(`nodemailer: sending ${count} messages straight to the same server…`);
  bursts.push(await sendStraight(system));
  if (jitter) bursts.push(await runBurst(system, `dondoc, jitter ${jitter} min`, jitter));
} finally {
  await system.stop();
}

const describe = (burst: TBurst) => {
  const lastMs = Math.max(...burst.arrivals) - burst.dueAt;
  const firstMs = Math.min(...burst.arrivals) - burst.dueAt;
  return { lastMs, firstMs, rate: perSecond(burst.arrivals.length, lastMs), peak1: peakPerBucket(burst.arrivals, burst.dueAt, 1000), peak10: peakPerBucket(burst.arrivals, burst.dueAt, 10_000) };
};
const [dondoc, nodemailer, jittered] = bursts.map(describe) as [ReturnType<typeof describe>, ReturnType<typeof describe>, ReturnType<typeof describe> | undefined];
const ratio = dondoc.rate / nodemailer.rate;
console.log(
  formatTable([
    ['run', 'mails', 'first s', 'last s', 'mails/s', 'peak per 1 s', 'peak per 10 s'],
    ...bursts.map((burst, index) => {
      const figures = [dondoc, nodemailer, jittered][index]!;
      return [burst.label, burst.arrivals.length, round(figures.firstMs / 1000, 1), round(figures.lastMs / 1000, 1), round(figures.rate, 1), figures.peak1, figures.peak10];
    }),
  ]),
);
console.log(`ratio (dondoc mails/s ÷ nodemailer mails/s): ${round(ratio)} (goal ≥ ${GOAL_RATIO}); times from the instant the reminders were due (nodemailer: from its first send)`);
printBenchResult({
  bench: 'reminder-burst',
  goal: `${count} reminders due at one instant: dondoc mails/s ÷ nodemailer mails/s ≥ ${GOAL_RATIO}`,
  met: ratio >= GOAL_RATIO,
  figures: {
    reminders: count,
    dondoc_mails_per_s: round(dondoc.rate, 1),
    nodemailer_mails_per_s: round(nodemailer.rate, 1),
    ratio: round(ratio),
    dondoc_last_mail_s: round(dondoc.lastMs / 1000, 1),
    dondoc_peak_per_1s: dondoc.peak1,
    dondoc_peak_per_10s: dondoc.peak10,
    ...(jittered ? { jitter_minutes: jitter!, jittered_peak_per_1s: jittered.peak1, jittered_peak_per_10s: jittered.peak10, jittered_last_mail_s: round(jittered.lastMs / 1000, 1) } : {}),
  },
});
