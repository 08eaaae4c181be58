// Issue 14, benchmarks 5 (history) and 6 (simulation): the seed plan simulated from its start to
// 2030-12-31 on the time-skipping server twice, with every agency on time and with a hard cast
// (bench/casts/late-agencies.yaml: several agencies late, two that never answer, two that ask for
// extensions).
//
// 5. History, measured on both runs: every run of every assignment workflow fetched at the end.
//    An assignment-year is one assignment workflow open for one year, from its first run's start
//    to its last run's close (or the end of the simulated span if still open); events per
//    assignment-year = all events of all runs ÷ the sum of the workflows' open years (bytes: the
//    histories protobuf-encoded, as the server sends them). Goal: ≤ 200 events per
//    assignment-year, no run above 1,000 events.
// 6. Simulation: wall time of each run (server, database and bundle start included) and timers
//    per second (TimerFired events in the histories ÷ wall seconds). Goal: < 120 s for each.
//    Baseline, same run, a fresh server of the same build (bench/timer-baseline.ts): the same
//    number of one-day timers in as many trivial workflows, skipped through as fast as the server
//    goes, and the same number of bare clock steps; run before the simulations and after them,
//    the mean of the two is the baseline (their difference shows how the machine's load moved).
//    The ratio (simulation timers/s ÷ baseline timers/s) says how far the simulation is from the
//    server's own rate on this machine now; the bare steps are the floor of the simulator's
//    stepping. The table splits each wall time into where it went. Both runs are timed in a warm
//    process: a week of simulation runs first (its time printed), since the first simulation in
//    a process pays for loading the code, and the casts would not be compared alike.
//
//   npx tsx bench/simulation.ts [--until 2030-12-31] [--late-cast FILE] [--quick]
//   --quick: to 2024-06-30, no warm-up, small baselines (a smoke test; about a minute idle); six
//   weeks make each workflow's start weigh far more than in a year, so its events per
//   assignment-year (about 350) are printed but not judged
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { endOfLocalDay, instantAt, localDayOf } from '../domain/calendar';
import { DEFAULT_BEHAVIOUR, historyFigures, type THistoryFigures } from '../domain/simulation';
import { loadPlan } from '../client/plans/read-plan-file';
import { seedPlanFile } from '../config/config';
import { readCast, simulateSeed, type TSeedSimulation } from './seed-simulation';
import { meanBaseline, measureTimerBaseline } from './timer-baseline';
import { simulationBenchLine, type TSimulationRunFigures } from './simulation-figures';
import { printBenchResult } from './bench-result';

const { values: args } = parseArgs({
  options: {
    until: { type: 'string' },
    'late-cast': { type: 'string', default: fileURLToPath(new URL('./casts/late-agencies.yaml', import.meta.url)) },
    quick: { type: 'boolean', default: false },
  },
});
const until = args.until ?? (args.quick ? '2024-06-30' : '2030-12-31');
if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new Error(`--until: expected a day as YYYY-MM-DD, got ${until}`);
const lateCast = readCast(args['late-cast']);
const seedStart = (await loadPlan(seedPlanFile)).metadata.startDate;
const loads: number[] = [];
const sampleLoad = setInterval(() => loads.push(loadavg()[0]!), 5_000);

