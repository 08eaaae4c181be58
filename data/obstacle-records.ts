// The obstacle read model (what status, lists and the consolidated report query) and the audit
// trail of its steps, written in one transaction, idempotently: a retried activity writes nothing twice.
import type { PrismaClient } from '../prisma/client';
import type { TRecordObstacleInput } from '../activities/types';
import { isObstacleClosed } from '../domain/obstacles/obstacle';
import { appendAuditEntries } from './audit-log';

export const obstacleSubjectType = 'obstacle';

export async function recordObstacle(prisma: PrismaClient, input: TRecordObstacleInput): Promise<void> {
  const { obstacle, state, events } = input;
  const row = {
    planId: obstacle.planId,
    assignmentId: obstacle.assignmentId,
    taskRef: obstacle.taskRef,
    reportingAgency: obstacle.reportingAgency,
    monitorAgency: obstacle.monitorAgency,
    committeeAgency: obstacle.committeeAgency,
    text: obstacle.text,
    proposal: obstacle.proposal,
    document: obstacle.document,
    phase: state.phase,
    outcome: state.decision?.outcome ?? null,
    closed: isObstacleClosed(state),
    pendingAgency: state.pendingAgency,
    dueAt: state.dueAt ? new Date(state.dueAt) : null,
    chaseLevel: state.chaseLevel,
    answer: state.answer?.text ?? null,
    forwardOpinion: state.forward?.text ?? null,
    decisionText: state.decision?.text ?? null,
    amendedBy: state.amendment?.planVersion ?? null,
    reportedBy: obstacle.reportedBy.user,
    reportedAt: new Date(obstacle.reportedAt),
    updatedAt: new Date(events.at(-1)?.at ?? obstacle.reportedAt),
  };
  await prisma.$transaction(
    async (tx) => {
      await tx.obstacle.upsert({ where: { id: obstacle.obstacleId }, create: { id: obstacle.obstacleId, ...row }, update: row });
      await appendAuditEntries(
        tx,
        events.map((event) => ({
          idempotencyKey: `${obstacle.obstacleId}#${event.seq}`,
          occurredAt: new Date(event.at),
          actorAgency: event.actor?.agency ?? null,
          actorUser: event.actor?.user ?? null,
          action: `obstacle-${event.action}`,
          subjectType: obstacleSubjectType,
          subjectId: obstacle.obstacleId,
          payload: { planId: obstacle.planId, reportingAgency: obstacle.reportingAgency, ...event.details },
        })),
      );
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
