// Status and lists over the read model, in-process (no HTTP): the same use-cases the API calls for
// GET /api/status (the status summary of every agency) and GET /api/assignments (one page of 50,
// filtered by agency, and the overdue work of all agencies), over N assignments written by
// bench/bench-database.ts (the embedded PostgreSQL, or BENCH_DATABASE_URL).
// Baseline, measured in the same run through the same Prisma client and read model: `SELECT 1`
// and a primary-key lookup of one assignment. The queries and the baselines take turns, one call
// each per round, so that a busy moment of this shared machine falls on all of them alike.
// Goal (issue #14, benchmark 3): p95 ≤ 50 ms for each query; the ratio to the lookup is reported.
//
//   npx tsx bench/status-queries.ts [--assignments 10000] [--requests 200] [--quick]
import { parseArgs } from 'node:util';
import { listAssignmentPage, statusSummary } from '../client/assignments/read-assignments';
import { createAppContext } from '../client/app-context';
import { loadConfig } from '../config/config';
import { percentile, round } from './bench-figures';
import { printBenchResult } from './bench-result';
import { prepareBenchDatabase } from './bench-database';

const { values: args } = parseArgs({ options: { assignments: { type: 'string' }, requests: { type: 'string' }, quick: { type: 'boolean', default: false } } });
const assignmentCount = Number(args.assignments ?? (args.quick ? 1_000 : 10_000));
const rounds = Number(args.requests ?? (args.quick ? 50 : 200));
if (!Number.isInteger(assignmentCount) || assignmentCount < 10 || !Number.isInteger(rounds) || rounds < 5) {
  console.error('--assignments takes a whole number ≥ 10 and --requests one ≥ 5, e.g. --assignments 10000 --requests 200');
  process.exit(2);
}
const goalMs = 50;

const database = await prepareBenchDatabase('bench/status-queries.ts', assignmentCount);
const context = createAppContext({ ...loadConfig({}), databaseUrl: database.connectionString });
// A monitor reads every agency (the API lets monitors, leadership and auditors do so).
const actor = { agency: null, user: 'bench', role: 'auditor' as const };
const agency = database.agencies[3]!;
const lookupId = `bench/17/${database.agencies[17 % database.agencies.length]}`;

const calls: { name: string; baseline: boolean; run: () => Promise<unknown> }[] = [
  { name: 'SELECT 1 (baseline)', baseline: true, run: () => context.readStatement((db) => db.$queryRaw`SELECT 1`) },
  { name: 'assignment by id (baseline)', baseline: true, run: () => context.readStatement((db) => db.assignment.findUniqueOrThrow({ where: { id: lookupId } })) },
  { name: 'status summary, all agencies', baseline: false, run: () => statusSummary(context, actor, {}) },
  { name: `list, agency ${agency}, page of 50`, baseline: false, run: () => listAssignmentPage(context, actor, { agency, pageSize: 50 }) },
  { name: 'list, overdue of all, page of 50', baseline: false, run: () => listAssignmentPage(context, actor, { overdue: true, pageSize: 50 }) },
];
const latencies = calls.map(() => [] as number[]);

try {
  for (const call of calls) for (let warm = 0; warm < 3; warm += 1) await call.run();
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, call] of calls.entries()) {
      const began = performance.now();
      await call.run();
      latencies[index]!.push(performance.now() - began);
    }
    if ((round + 1) % 50 === 0) console.error(`round ${round + 1} of ${rounds}`);
  }
} finally {
  await context.close();
  await database.stop();
}

const figuresOf = (index: number) => ({ p50: percentile(latencies[index]!, 0.5), p95: percentile(latencies[index]!, 0.95) });
const lookup = figuresOf(1);
console.log(`\n${rounds} calls each, in turn, in-process, ${assignmentCount} assignments`);
console.log(`${'query'.padEnd(40)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'× lookup (p95)'.padStart(15)}  goal p95 ≤ ${goalMs} ms`);
const keys = ['select1', 'lookup', 'status', 'list_agency', 'list_overdue'];
const figures: Record<string, number> = {};
let met = true;
for (const [index, call] of calls.entries()) {
  const { p50, p95 } = figuresOf(index);
  const ratio = p95 / lookup.p95;
  const verdict = call.baseline ? '' : p95 <= goalMs ? 'met' : 'MISSED';
  if (!call.baseline) met &&= p95 <= goalMs;
  console.log(`${call.name.padEnd(40)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${ratio.toFixed(1).padStart(15)}  ${verdict}`);
  figures[`${keys[index]}_p50_ms`] = round(p50);
  figures[`${keys[index]}_p95_ms`] = round(p95);
  if (!call.baseline) figures[`${keys[index]}_ratio`] = round(ratio);
}
figures.assignments = assignmentCount;
printBenchResult({ bench: 'status-queries', goal: `p95 ≤ ${goalMs} ms for the status summary and each filtered list over ${assignmentCount} assignments (ratio: p95 over a primary-key lookup's p95)`, met, figures });