/** A week from the seed plan's start: enough to load and run every part of the simulation once. */
function warmUpUntil(): string {
  const day = new Date(`${seedStart}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return day.toISOString().slice(0, 10);
}

function figuresOf(name: string, run: TSeedSimulation): TSimulationRunFigures & { history: THistoryFigures; largestEventsWorkflow: string; largestBytesWorkflow: string } {
  const { result, plan, seconds } = run;
  const history = historyFigures(result.histories!.workflows, endOfLocalDay(until));
  const slot = plan.policy.reminders.time;
  // Within the slot's minute: a timer fires a few milliseconds after its instant.
  const atSlot = result.notices.filter((notice) => {
    const sinceSlot = Date.parse(notice.at) - instantAt(localDayOf(new Date(notice.at)), slot).getTime();
    return sinceSlot >= 0 && sinceSlot < 60_000;
  });
  // The busiest slot: the share of the workflows that send a notice at the same 08:00.
  const perDay = new Map<string, number>();
  for (const notice of atSlot) perDay.set(localDayOf(new Date(notice.at)), (perDay.get(localDayOf(new Date(notice.at))) ?? 0) + 1);
  const spanYears = (endOfLocalDay(until).getTime() - Date.parse(result.histories!.workflows[0]?.startedAt ?? until)) / (365.25 * 24 * 3600 * 1000);
  return {
    name,
    seconds,
    timing: result.timing,
    notices: result.notices.length,
    slotNoticesPerAssignmentYear: history.assignmentYears > 0 ? atSlot.length / history.assignmentYears : 0,
    peakSlotShare: Math.max(0, ...perDay.values()) / history.workflows,
    openShare: spanYears > 0 ? history.assignmentYears / (history.workflows * spanYears) : 0,
    timersPerSecond: history.timersFired / seconds,
    history,
    largestEventsWorkflow: result.histories!.largestByEvents.workflowId,
    largestBytesWorkflow: result.histories!.largestByBytes.workflowId,
  };
}

// The baseline runs before the simulations (it also warms the machine's caches, so the first
// simulation does not pay for them alone) and after them; the ratio uses the mean of the two.
const baselineStart = new Date('2024-01-01T00:00:00Z');
process.stderr.write('baseline (before): timers in trivial workflows, bare clock steps\n');
const before = await measureTimerBaseline({ workflows: 84, timers: args.quick ? 84 : 900, steps: args.quick ? 100 : 1_800, startAt: baselineStart });
const warmUp = args.quick ? null : await simulateSeed({ cast: { default: DEFAULT_BEHAVIOUR }, until: warmUpUntil(), label: 'warm-up: one week, not counted' });
const onTime = figuresOf('on time', await simulateSeed({ cast: { default: DEFAULT_BEHAVIOUR }, until, label: `on time, to ${until}` }));
const late = figuresOf('late cast', await simulateSeed({ cast: lateCast, until, label: `late cast (${args['late-cast']}), to ${until}` }));
process.stderr.write('baseline (after): timers in trivial workflows, bare clock steps\n');
const after = await measureTimerBaseline({
  workflows: late.history.workflows,
  timers: Math.max(onTime.history.timersFired, late.history.timersFired),
  steps: Math.max(onTime.timing.steps, late.timing.steps),
  startAt: baselineStart,
});
const baseline = meanBaseline(before, after);
clearInterval(sampleLoad);
loads.push(loadavg()[0]!);

const runs = [onTime, late] as const;
const row = (label: string, value: (run: (typeof runs)[number]) => string) => console.log(`${label.padEnd(44)} ${runs.map((run) => value(run).padStart(14)).join(' ')}`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const thousands = (value: number) => Math.round(value).toLocaleString('en');
console.log(`Seed plan simulated to ${until}; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (2 shared cores)`);
row('', (run) => run.name);
row('wall time, s', (run) => run.seconds.toFixed(1));
row('  server, database, bundle start, s', (run) => seconds(run.timing.startMs));
row('  workflow starts, s', (run) => seconds(run.timing.workflowStartsMs));
row('  clock: timers, workflow tasks, activities, s', (run) => seconds(run.timing.clockMs));
row("  agencies' updates, s", (run) => seconds(run.timing.actionsMs));
row('  histories fetched and measured, s', (run) => seconds(run.timing.measureMs));
row('clock steps', (run) => String(run.timing.steps));
row('notices', (run) => thousands(run.notices));
row('timers fired', (run) => thousands(run.history.timersFired));
row('timers per second (wall)', (run) => run.timersPerSecond.toFixed(1));
row('  ratio to the baseline', (run) => (run.timersPerSecond / baseline.timersPerSecond).toFixed(3));
row('workflows / runs', (run) => `${run.history.workflows} / ${run.history.runs}`);
row('assignment-years', (run) => run.history.assignmentYears.toFixed(1));
row('events, all runs', (run) => thousands(run.history.events));
row('events per assignment-year', (run) => run.history.eventsPerAssignmentYear.toFixed(1));
row('bytes per assignment-year', (run) => thousands(run.history.bytesPerAssignmentYear));
row('timers per assignment-year', (run) => run.history.timersPerAssignmentYear.toFixed(1));
row('notices at the reminder slot per assignment-year', (run) => run.slotNoticesPerAssignmentYear.toFixed(1));
row('busiest reminder slot, share of workflows', (run) => run.peakSlotShare.toFixed(3));
row('share of the workflows open on average', (run) => run.openShare.toFixed(3));
row('largest run, events', (run) => String(run.history.largestRunEvents));
row('largest run, bytes', (run) => thousands(run.history.largestRunBytes));
for (const run of runs) console.log(`largest run (${run.name}): ${run.largestEventsWorkflow} by events, ${run.largestBytesWorkflow} by bytes`);
if (warmUp) console.log(`warm-up (not counted): a week of the seed plan in ${warmUp.seconds.toFixed(1)} s, of which ${seconds(warmUp.result.timing.startMs)} s starting`);
for (const [when, each] of [['before', before], ['after', after]] as const) {
  console.log(
    `baseline ${when} (fresh server): ${each.timersFired} timers in trivial workflows in ${each.timerSeconds.toFixed(1)} s = ${each.timersPerSecond.toFixed(0)} timers/s; ` +
      `${each.steps} bare clock steps in ${each.stepSeconds.toFixed(1)} s`,
  );
}
printBenchResult(simulationBenchLine({ runs, baseline, loadAverage: Math.max(...loads), shortSpan: args.quick }));
