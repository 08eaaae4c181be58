// An assignment the operator declared done when loading the plan (`dondoc plan load --done`):
// work finished before dondoc ran, recorded as completed instead of being chased.
import type { TActor } from './actor';
import { appendEvent, type TAssignmentEvent, type TAssignmentState } from './state';

export interface TDeclaredDone {
  /** The operator who loaded the plan, acting for the monitoring agency. */
  actor: TActor;
  /** The plan file's version (its content digest) the declaration was made with. */
  planVersion: string;
}

/**
 * Completed at once, with no notice. The loader makes no claim about lateness: the work counts
 * as completed on time (its completion is put at the declaration or the deadline, whichever is
 * earlier), and the event says it was declared, by whom and when, rather than reported.
 */
export function declareDoneAtLoad(state: TAssignmentState, declared: TDeclaredDone, now: Date): { state: TAssignmentState; events: TAssignmentEvent[] } {
  const next: TAssignmentState = { ...state, phase: 'completed', completedAt: new Date(Math.min(now.getTime(), new Date(state.dueAt).getTime())).toISOString() };
  const events = [
    appendEvent(next, now, 'assigned', null, { dueAt: next.dueAt }),
    appendEvent(next, now, 'declared-done-at-load', declared.actor, { declaredAt: now.toISOString(), planVersion: declared.planVersion, dueAt: next.dueAt }),
  ];
  return { state: next, events };
}
