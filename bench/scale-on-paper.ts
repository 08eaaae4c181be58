// Issue 14, benchmark 7: dondoc at national scale, on paper. 34 provinces × 100 plans × 200
// assignments a plan, for several years: the workflows open, the actions and persistence writes
// per second at the 08:00 reminder slot without jitter and with a jitter window
// (policy.reminders.jitterMinutes), the history stored per year, and what that asks of a Temporal
// cluster. Pure arithmetic, instant. The per-assignment inputs default to what bench/simulation.ts
// measured on the seed plan with the hard cast (see MEASURED below: the run, its date and load);
// every other input is an assumption, printed with the result. docs/scale.md gives the reasoning.
//
// Baseline: the same arithmetic for one province (the seed plan's scale, which the simulation
// ran for real), so the table reads as "national ÷ one province"; the goal is informational:
// met when the busiest slot with the jitter window stays within one database node's writes.
//
//   npx tsx bench/scale-on-paper.ts [--provinces 34] [--plans 100] [--assignments 200] [--years 5]
//     [--jitter-minutes 30] [--events-per-assignment-year N] [--bytes-per-assignment-year N]
//     [--slot-notices-per-assignment-year N] [--peak-slot-share X] [--open-share X] [--quick]
//   --quick is accepted for the suite runner and changes nothing: the whole bench is instant.
import { parseArgs } from 'node:util';
import { scaleOnPaper, type TScaleFigures, type TScaleInputs } from './scale-model';
import { printBenchResult } from './bench-result';

/**
 * Measured by bench/simulation.ts on 2026-11-30 (seed plan 2024-05-15 → 2030-12-31, 84 workflows,
 * 214 runs, hard cast bench/casts/late-agencies.yaml, the heavier of its two runs): its figures
 * late_events_per_assignment_year, late_bytes_per_assignment_year,
 * late_slot_notices_per_assignment_year, late_peak_slot_share, late_open_share.
 */
const MEASURED = {
  source: 'bench/simulation.ts 2026-11-30, seed plan to 2030, hard cast',
  eventsPerAssignmentYear: 71.3,
  bytesPerAssignmentYear: 50_912,
  slotNoticesPerAssignmentYear: 2.48,
  peakSlotShare: 0.2857,
  openShare: 0.638,
} as const;

