// The assignment read model (what status views query) and the audit trail of its events, both
// written in one transaction, idempotently: a retried activity writes nothing twice.
import type { PrismaClient } from '../prisma/client';
import type { AssignmentState } from '../prisma/generated/enums';
import type { TRecordAssignmentInput } from '../activities/types';
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

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Submitted results become Report rows with their indicator values (aggregate counts only), so
 * that the monitoring agency can consolidate a period across units; reviews update their state.
 */
async function recordReports(tx: Transaction, assignmentId: string, period: string, events: TRecordAssignmentInput['events']): Promise<void> {
  for (const event of events) {
    if (event.action === 'result-submitted' && event.actor) {
      const details = event.details as { narrative?: string; indicators?: { code: string; count: number; total?: number }[]; sections?: { taskRef: string; narrative?: string }[] };
      const id = `${assignmentId}/${period}#${event.seq}`;
      const exists = await tx.report.findUnique({ where: { id }, select: { id: true } });
      if (exists) continue;
      await tx.report.create({
        data: {
          id,
          assignmentId,
          period,
          submittedBy: event.actor.agency,
          submittingUser: event.actor.user,
          submittedAt: new Date(event.at),
          narrative: withSections(details.narrative, details.sections),
          values: { create: (details.indicators ?? []).map((value) => ({ indicatorCode: value.code, count: value.count, total: value.total ?? null })) },
        },
      });
    }
    const decided = { 'result-accepted': 'accepted', 'result-accepted-at-period-close': 'accepted', 'result-returned': 'returned' } as const;
    const state = decided[event.action as keyof typeof decided];
    if (state) {
      const latest = await tx.report.findFirst({ where: { assignmentId, period }, orderBy: { submittedAt: 'desc' }, select: { id: true } });
      if (latest) await tx.report.update({ where: { id: latest.id }, data: { state } });
    }
  }
}

/** A unit's report reads as its narrative followed by each section, headed by the task's ref. */
function withSections(narrative: string | undefined, sections: { taskRef: string; narrative?: string }[] | undefined): string | null {
  if (!sections?.length) return narrative ?? null;
  const parts = sections.map((section) => `[${section.taskRef}] ${section.narrative ?? 'Không có gì để báo cáo / nothing to report'}`);
  return [narrative ?? '', ...parts].join('\n\n');
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
        // Activity inputs recorded before the summary carried it are orders (see mandateOf).
        mandate: assignment.mandate ?? 'order',
      };
      await tx.assignment.upsert({ where: { id: assignment.assignmentId }, create: { id: assignment.assignmentId, ...row }, update: row });
      await recordReports(tx, assignment.assignmentId, assignment.period, events);
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
