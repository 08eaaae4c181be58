// Cross-field checks on a plan that already matches ZPlan. Pure: no I/O, no clock, so workflows
// can re-check a plan they receive, and the CLI can run the same checks on a file.
import { checkFacilities } from './check-facilities';
import { checkIndicatorSuppliers } from './check-indicators';
import { checkReferences } from './check-references';
import { checkRegistry } from './check-registry';
import { checkSettings } from './check-settings';
import { checkTasks } from './check-tasks';
import type { TPlanIssue } from './plan-issue';
import type { TPlan } from './plan';

export function checkPlan(plan: TPlan): TPlanIssue[] {
  return [...checkSettings(plan), ...checkRegistry(plan), ...checkFacilities(plan), ...checkTasks(plan), ...checkReferences(plan), ...checkIndicatorSuppliers(plan)];
}
