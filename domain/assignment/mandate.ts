// Whether the People's Committee orders the work (giao) or only requests it (đề nghị): the
// Fatherland Front and the socio-political organisations (section III.4) cannot be ordered, so
// their work is reminded courteously but never escalated, and no explanation can be demanded.
import type { TAssignmentSpec } from './spec';

export type TMandate = TAssignmentSpec['mandate'];

/**
 * The spec's mandate. Specs started before the field existed carry none (their workflow input
 * is replayed as recorded) and marked a request only by `escalate: false`, which nothing else set.
 */
export function mandateOf(spec: Pick<TAssignmentSpec, 'escalate'> & { mandate?: TMandate }): TMandate {
  return spec.mandate === 'request' || spec.escalate === false ? 'request' : 'order';
}

/** The escalation ladder runs after the deadline only for ordered work. */
export function escalates(spec: Pick<TAssignmentSpec, 'escalate'> & { mandate?: TMandate }): boolean {
  return mandateOf(spec) === 'order';
}
