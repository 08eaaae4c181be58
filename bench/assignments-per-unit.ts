// How many items each unit is chased for in a year, per task (the old model) and with one report
// per unit (policy.reportGrouping one_report_per_unit, issue 12), for the seed plan loaded at its
// start. Also the number of workflows each model starts.
//
//   npx tsx bench/assignments-per-unit.ts [year]      # default 2026
import { loadPlan } from '../client/plans/read-plan-file';
import { seedPlanFile } from '../config/config';
import { buildAssignmentSpecs, itemsPerUnitInYear } from '../domain/plan-assignments';

const year = Number(process.argv[2] ?? 2026);
const plan = await loadPlan(seedPlanFile);
const asOfDay = plan.metadata.startDate;
const perTask = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay, reportGrouping: 'per_task' }).specs;
const perUnit = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay, reportGrouping: 'one_report_per_unit' }).specs;
const before = itemsPerUnitInYear(perTask, year);
const after = itemsPerUnitInYear(perUnit, year);
const units = [...new Set([...before.keys(), ...after.keys()])].sort();
const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
console.log(`Items each unit is chased for in ${year} (seed plan loaded on ${asOfDay})`);
console.log(`${'unit'.padEnd(26)}per task  one report per unit`);
for (const unit of units) console.log(`${unit.padEnd(26)}${String(before.get(unit) ?? 0).padStart(8)}  ${String(after.get(unit) ?? 0).padStart(8)}`);
console.log(`${'all units'.padEnd(26)}${String(total(before)).padStart(8)}  ${String(total(after)).padStart(8)}`);
console.log(`workflows started when the plan is loaded: ${perTask.length} per task, ${perUnit.length} with one report per unit`);
