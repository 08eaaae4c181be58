// The simulation's mail: every notice the workflows decide to send is resolved to its recipients
// like a real one (the registry in the database), then recorded here instead of being mailed. A
// simulation must never write to an agency.
import { Context } from '@temporalio/activity';
import type { TNoticeSender } from '../activities';
import type { TSimulatedNotice } from '../domain/simulation';

export interface NoticeRecorder {
  sendNotice: TNoticeSender;
  /** Each notice once, in the order sent (an activity retried after a crash is not counted twice). */
  notices: TSimulatedNotice[];
}

export function createNoticeRecorder(onNotice: (notice: TSimulatedNotice, runId: string) => void): NoticeRecorder {
  const notices: TSimulatedNotice[] = [];
  const seen = new Set<string>();
  const sendNotice: TNoticeSender = async (input) => {
    if (seen.has(input.idempotencyKey)) return { messageId: null };
    seen.add(input.idempotencyKey);
    const notice: TSimulatedNotice = {
      at: input.issuedAt,
      assignmentId: input.assignment.assignmentId,
      period: input.assignment.period,
      taskRef: input.assignment.taskRef,
      kind: input.request.kind,
      step: input.request.step,
      level: input.request.level,
      audience: input.request.audience,
      agency: input.request.agency,
      dueAt: input.request.dueAt,
      to: input.recipients.to.map((recipient) => recipient.email),
      cc: input.recipients.cc.map((recipient) => recipient.email),
    };
    notices.push(notice);
    onNotice(notice, Context.current().info.workflowExecution?.runId ?? '');
    return { messageId: null };
  };
  return { sendNotice, notices };
}
