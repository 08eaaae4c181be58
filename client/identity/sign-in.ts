// Signing in: a password opens a browser session, the session's secret identifies each request
// after it, and API tokens identify scripts. Every sign-in, failed or not, sign-out and refused
// token is written to the audit log with the login and the method, never the password.
import { ApiTokenRepository } from '../../data/api-tokens';
import { IDENTITY_ACTIONS, recordIdentityEventOnce, recordIdentityEvents } from '../../data/identity-audit';
import { LoginThrottleRepository } from '../../data/login-throttle';
import type { TReadClient } from '../../data/read-model';
import { SessionRepository } from '../../data/sessions';
import { UserRepository, type TUserRecord } from '../../data/users';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { ZSignInInput, type TIdentity, type TSignInInput } from './identity';
import { verifyPassword } from './passwords';
import { looksLikeApiToken, looksLikeSessionSecret, newSessionSecret, sha256Hex } from './secrets';
import { lastSeenIsStale, SESSION_ABSOLUTE_TIMEOUT_MS, sessionEnd, type TSessionEnd } from './session-policy';
import { failuresThatCount, secondsToWait } from './sign-in-throttle';

export { SESSION_ABSOLUTE_TIMEOUT_MS, SESSION_IDLE_TIMEOUT_MS, LAST_SEEN_RESOLUTION_MS } from './session-policy';

/** The one answer to a wrong password, an unknown login and a disabled user alike: it must not tell which. */
export const WRONG_CREDENTIALS_MESSAGE = 'login or password is wrong: check both and try again';

const sessionEndedMessages: Record<TSessionEnd | 'unknown', string> = {
  unknown: 'you are not signed in (or your session is unknown): sign in again',
  revoked: 'you signed out of this session: sign in again',
  expired: 'your session ended after 12 hours: sign in again',
  idle: 'your session ended after 30 minutes without activity: sign in again',
};

export interface TSignedIn {
  /** For the cookie only: stored nowhere, shown nowhere else. */
  sessionSecret: string;
  identity: TIdentity;
  expiresAt: Date;
}

/** Attempts sent at once for one login: each re-reads the count at most this often before it is told to wait. */
const MAX_CLAIM_RETRIES = 50;

export async function signInWithPassword(context: TAppContext, input: TSignInInput, now: Date = new Date()): Promise<TSignedIn> {
  const { login, password, clientAddress } = parseInput(ZSignInInput, input, 'sign-in');
  const attemptDetails = { method: 'password', clientAddress };

  // 1. The throttle: refuse during a wait, else count this attempt as a failure before the check.
  // An attempt that loses its claim to one sent at the same moment reads the count again: with a
  // pool of connections, attempts sent at once are counted one by one, as if sent in turn.
  const claimOnce = () => context.write(async (db) => {
    const throttles = new LoginThrottleRepository(db);
    const throttle = await throttles.find(login);
    const wait = secondsToWait(throttle, now);
    if (wait > 0) {
      await recordIdentityEventOnce(db, {
        action: IDENTITY_ACTIONS.loginThrottled,
        login,
        actor: { agency: null, user: login },
        payload: { ...attemptDetails, failures: throttle!.failures, waitSeconds: wait },
        occurredAt: now,
        idempotencyKey: `${IDENTITY_ACTIONS.loginThrottled}:${login}:${throttle!.lastFailureAt.toISOString()}`,
      });
      return { wait } as const;
    }
    const failures = failuresThatCount(throttle, now) + 1;
    if (!(await throttles.claimFailure(login, throttle, failures, now))) return { lost: true } as const;
    return { user: await new UserRepository(db).findByLogin(login), failures } as const;
  });
  let claimed = await claimOnce();
  for (let retry = 0; 'lost' in claimed && retry < MAX_CLAIM_RETRIES; retry += 1) claimed = await claimOnce();
  // Still losing after that many tries: a flood on this login, which waits like a throttled one.
  const attempt = 'lost' in claimed ? ({ wait: 1 } as const) : claimed;
  if ('wait' in attempt) {
    throw new AppError(`too many failed sign-ins for this login: wait ${attempt.wait} second${attempt.wait === 1 ? '' : 's'}, then try again`, 'rate_limited');
  }

  // 2. The password, outside any transaction (argon2 takes tens of milliseconds).
  const { user, failures } = attempt;
  const matches = await verifyPassword(user?.passwordHash ?? null, password);
  const refusal = !user ? 'unknown-login' : !user.passwordHash ? 'no-password' : !matches ? 'wrong-password' : user.disabledAt ? 'user-disabled' : null;
  const actor = { agency: user?.agencyCode ?? null, user: login };

  if (refusal !== null) {
    await context.write((db) =>
      recordIdentityEvents(db, [{ action: IDENTITY_ACTIONS.loginFailed, login, actor, payload: { ...attemptDetails, reason: refusal, failures }, occurredAt: now }]),
    );
    throw new AppError(WRONG_CREDENTIALS_MESSAGE, 'unauthenticated');
  }

  // 3. Success: the failures are forgotten and a session opens.
  const signedIn = user!;
  return context.write(async (db) => {
    await new LoginThrottleRepository(db).clear(login);
    const session = await openSession(db, signedIn, 'password', now);
    await recordIdentityEvents(db, [{ action: IDENTITY_ACTIONS.loginSucceeded, login, actor, payload: { ...attemptDetails, roles: signedIn.roles }, occurredAt: now }]);
    return session;
  });
}

