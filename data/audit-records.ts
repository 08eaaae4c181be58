// The audit log's records of one assignment, oldest first; and of the obstacles reported on it.
import type { TReadClient } from './read-model';

export interface TAuditRecord {
  sequence: bigint;
  occurredAt: Date;
  actorAgency: string | null;
  actorUser: string | null;
  action: string;
  payload: unknown;
  hash: string;
}

export async function readAuditRecords(db: TReadClient, assignmentId: string): Promise<TAuditRecord[]> {
  return db.auditEvent.findMany({
    where: { subjectType: 'assignment', subjectId: assignmentId },
    orderBy: { sequence: 'asc' },
    select: { sequence: true, occurredAt: true, actorAgency: true, actorUser: true, action: true, payload: true, hash: true },
  });
}

/** The records of one obstacle, or of every obstacle reported on an assignment, oldest first. */
export async function readObstacleAuditRecords(db: TReadClient, of: { obstacleId: string } | { assignmentId: string }): Promise<TAuditRecord[]> {
  const ids = 'obstacleId' in of ? [of.obstacleId] : (await db.obstacle.findMany({ where: { assignmentId: of.assignmentId }, select: { id: true } })).map((row) => row.id);
  if (!ids.length) return [];
  return db.auditEvent.findMany({
    where: { subjectType: 'obstacle', subjectId: { in: ids } },
    orderBy: { sequence: 'asc' },
    select: { sequence: true, occurredAt: true, actorAgency: true, actorUser: true, action: true, payload: true, hash: true },
  });
}
