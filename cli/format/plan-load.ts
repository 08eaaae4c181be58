// What a plan load did, for the terminal.
import type { LoadPlanOutcome } from '../../client/plans/load-plan';

export function describeLoad(outcome: LoadPlanOutcome): string {
  const lines = [
    outcome.loadedNow ? `Plan ${outcome.planId} loaded (as of ${outcome.asOfDay}).` : `Plan ${outcome.planId}: this file was already loaded; nothing changed.`,
    `  assignments: ${outcome.assignments} (started ${outcome.started}, already running ${outcome.alreadyRunning})`,
    `  cancelled: ${outcome.cancelled}, deadlines changed: ${outcome.deadlinesChanged}`,
  ];
  if (outcome.superseded) lines.push(`  per-task assignments replaced by their units' reports (results carried over): ${outcome.superseded}`);
  if (outcome.schedules) {
    const { created, updated, unchanged, deleted, closedDirectly } = outcome.schedules;
    lines.push(`  period-close schedules: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged, ${deleted.length} deleted`);
    if (closedDirectly.length) lines.push(`  periods in their grace now, closed directly: ${closedDirectly.join(', ')}`);
  }
  if (outcome.reviewCloses?.started.length) lines.push(`  review closes waiting: ${outcome.reviewCloses.started.join(', ')}`);
  if (outcome.declaredDone) {
    const { refs, completed, alreadyStarted } = outcome.declaredDone;
    lines.push(`  declared done at load: ${refs.join(', ')} (${completed.length} assignments completed${alreadyStarted.length ? `, ${alreadyStarted.length} already started and left alone` : ''})`);
  }
  if (outcome.skipped.length) lines.push(`  not started: ${outcome.skipped.map((each) => `${each.ref} (${each.reason})`).join('; ')}`);
  return lines.join('\n');
}
