// The workflow's `status` query answer as text: what officials look at first, then the last events.
import type { TAssignmentStatus } from '../../domain/assignment/status';
import { paintClassification } from './classification';
import type { TPalette } from './colour';
import { localDateTime, localInstant } from '../../domain/calendar/local-instant-text';

const label = (name: string) => `${name}:`.padEnd(14);

export function formatAssignmentStatus(status: TAssignmentStatus, palette: TPalette): string {
  const extension = status.pendingExtension
    ? `requested until ${status.pendingExtension.newDueDay} by ${status.pendingExtension.requestedBy.agency}/${status.pendingExtension.requestedBy.user}: ${status.pendingExtension.reason}`
    : 'none pending';
  const lines = [
    [label('Assignment'), status.assignmentId],
    [label('Task'), `${status.taskRef}, period ${status.period}`],
    [label('Answering'), `${status.responsibleAgency}${status.assigneeAsWritten === status.responsibleAgency ? '' : ` (the plan names ${status.assigneeAsWritten})`}`],
    [label('Monitored by'), `${status.monitoringAgency} (escalates last to ${status.leadershipAgency})`],
    [label('Phase'), status.phase],
    [label('Due'), `${localDateTime(new Date(status.dueAt))} (${localInstant(new Date(status.dueAt))})`],
    [label('Status'), paintClassification(palette, status.classification, status.phase)],
    [label('Next notice'), status.nextNoticeAt ? localDateTime(new Date(status.nextNoticeAt)) : 'none scheduled'],
    [label('Escalation'), status.escalationLevel ? `level ${status.escalationLevel}` : 'not escalated'],
    [label('Extension'), extension],
    [label('Delivery'), status.deliveryProblem ? palette.paint('a notice could not be delivered (see `dondoc audit`)', 'red') : 'ok'],
  ].map((parts) => parts.join(''));
  lines.push('Last events:');
  for (const event of status.lastEvents) {
    const actor = event.actor ? `${event.actor.agency}/${event.actor.user}${event.actor.role === 'officer' ? '' : ` (${event.actor.role})`}` : 'dondoc';
    lines.push(`  ${localDateTime(new Date(event.at))}  ${event.action.padEnd(22)} ${actor}`);
  }
  if (!status.lastEvents.length) lines.push('  none');
  return lines.join('\n');
}

/** One line after an update: what the assignment is now. */
export function formatUpdated(what: string, status: TAssignmentStatus, palette: TPalette): string {
  return `${what}: ${status.assignmentId} is now ${status.phase}, due ${localDateTime(new Date(status.dueAt))} (${paintClassification(palette, status.classification, status.phase)}).`;
}
