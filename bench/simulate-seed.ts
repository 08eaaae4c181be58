// The whole seed plan, from its start to 2030-12-31, on the time-skipping server: what the test
// (test/servers/simulation) does for six agencies, for all of them. Prints the wall time, the
// load and the largest history, so a change that slows the workflows or grows their histories
// shows up in numbers.
//
//   npx tsx bench/simulate-seed.ts [cast.yaml]      # default: the test's scripted cast
//   DONDOC_BENCH_UNTIL=2026-12-31 npx tsx bench/simulate-seed.ts   # a shorter horizon
//   npx tsx bench/simulate-seed.ts --per-task [cast.yaml]   # the seed as it ran before issue 12: every recurring task its own item
import { simulateSeed, readCast, testCastFile } from './seed-simulation';
import { formatSimulationSummary } from '../domain/simulation';
import { buildCalendar, ZCalendarSettings } from '../domain/calendar';
import { countMailsPerUnit } from '../domain/notices';

const arguments_ = process.argv.slice(2);
const perTask = arguments_.includes('--per-task');
const castFile = arguments_.find((each) => !each.startsWith('--')) ?? testCastFile;
const { plan, result, seconds } = await simulateSeed({ cast: readCast(castFile), until: process.env.DONDOC_BENCH_UNTIL ?? '2030-12-31', perTask });
const histories = result.histories!;

console.log(formatSimulationSummary(result.summary, `Seed plan${perTask ? ' (per task)' : ' (one report per unit)'}, cast ${castFile}`));
console.log('');
console.log(`wall time:           ${seconds.toFixed(0)} s`);
console.log(`workflows started:   ${result.specs.length}; runs (periods and continue-as-new): ${histories.runs}`);
console.log(`notices:             ${result.notices.length}; audit events: ${result.events.length}; refused updates: ${result.refusals.length}`);
console.log(`largest history:     ${histories.largestByEvents.events} events (${histories.largestByEvents.workflowId}), ` +
  `${histories.largestByBytes.bytes} bytes (${histories.largestByBytes.workflowId}); the server suggests continue-as-new at 4,096 events`);

// Issue #12: mails per unit per year, every notice mailed at once (before) and with the routine
// ones gathered in one digest per unit and working day (after). A unit is the agency a notice is about.
const calendarSettings = ZCalendarSettings.parse(plan.calendar ?? {});
const mailCalendar = buildCalendar({ extraHolidays: calendarSettings.extraHolidays, extraWorkingDays: calendarSettings.extraWorkingDays });
const { before, after } = countMailsPerUnit(result.notices, mailCalendar);
const years = [...new Set([...before.values()].flatMap((perYear) => [...perYear.keys()]))].sort();
console.log('');
console.log(`mails per unit per year, before → after (digest):`);
console.log(`  ${'unit'.padEnd(14)} ${years.map((year) => year.padStart(11)).join(' ')}`);
for (const unit of [...before.keys()].sort()) {
  console.log(`  ${unit.padEnd(14)} ${years.map((year) => `${before.get(unit)?.get(year) ?? 0} → ${after.get(unit)?.get(year) ?? 0}`.padStart(11)).join(' ')}`);
}
const total = (table: typeof before) => [...table.values()].reduce((sum, perYear) => sum + [...perYear.values()].reduce((a, b) => a + b, 0), 0);
const unitYears = [...before.values()].reduce((sum, perYear) => sum + perYear.size, 0);
console.log(`  all units: ${total(before)} → ${total(after)} mails; per unit and year on average ${(total(before) / unitYears).toFixed(1)} → ${(total(after) / unitYears).toFixed(1)}`);
