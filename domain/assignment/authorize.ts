// Who may do what to an assignment. The workflow checks this in every update validator, so a
// refusal leaves no trace in the state.
import type { TActor } from './actor';
import { UpdateRejected } from './rejection';
import type { TAssignmentSpec } from './spec';
import { oversightOf, type TAssignmentState } from './state';

export type TAssignmentAction =
  | 'submit-result'
  | 'request-extension'
  | 'submit-explanation'
  | 'decide-extension'
  | 'request-explanation'
  | 'review-result'
  | 'reassign'
  | 'transfer-oversight'
  | 'cancel'
  | 'change-deadline'
  | 'record-finding';

/** Actions of the agency that answers for the work (for an inspection round: the inspecting agency); the others belong to the monitor. */
const assigneeActions = new Set<TAssignmentAction>(['submit-result', 'request-extension', 'submit-explanation', 'record-finding']);

export function authorize(actor: TActor, action: TAssignmentAction, spec: TAssignmentSpec, state: TAssignmentState): void {
  if (actor.role === 'auditor') {
    throw new UpdateRejected(`${actor.user} (${actor.agency}) is an auditor: auditors can read assignments but not ${action}.`);
  }
  if (actor.role === 'system') return;
  const allowed = assigneeActions.has(action) ? state.responsibleAgency : oversightOf(spec, state).monitoringAgency;
  if (actor.agency !== allowed) {
    const who = assigneeActions.has(action) ? 'the agency that answers for it' : 'the monitoring agency';
    throw new UpdateRejected(`${actor.agency} may not ${action} on ${spec.assignmentId}: only ${allowed} (${who}) may.`);
  }
}
