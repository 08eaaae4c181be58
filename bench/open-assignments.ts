// A small generator for the worker-memory bench: N open assignments cloned from a plan's one-off
// tasks, due far ahead, so that each workflow runs its first tasks (recorded, its new-work notice
// queued) and then sleeps on a timer in the worker's cache. Pure: no I/O.
import { ZAssignmentSpec, type TAssignmentSpec, type TAssignmentSpecInput } from '../domain/assignment';

/** Late December 2029, 17:00 in Vietnam: years after any timer of this run fires. */
export const FAR_DUE_AT = '2029-12-28T10:00:00.000Z';

/**
 * `count` specs, `bench-memory/<n>`, taking the plan's plain one-off tasks in turn (so the answering
 * agencies vary as in a real plan) with their deadline moved to FAR_DUE_AT.
 */
export function openAssignmentSpecs(planSpecs: readonly TAssignmentSpecInput[], count: number): TAssignmentSpec[] {
  const templates = planSpecs.map((spec) => ZAssignmentSpec.parse(spec)).filter((spec) => spec.kind === 'task' && spec.recurrence === null && spec.inspectedUnits.length === 0 && !spec.inspectedFacilities && !spec.sections);
  if (templates.length === 0) throw new Error('the plan has no plain one-off task to clone open assignments from');
  return Array.from({ length: count }, (_, n) => ({ ...templates[n % templates.length]!, assignmentId: `bench-memory/${n}`, dueAt: FAR_DUE_AT }));
}

/** Megabytes of growth per workflow between two measurements; 0 workflows has no such figure. */
export function memoryPerWorkflow(beforeMb: number, afterMb: number, workflows: number): number {
  if (workflows <= 0) throw new Error(`memory per workflow needs at least one workflow, got ${workflows}`);
  return (afterMb - beforeMb) / workflows;
}
