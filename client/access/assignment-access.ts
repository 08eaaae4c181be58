// Who may do what to an assignment through the API, decided from the signed-in identity (never
// from the request): an agency officer acts on the work its agency answers for (inherited work
// included: a successor answers for it), the monitoring department reviews and decides, the
// leadership and auditors read, an auditor changes nothing. The workflow checks again when the
// update arrives (defence in depth). Pure: the identity and the assignment's row in, a decision out.
import type { TIdentity, TUserRole } from '../identity/identity';

export type TAssignmentAction =
  | 'read'
  | 'read-audit'
  | 'submit-result'
  | 'request-extension'
  | 'submit-explanation'
  | 'review-result'
  | 'decide-extension'
  | 'request-explanation'
  /** Reporting an obstacle (vướng mắc) met on the assignment: the agency answering for it. */
  | 'report-obstacle';

/** The agencies written on an assignment: as the plan wrote it, and the one answering today. */
export interface TAssignmentAgencies {
  assigneeAsWritten: string;
  responsibleAgency: string;
}

const agencyActions = new Set<TAssignmentAction>(['submit-result', 'request-extension', 'submit-explanation', 'report-obstacle']);
const monitorActions = new Set<TAssignmentAction>(['review-result', 'decide-extension', 'request-explanation']);
const readEverything: TUserRole[] = ['monitor', 'leadership', 'auditor'];

export type TAccessDecision = { allowed: true } | { allowed: false; reason: string };

export function decideAssignmentAccess(identity: Pick<TIdentity, 'agency' | 'roles'>, assignment: TAssignmentAgencies, action: TAssignmentAction): TAccessDecision {
  const has = (role: TUserRole) => identity.roles.includes(role);
  const ownAgency = identity.agency !== null && (identity.agency === assignment.responsibleAgency || identity.agency === assignment.assigneeAsWritten);
  if (action === 'read' || action === 'read-audit') {
    if (readEverything.some(has) || (has('officer') && ownAgency)) return { allowed: true };
    return { allowed: false, reason: has('officer') ? `this assignment is answered for by ${assignment.responsibleAgency}, not by ${identity.agency}` : 'reading assignments needs the officer, monitor, leadership or auditor role' };
  }
  if (agencyActions.has(action)) {
    if (!has('officer')) return { allowed: false, reason: `${action} is done by an officer of the agency answering for the assignment` };
    if (identity.agency !== assignment.responsibleAgency) return { allowed: false, reason: `only ${assignment.responsibleAgency}, which answers for this assignment, may ${action}; you act for ${identity.agency ?? 'no agency'}` };
    return { allowed: true };
  }
  if (monitorActions.has(action)) {
    // The workflow then checks that this is the agency monitoring the assignment.
    if (!has('monitor')) return { allowed: false, reason: `${action} is done by the monitoring department (monitor role)` };
    return { allowed: true };
  }
  return { allowed: false, reason: `unknown action ${action}` };
}

/** The role a workflow sees: auditors are refused every change, everyone else acts as an officer of their agency. */
export function workflowRoleOf(identity: Pick<TIdentity, 'roles'>): 'officer' | 'auditor' {
  const business = identity.roles.some((role) => role === 'officer' || role === 'monitor');
  return business ? 'officer' : 'auditor';
}
