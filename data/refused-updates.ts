// A refused input is part of an assignment's history: who tried what, when, and why it was
// refused. Temporal writes no event for an update its validator rejects, so the caller that was
// refused records it here, in the hash-chained audit log, with the input it sent (aggregate
// report figures and free text — never data about a child), so nothing the agency sent is lost.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../prisma/client';
import { appendAuditEntries, type TAuditEntry } from './audit-log';

export const updateRefusedAction = 'update-refused';

export interface TRefusedUpdate {
  assignmentId: string;
  /** The update's name, e.g. submitResult. */
  update: string;
  actor: { agency: string | null; user: string | null; role: string | null };
  reason: string;
  /** What was sent (without the actor, which has its own columns), or null when it could not be read. */
  input: unknown;
  /** Who refused it: the caller's own check before sending, the API's authorisation, or the workflow's validator. */
  refusedBy: 'client' | 'server' | 'workflow';
  occurredAt: Date;
}

export function refusedUpdateEntry(refusal: TRefusedUpdate): TAuditEntry {
  return {
    idempotencyKey: `${updateRefusedAction}:${refusal.assignmentId}:${randomUUID()}`,
    occurredAt: refusal.occurredAt,
    actorAgency: refusal.actor.agency,
    actorUser: refusal.actor.user,
    action: updateRefusedAction,
    subjectType: 'assignment',
    subjectId: refusal.assignmentId,
    payload: { update: refusal.update, role: refusal.actor.role, reason: refusal.reason, refusedBy: refusal.refusedBy, input: jsonSafe(refusal.input) },
  };
}

/** Appends the refusal to the audit log; false when the assignment is unknown to the database (a mistyped id is not recorded). */
export async function recordRefusedUpdate(prisma: PrismaClient, refusal: TRefusedUpdate): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const known = await tx.assignment.findUnique({ where: { id: refusal.assignmentId }, select: { id: true } });
    if (!known) return false;
    await appendAuditEntries(tx, [refusedUpdateEntry(refusal)]);
    return true;
  });
}

function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}