const number = (fallback: number) => ({ type: 'string' as const, default: String(fallback) });
const { values: args } = parseArgs({
  options: {
    provinces: number(34),
    plans: number(100),
    assignments: number(200),
    years: number(5),
    'jitter-minutes': number(30),
    'events-per-assignment-year': number(MEASURED.eventsPerAssignmentYear),
    'bytes-per-assignment-year': number(MEASURED.bytesPerAssignmentYear),
    'slot-notices-per-assignment-year': number(MEASURED.slotNoticesPerAssignmentYear),
    'peak-slot-share': number(MEASURED.peakSlotShare),
    'open-share': number(MEASURED.openShare),
    quick: { type: 'boolean', default: false },
  },
});
const read = (name: keyof typeof args): number => {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: expected a number ≥ 0, got ${String(args[name])}`);
  return value;
};

const assumptions = {
  actionsPerNotice: 3,
  writesPerNotice: 11,
  noJitterDrainSeconds: 60,
  workingDaysPerYear: 246,
  writesPerShard: 50,
  writesPerHistoryHost: 2_000,
  writesPerDatabaseNode: 5_000,
} as const;
const inputs: TScaleInputs = {
  provinces: read('provinces'),
  plansPerProvince: read('plans'),
  assignmentsPerPlan: read('assignments'),
  years: read('years'),
  jitterMinutes: read('jitter-minutes'),
  eventsPerAssignmentYear: read('events-per-assignment-year'),
  bytesPerAssignmentYear: read('bytes-per-assignment-year'),
  slotNoticesPerAssignmentYear: read('slot-notices-per-assignment-year'),
  peakSlotShare: read('peak-slot-share'),
  openShare: read('open-share'),
  ...assumptions,
};
const national = scaleOnPaper(inputs);
const province = scaleOnPaper({ ...inputs, provinces: 1 });

const count = (value: number) => Math.round(value).toLocaleString('en');
const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
const row = (label: string, value: (figures: TScaleFigures) => string) => console.log(`${label.padEnd(52)} ${value(province).padStart(14)} ${value(national).padStart(16)}`);
console.log(`dondoc on paper: ${inputs.provinces} provinces × ${inputs.plansPerProvince} plans × ${inputs.assignmentsPerPlan} assignments, ${inputs.years} years`);
console.log(`${''.padEnd(52)} ${'one province'.padStart(14)} ${'national'.padStart(16)}`);
row('assignment workflows', (figures) => count(figures.assignments));
row('open at a time', (figures) => count(figures.workflowsOpen));
row('history events per year', (figures) => count(figures.eventsPerYear));
row('history stored per year (protobuf, before DB overhead)', (figures) => gigabytes(figures.historyBytesPerYear));
row(`history over ${inputs.years} years, all kept`, (figures) => gigabytes(figures.historyBytesOverYears));
row('notices at 08:00 on an average working day', (figures) => count(figures.averageSlotNotices));
row('notices at 08:00 on the busiest day', (figures) => count(figures.peakSlotNotices));
for (const index of [0, 1] as const) {
  const { label, windowSeconds } = national.slots[index];
  row(`${label}: the busiest 08:00 spread over ${windowSeconds} s`, () => '');
  row('  actions/s', (figures) => count(figures.slots[index].actionsPerSecond));
  row('  persistence writes/s', (figures) => count(figures.slots[index].writesPerSecond));
  row('  history shards / history hosts / database nodes', (figures) => `${figures.slots[index].historyShards} / ${figures.slots[index].historyHosts} / ${figures.slots[index].databaseNodes}`);
}
console.log('');
console.log(`per-assignment inputs (${MEASURED.source}; flags override):`);
console.log(`  events per assignment-year ${inputs.eventsPerAssignmentYear}, bytes per assignment-year ${count(inputs.bytesPerAssignmentYear)}, notices at 08:00 per assignment-year ${inputs.slotNoticesPerAssignmentYear},`);
console.log(`  busiest 08:00: ${(inputs.peakSlotShare * 100).toFixed(1)} % of the workflows; open at a time: ${(inputs.openShare * 100).toFixed(1)} % of them`);
console.log('assumptions:');
console.log(`  a notice = ${assumptions.actionsPerNotice} Temporal actions (the timer, two activities) and ${assumptions.writesPerNotice} persistence writes (one per state transition; 17 history events, as in test/fixtures/histories)`);
console.log(`  every province's busiest day falls on the same day (one national reporting calendar): the worst case`);
console.log(`  without jitter the herd must clear within ${assumptions.noJitterDrainSeconds} s to still be "08:00"; ${assumptions.workingDaysPerYear} working days a year`);
console.log(`  a history shard takes ${assumptions.writesPerShard} writes/s with room to spare (512 at least: Temporal's advice for a small production cluster); ` +
  `a history host ${count(assumptions.writesPerHistoryHost)} writes/s; a database node ${count(assumptions.writesPerDatabaseNode)} writes/s; 3 of each at least`);
const sized = national.slots[1];
const met = sized.writesPerSecond <= assumptions.writesPerDatabaseNode;
printBenchResult({
  bench: 'scale-on-paper',
  goal: `a national deployment's busiest 08:00, with a ${inputs.jitterMinutes} min jitter window, within one database node's ${count(assumptions.writesPerDatabaseNode)} writes/s`,
  met,
  figures: {
    workflows: national.assignments,
    workflows_open: Math.round(national.workflowsOpen),
    ratio_to_one_province: Number((national.assignments / province.assignments).toFixed(1)),
    history_gb_per_year: Number((national.historyBytesPerYear / 1e9).toFixed(1)),
    peak_slot_notices: Math.round(national.peakSlotNotices),
    actions_per_s_no_jitter: Math.round(national.slots[0].actionsPerSecond),
    actions_per_s_jitter: Math.round(sized.actionsPerSecond),
    writes_per_s_no_jitter: Math.round(national.slots[0].writesPerSecond),
    writes_per_s_jitter: Math.round(sized.writesPerSecond),
    history_shards_no_jitter: national.slots[0].historyShards,
    history_hosts_no_jitter: national.slots[0].historyHosts,
    database_nodes_no_jitter: national.slots[0].databaseNodes,
    history_shards_jitter: sized.historyShards,
    history_hosts_jitter: sized.historyHosts,
    database_nodes_jitter: sized.databaseNodes,
  },
});
