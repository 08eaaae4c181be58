// What a closed period hands to the next one of recurring work.
import { computeNextPeriod } from './compute-next-period';
import type { TAssignmentSpec } from './spec';
import { oversightOf, type TAssignmentState } from './state';

export interface TCarryIntoNextPeriodOptions {
  spec: TAssignmentSpec;
  /** The closed period's final state. */
  state: TAssignmentState;
}

/**
 * The spec the next period starts with; null when there is none (one-off work, the plan's last
 * period) or when this one was cancelled, which ends the work for good. The next period keeps
 * who answers and who oversees after any reorganisation, not the agencies the plan first named.
 */
export function carryIntoNextPeriod({ spec, state }: TCarryIntoNextPeriodOptions): TAssignmentSpec | null {
  if (state.phase === 'cancelled') return null;
  const next = computeNextPeriod(spec);
  if (!next) return null;
  // Results carried over from replaced per-task assignments belong to the period they were given for.
  const rest = { ...next };
  delete rest.carriedOver;
  return { ...rest, responsibleAgency: state.responsibleAgency, ...oversightOf(spec, state) };
}
