// The audit record of the tasks an operator declared done when loading a plan: one hash-chained
// event per load, written once however often the loading activity is retried.
import type { PrismaClient } from '../prisma/client';
import { appendAuditEntries } from './audit-log';

export interface TDoneDeclaration {
  planId: string;
  /** The plan file's content digest: which version of the plan the declaration was made with. */
  planVersion: string;
  actor: { agency: string; user: string };
  refs: string[];
  /** The assignments the refs stand for (task × answering agency). */
  assignmentIds: string[];
  at: Date;
}

export const DECLARED_DONE_AT_LOAD = 'declared-done-at-load';

export async function recordDoneDeclaration(prisma: PrismaClient, declaration: TDoneDeclaration): Promise<void> {
  await prisma.$transaction((tx) =>
    appendAuditEntries(tx, [
      {
        idempotencyKey: `plan/${declaration.planId}/${declaration.planVersion}/${DECLARED_DONE_AT_LOAD}/${declaration.refs.join(',')}`,
        occurredAt: declaration.at,
        actorAgency: declaration.actor.agency,
        actorUser: declaration.actor.user,
        action: DECLARED_DONE_AT_LOAD,
        subjectType: 'plan',
        subjectId: declaration.planId,
        payload: { planVersion: declaration.planVersion, refs: declaration.refs, assignments: declaration.assignmentIds },
      },
    ]),
  );
}