/** Opens a browser session for the user, inside the caller's transaction (a password or single sign-on). */
export async function openSession(db: TReadClient, user: TUserRecord, method: 'password' | 'oidc', now: Date): Promise<TSignedIn> {
  const sessionSecret = newSessionSecret();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS);
  await new SessionRepository(db).create({ id: sha256Hex(sessionSecret), userId: user.id, method, createdAt: now, expiresAt });
  return { sessionSecret, identity: identityOf(user, method), expiresAt };
}

/** The person behind a session cookie; refreshes the session's "last seen" at most once a minute. */
export async function identityFromSession(context: TAppContext, sessionSecret: string, now: Date = new Date()): Promise<TIdentity> {
  if (!looksLikeSessionSecret(sessionSecret)) throw new AppError(sessionEndedMessages.unknown, 'unauthenticated');
  return context.write(async (db) => {
    const sessions = new SessionRepository(db);
    const session = await sessions.findWithUser(sha256Hex(sessionSecret));
    if (!session) throw new AppError(sessionEndedMessages.unknown, 'unauthenticated');
    const ended = sessionEnd(session, now);
    if (ended) throw new AppError(sessionEndedMessages[ended], 'unauthenticated');
    if (session.user.disabledAt) throw new AppError('your account is disabled: ask an administrator', 'unauthenticated');
    if (lastSeenIsStale(session.lastSeenAt, now)) await sessions.touch(session.id, now);
    return identityOf(session.user, session.method === 'oidc' ? 'oidc' : 'password');
  });
}

/** Ends the session; an unknown or already ended session is left as it is. */
export async function signOut(context: TAppContext, sessionSecret: string, now: Date = new Date()): Promise<void> {
  if (!looksLikeSessionSecret(sessionSecret)) return;
  await context.write(async (db) => {
    const sessions = new SessionRepository(db);
    const session = await sessions.findWithUser(sha256Hex(sessionSecret));
    if (!session || !(await sessions.revoke(session.id, now))) return;
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.logout, login: session.user.login, actor: { agency: session.user.agencyCode, user: session.user.login }, payload: { method: session.method }, occurredAt: now },
    ]);
  });
}

/** The person a bearer token stands for. A revoked or expired token is refused, and the attempt recorded. */
export async function identityFromToken(context: TAppContext, token: string, now: Date = new Date()): Promise<TIdentity> {
  const unknown = 'the API token is unknown: check that it was copied whole, or ask an administrator for a new one (dondoc token create)';
  if (!looksLikeApiToken(token)) throw new AppError(unknown, 'unauthenticated');
  const outcome = await context.write<{ identity: TIdentity } | { refused: string }>(async (db) => {
    const tokens = new ApiTokenRepository(db);
    const found = await tokens.findByHash(sha256Hex(token));
    if (!found) return { refused: unknown };
    const reason = found.revokedAt ? 'revoked' : found.expiresAt && found.expiresAt <= now ? 'expired' : found.user.disabledAt ? 'user-disabled' : null;
    if (reason) {
      const { user } = found;
      await recordIdentityEvents(db, [
        { action: IDENTITY_ACTIONS.tokenRefused, login: user.login, actor: { agency: user.agencyCode, user: user.login }, payload: { method: 'token', prefix: found.prefix, name: found.name, reason }, occurredAt: now },
      ]);
      const when = (found.revokedAt ?? found.expiresAt)?.toISOString();
      const refused = reason === 'user-disabled' ? `the API token ${found.prefix}… belongs to a disabled user` : `the API token ${found.prefix}… was ${reason} on ${when}`;
      return { refused: `${refused}: ask an administrator for a new one (dondoc token create)` };
    }
    if (lastSeenIsStale(found.lastUsedAt, now)) await tokens.touch(found.id, now);
    return { identity: identityOf(found.user, 'token') };
  });
  if ('refused' in outcome) throw new AppError(outcome.refused, 'unauthenticated');
  return outcome.identity;
}

function identityOf(user: TUserRecord, method: TIdentity['method']): TIdentity {
  return { userId: user.id, login: user.login, displayName: user.displayName, agency: user.agencyCode, roles: [...user.roles], method };
}
