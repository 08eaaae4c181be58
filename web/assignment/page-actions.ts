// Which actions the assignment page offers the signed-in user: what their role and agency allow
// (the same decision the API takes) AND what the assignment's phase admits, so that no button
// leads to a certain refusal. The workflow still checks again when the action arrives.
import { decideAssignmentAccess, type TAssignmentAction } from '../../client/access/assignment-access';
import type { TIdentity } from '../../client/identity/identity';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import type { TTimelineEntry } from '../../client/read-model/timeline';

export type TPageAction = 'review' | 'decide-extension' | 'request-explanation' | 'submit-result' | 'request-extension' | 'submit-explanation';

export type TActionStatus = Pick<TAssignmentStatus, 'phase' | 'pendingExtension' | 'dueAt' | 'classification' | 'responsibleAgency' | 'assigneeAsWritten' | 'monitoringAgency'>;

const accessOf: Record<TPageAction, TAssignmentAction> = {
  review: 'review-result',
  'decide-extension': 'decide-extension',
  'request-explanation': 'request-explanation',
  'submit-result': 'submit-result',
  'request-extension': 'request-extension',
  'submit-explanation': 'submit-explanation',
};

const monitorActions = new Set<TPageAction>(['review', 'decide-extension', 'request-explanation']);

/** An explanation was asked for and not yet given, as the timeline shows. */
export function explanationAwaited(timeline: TTimelineEntry[]): boolean {
  const last = timeline.filter((entry) => entry.action === 'explanation-requested' || entry.action === 'explanation-submitted').at(-1);
  return last?.action === 'explanation-requested';
}

function phaseAdmits(action: TPageAction, status: TActionStatus, context: { now: Date; explanationAwaited: boolean }): boolean {
  const live = status.phase === 'open' || status.phase === 'submitted';
  switch (action) {
    case 'review':
      return status.phase === 'submitted';
    case 'decide-extension':
      return live && status.pendingExtension !== null;
    case 'request-explanation':
      // Only once overdue, and never of a body that was only asked (đề nghị): its late work is "not yet received".
      return (live || status.phase === 'completed') && context.now.getTime() > new Date(status.dueAt).getTime() && status.classification?.status !== 'not_yet_received' && !context.explanationAwaited;
    case 'submit-result':
      return status.phase === 'open';
    case 'request-extension':
      return status.phase === 'open' && status.pendingExtension === null;
    case 'submit-explanation':
      return context.explanationAwaited && status.phase !== 'cancelled' && status.phase !== 'lapsed';
  }
}

export function pageActionsOf(identity: Pick<TIdentity, 'agency' | 'roles'>, status: TActionStatus, context: { now: Date; explanationAwaited: boolean }): TPageAction[] {
  return (Object.keys(accessOf) as TPageAction[]).filter((action) => {
    if (!decideAssignmentAccess(identity, status, accessOf[action]).allowed) return false;
    // The workflow accepts decisions from the agency monitoring this assignment only.
    if (monitorActions.has(action) && identity.agency !== status.monitoringAgency) return false;
    return phaseAdmits(action, status, context);
  });
}

/** Where an officer acts: the agency desk's forms. */
export function deskPathOf(assignmentId: string, action: 'submit-result' | 'request-extension' | 'submit-explanation'): string {
  const step = action === 'submit-result' ? 'result' : action === 'request-extension' ? 'extension' : 'explanation';
  return `/desk/assignments/${encodeURIComponent(assignmentId)}/${step}`;
}
