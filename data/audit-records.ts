// The audit log's records of one assignment, oldest first.
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
