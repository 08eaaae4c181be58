// What the records keep of an assignment's state with each batch of events: the read model's
// columns, not the workflow's bookkeeping (notice cursor, recent events, pending requests).
import type { TAssignmentState } from './state';

export type TStateSnapshot = Pick<TAssignmentState, 'phase' | 'dueAt' | 'responsibleAgency' | 'completedAt' | 'escalationLevel' | 'deliveryProblem' | 'lastResult'>;

export function snapshotState(state: TAssignmentState): TStateSnapshot {
  const { phase, dueAt, responsibleAgency, completedAt, escalationLevel, deliveryProblem, lastResult } = state;
  return { phase, dueAt, responsibleAgency, completedAt, escalationLevel, deliveryProblem, lastResult };
}
