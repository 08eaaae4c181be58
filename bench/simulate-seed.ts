// The whole seed plan, from its start to 2030-12-31, on the time-skipping server: what the test
// (test/servers/simulation) does for six agencies, for all of them. Prints the wall time, the
// load and the largest history, so a change that slows the workflows or grows their histories
// shows up in numbers.
//
//   npx tsx bench/simulate-seed.ts [cast.yaml]      # default: the test's scripted cast
//   npx tsx bench/simulate-seed.ts --one-report-per-unit [cast.yaml]   # the seed with policy.reportGrouping one_report_per_unit
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createProgressBar } from '../cli/format/progress-bar';
import { runSimulation } from '../simulation/run-simulation';
import { formatSimulationSummary, parseCast } from '../domain/simulation';
import { seedPlanFile } from '../config/config';
import { loadPlan } from '../client/plans/read-plan-file';

const arguments_ = process.argv.slice(2);
const oneReportPerUnit = arguments_.includes('--one-report-per-unit');
const castFile = arguments_.find((each) => !each.startsWith('--')) ?? fileURLToPath(new URL('../test/servers/simulation/seed-cast.yaml', import.meta.url));
const parsed = parseCast(readFileSync(castFile, 'utf8'));
if (!parsed.ok) throw new Error(`${castFile}: ${JSON.stringify(parsed.errors)}`);

const started = performance.now();
const progress = createProgressBar();
const seed = await loadPlan(seedPlanFile);
const plan = oneReportPerUnit ? { ...seed, policy: { ...seed.policy, reportGrouping: 'one_report_per_unit' as const } } : seed;
const result = await runSimulation({ plan, planId: 'kh135', cast: parsed.cast, until: '2030-12-31', measureHistories: true, onProgress: progress.update });
progress.done();
const seconds = (performance.now() - started) / 1000;
const histories = result.histories!;

console.log(formatSimulationSummary(result.summary, `Seed plan${oneReportPerUnit ? ' (one report per unit)' : ''}, cast ${castFile}`));
console.log('');
console.log(`wall time:           ${seconds.toFixed(0)} s`);
console.log(`workflows started:   ${result.specs.length}; runs (periods and continue-as-new): ${histories.runs}`);
console.log(`notices:             ${result.notices.length}; audit events: ${result.events.length}; refused updates: ${result.refusals.length}`);
console.log(`largest history:     ${histories.largestByEvents.events} events (${histories.largestByEvents.workflowId}), ` +
  `${histories.largestByBytes.bytes} bytes (${histories.largestByBytes.workflowId}); the server suggests continue-as-new at 4,096 events`);
