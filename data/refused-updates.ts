// A refused input is part of an assignment's history: who tried what, when, and why it was
// refused. Temporal writes no event for an update its validator rejects, so the caller that was
// refused records it here, in the hash-chained audit log, with the input it sent (aggregate
// report figures and free text — never data about a child), so nothing the agency sent is lost.
import { randomUUID } from 'node:crypto';
import { appendAuditEntries, type TAuditEntry } from './audit-log';
import type { TReadClient } from './read-model';

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

/** Appends the refusal to the audit log inside the caller's transaction; false when the assignment is unknown to the database (a mistyped id is not recorded). */
export async function recordRefusedUpdate(tx: TReadClient, refusal: TRefusedUpdate): Promise<boolean> {
  const known = await tx.assignment.findUnique({ where: { id: refusal.assignmentId }, select: { id: true } });
  if (!known) return false;
  await appendAuditEntries(tx, [refusedUpdateEntry(refusal)]);
  return true;
}

export const requestRefusedAction = 'request-refused';

/** An API request refused for who made it (403): the endpoint, the reason and what was sent. */
export interface TRefusedRequest {
  actor: { agency: string | null; user: string | null; roles: string[] };
  /** e.g. POST /api/agencies/successions */
  endpoint: string;
  reason: string;
  /** Path parameters, query and body as sent, secrets already removed. */
  input: { params: unknown; query: unknown; body: unknown };
  occurredAt: Date;
}

export async function recordRefusedRequest(tx: TReadClient, refusal: TRefusedRequest): Promise<void> {
  await appendAuditEntries(tx, [
    {
      idempotencyKey: `${requestRefusedAction}:${randomUUID()}`,
      occurredAt: refusal.occurredAt,
      actorAgency: refusal.actor.agency,
      actorUser: refusal.actor.user,
      action: requestRefusedAction,
      subjectType: 'request',
      subjectId: refusal.endpoint,
      payload: { roles: refusal.actor.roles, reason: refusal.reason, refusedBy: 'server', input: jsonSafe(refusal.input) },
    },
  ]);
}

function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}
