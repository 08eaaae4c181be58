// Reading obstacles from the read model, and recording a refused obstacle action in the audit log
// (Temporal keeps no rejected update, so the caller that was refused writes it here).
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../prisma/generated/client';
import { appendAuditEntries } from './audit-log';
import { obstacleSubjectType } from './obstacle-records';
import type { TReadClient } from './read-model';

export interface TObstacleFilter {
  /** Obstacles this agency reported, answers or decides. */
  involving?: string;
  /** Obstacles this agency reported. */
  reportingAgency?: string;
  planId?: string;
  open?: boolean;
}

export async function readObstacles(db: TReadClient, filter: TObstacleFilter = {}) {
  const where: Prisma.ObstacleWhereInput = {
    ...(filter.planId ? { planId: filter.planId } : {}),
    ...(filter.reportingAgency ? { reportingAgency: filter.reportingAgency } : {}),
    ...(filter.open === undefined ? {} : { closed: !filter.open }),
    ...(filter.involving ? { OR: [{ reportingAgency: filter.involving }, { monitorAgency: filter.involving }, { committeeAgency: filter.involving }] } : {}),
  };
  return db.obstacle.findMany({ where, orderBy: [{ reportedAt: 'asc' }, { id: 'asc' }] });
}
export type TObstacleRow = Awaited<ReturnType<typeof readObstacles>>[number];

export async function readObstacle(db: TReadClient, id: string): Promise<TObstacleRow | null> {
  return db.obstacle.findUnique({ where: { id } });
}

export const obstacleRefusedAction = 'obstacle-refused';

export interface TRefusedObstacleAction {
  /** The obstacle, or for a refused report the assignment or plan it was about. */
  subjectId: string;
  action: string;
  actor: { agency: string | null; user: string; role: string };
  reason: string;
  input: unknown;
  refusedBy: 'client' | 'workflow';
  occurredAt: Date;
}

export async function recordRefusedObstacleAction(tx: TReadClient, refusal: TRefusedObstacleAction): Promise<void> {
  await appendAuditEntries(tx, [
    {
      idempotencyKey: `${obstacleRefusedAction}:${randomUUID()}`,
      occurredAt: refusal.occurredAt,
      actorAgency: refusal.actor.agency,
      actorUser: refusal.actor.user,
      action: obstacleRefusedAction,
      subjectType: obstacleSubjectType,
      subjectId: refusal.subjectId,
      payload: { action: refusal.action, role: refusal.actor.role, reason: refusal.reason, refusedBy: refusal.refusedBy, input: JSON.parse(JSON.stringify(refusal.input ?? null)) as unknown },
    },
  ]);
}
