// The assignment read model (what status views query) and the audit trail of its events, both
// written in one transaction, idempotently: a retried activity writes nothing twice.
import type { PrismaClient } from '../../prisma/client';
import type { AssignmentState } from '../../prisma/generated/enums';
import type { TRecordAssignmentInput } from '../types';
import { appendAuditEntries } from './audit-log';

function readModelState(state: TRecordAssignmentInput['state']): AssignmentState {
  switch (state.phase) {
    case 'open':
      return state.lastResult ? 'returned' : 'assigned';
    case 'submitted':
      return 'submitted';
    case 'completed':
      return state.lastResult?.onTime === false ? 'completed_late' : 'completed_on_time';
    case 'cancelled':
      return 'cancelled';
    case 'lapsed':
      return 'lapsed';
  }
}

export async function recordAssignment(prisma: PrismaClient, input: TRecordAssignmentInput): Promise<void> {
  const { assignment, state, events } = input;
  await prisma.$transaction(
    async (tx) => {
      const task = await tx.task.findUnique({ where: { planId_ref: { planId: assignment.planId, ref: assignment.taskRef } }, select: { id: true } });
      if (!task) throw new Error(`Task ${assignment.taskRef} of plan ${assignment.planId} is not in the database: load the plan first (dondoc plan load).`);
      const row = {
        taskId: task.id,
        period: assignment.period,
        assigneeAsWrittenCode: assignment.assigneeAsWritten,
        responsibleAgencyCode: state.responsibleAgency,
        state: readModelState(state),
        dueAt: new Date(state.dueAt),
        completedAt: state.completedAt ? new Date(state.completedAt) : null,
        escalationLevel: state.escalationLevel,
        deliveryProblem: state.deliveryProblem,
      };
      await tx.assignment.upsert({ where: { id: assignment.assignmentId }, create: { id: assignment.assignmentId, ...row }, update: row });
      await appendAuditEntries(
        tx,
        events.map((event) => ({
          idempotencyKey: `${assignment.assignmentId}/${assignment.period}#${event.seq}`,
          occurredAt: new Date(event.at),
          actorAgency: event.actor?.agency ?? null,
          actorUser: event.actor?.user ?? null,
          action: event.action,
          subjectType: 'assignment',
          subjectId: assignment.assignmentId,
          payload: { period: assignment.period, ...event.details },
        })),
      );
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
