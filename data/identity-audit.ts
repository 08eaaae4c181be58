// The audit log's record of who signed in, who failed to, and what administrators did to users
// and tokens: one entry per event, subject the user's login (as typed, for a failed sign-in).
// Passwords, secrets and tokens never appear in an entry; a token is named by its prefix.
import { randomUUID } from 'node:crypto';
import { appendAuditEntries, type TAuditEntry } from './audit-log';
import type { TReadClient } from './read-model';

export const IDENTITY_ACTIONS = {
  loginSucceeded: 'login-succeeded',
  loginFailed: 'login-failed',
  /** Attempts refused while the login waits after failures: one entry per wait, not per attempt. */
  loginThrottled: 'login-throttled',
  logout: 'logout',
  tokenCreated: 'token-created',
  tokenRevoked: 'token-revoked',
  /** A revoked or expired token (or a disabled user's) was presented. */
  tokenRefused: 'token-refused',
  userAdded: 'user-added',
  userDisabled: 'user-disabled',
  userEnabled: 'user-enabled',
  passwordReset: 'password-reset',
  rolesSet: 'roles-set',
} as const;
export type TIdentityAction = (typeof IDENTITY_ACTIONS)[keyof typeof IDENTITY_ACTIONS];

export const userSubjectType = 'user';

export interface TIdentityEvent {
  action: TIdentityAction;
  /** The user the event is about: their login. */
  login: string;
  /** Who did it: the user themselves for sign-ins, the administrator or operator otherwise. */
  actor: { agency: string | null; user: string | null };
  payload: Record<string, unknown>;
  occurredAt: Date;
  /** Set when the same event must be recorded once only; a random key otherwise. */
  idempotencyKey?: string;
}

export function identityAuditEntry(event: TIdentityEvent): TAuditEntry {
  return {
    idempotencyKey: event.idempotencyKey ?? `${event.action}:${event.login}:${randomUUID()}`,
    occurredAt: event.occurredAt,
    actorAgency: event.actor.agency,
    actorUser: event.actor.user,
    action: event.action,
    subjectType: userSubjectType,
    subjectId: event.login,
    payload: event.payload,
  };
}

/** Appends the events to the hash-chained audit log, inside the caller's transaction. */
export async function recordIdentityEvents(db: TReadClient, events: TIdentityEvent[]): Promise<void> {
  await appendAuditEntries(db, events.map(identityAuditEntry));
}

/**
 * Appends an event recorded once per key, without taking the audit chain's lock when it is
 * already there: a script hammering a throttled login must not queue up behind the chain.
 */
export async function recordIdentityEventOnce(db: TReadClient, event: TIdentityEvent & { idempotencyKey: string }): Promise<void> {
  const known = await db.auditEvent.findUnique({ where: { idempotencyKey: event.idempotencyKey }, select: { sequence: true } });
  if (!known) await recordIdentityEvents(db, [event]);
}
