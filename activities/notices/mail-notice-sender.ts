// Turns a workflow's notice request, with its resolved recipients, into the notice the mail
// renderer expects, and sends it through the notification activities (ledger + SMTP).
import type { TNoticeInput } from '../../domain/notices';
import type { NotificationActivities } from '../notifications';
import type { TNoticeSender } from '../index';

export function createMailNoticeSender(notifications: Pick<NotificationActivities, 'sendNotice'>): TNoticeSender {
  return async ({ assignment, request, recipients, idempotencyKey, issuedAt }) => {
    const strip = ({ name, email, agencyCode }: { name: string; email: string; agencyCode: string }) => ({ name, email, agencyCode });
    const notice: TNoticeInput = {
      kind: request.kind,
      idempotencyKey,
      issuedAt,
      plan: { id: assignment.planId, title: assignment.planTitle },
      task: { ref: assignment.taskRef, text: assignment.taskText },
      assignmentId: assignment.assignmentId,
      deadline: request.dueAt,
      deadlineSequence: request.deadlineChanges,
      previousDeadline: request.previousDueAt ?? null,
      ...(request.kind === 'escalation' && request.audience !== 'assignee' ? { escalationLevel: request.level, escalationTo: request.audience } : {}),
      recipients: { to: recipients.to.map(strip), cc: recipients.cc.map(strip) },
      actionPath: `/assignments/${encodeURIComponent(assignment.assignmentId)}`,
      ...(request.note ? { note: request.note } : {}),
      ...(request.approved !== undefined ? { extension: { approved: request.approved } } : {}),
      ...(request.failed ? { failedDelivery: request.failed } : {}),
    };
    const result = await notifications.sendNotice(notice);
    return { messageId: result.messageId ?? null };
  };
}
