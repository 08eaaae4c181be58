// Signing in with a password against a real database: one answer for every wrong credential,
// sessions that end when idle, at the absolute timeout and at sign-out, the throttle that slows
// a guesser, and the audit log of it all — with an injected clock instead of waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../data/audit-log';
import { identityFromSession, signInWithPassword, signOut, WRONG_CREDENTIALS_MESSAGE } from '../../../client/identity/sign-in';
import { sha256Hex } from '../../../client/identity/secrets';
import { addUser, disableUser } from '../../../client/identity/users';
import { auditOf, createIdentityTestbed, later, operator, type TIdentityTestbed, refusal } from './identity-database';

const password = 'xuân hạ thu đông 2026';
let testbed: TIdentityTestbed;

beforeAll(async () => {
  testbed = await createIdentityTestbed();
  for (const login of ['nguyen.a', 'tran.b', 'le.c', 'pham.d']) {
    await addUser(testbed.context, operator, { login, displayName: login, agency: 'QNG_SO_YT', roles: ['officer'], password });
  }
});
afterAll(async () => {
  await testbed?.close();
});

/** The AppError a call throws (fails the test when it does not throw one). */
describe(`signing in (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  it('opens a 12-hour session for the right password, stores only its hash, and records the sign-in', async () => {
    const now = new Date('2026-12-01T01:00:00Z');
    const signedIn = await signInWithPassword(testbed.context, { login: '  Nguyen.A ', password, clientAddress: '203.0.113.7' }, now);
    expect(signedIn.identity).toMatchObject({ login: 'nguyen.a', displayName: 'nguyen.a', agency: 'QNG_SO_YT', roles: ['officer'], method: 'password' });
    expect(signedIn.sessionSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signedIn.expiresAt).toEqual(later(now, 12 * 60));

    const sessions = await testbed.database.prisma.session.findMany({ where: { user: { login: 'nguyen.a' } } });
    expect(sessions.map((session) => session.id)).toEqual([sha256Hex(signedIn.sessionSecret)]);

    const audit = await auditOf(testbed.database, 'nguyen.a');
    expect(audit.at(-1)).toMatchObject({ action: 'login-succeeded', actorUser: 'nguyen.a', actorAgency: 'QNG_SO_YT', payload: { method: 'password', clientAddress: '203.0.113.7' } });
  });

  it('gives the same answer for an unknown login, a wrong password and a disabled user, and records each with its reason', async () => {
    const now = new Date('2026-12-01T02:00:00Z');
    await disableUser(testbed.context, operator, { login: 'pham.d' }, now);
    const unknown = await refusal(signInWithPassword(testbed.context, { login: 'nobody', password }, now));
    const wrong = await refusal(signInWithPassword(testbed.context, { login: 'tran.b', password: 'not the password' }, now));
    const disabled = await refusal(signInWithPassword(testbed.context, { login: 'pham.d', password }, now));
    for (const error of [unknown, wrong, disabled]) expect({ message: error.message, code: error.code }).toEqual({ message: WRONG_CREDENTIALS_MESSAGE, code: 'unauthenticated' });
    expect(WRONG_CREDENTIALS_MESSAGE).toMatch(/^login or password is wrong/);

    expect((await auditOf(testbed.database, 'nobody')).map((entry) => entry.payload)).toEqual([{ method: 'password', clientAddress: null, reason: 'unknown-login', failures: 1 }]);
    expect((await auditOf(testbed.database, 'tran.b')).at(-1)).toMatchObject({ action: 'login-failed', payload: { reason: 'wrong-password' } });
    expect((await auditOf(testbed.database, 'pham.d')).at(-1)).toMatchObject({ action: 'login-failed', payload: { reason: 'user-disabled' } });
    const everything = JSON.stringify(await testbed.database.prisma.auditEvent.findMany({ select: { payload: true } }));
    expect(everything).not.toContain(password);
    expect(everything).not.toContain('not the password');
  });

  it('ends a session after 30 minutes without activity, writing "last seen" at most once a minute', async () => {
    const start = new Date('2026-12-02T01:00:00Z');
    const { sessionSecret } = await signInWithPassword(testbed.context, { login: 'nguyen.a', password }, start);
    const lastSeen = async () => (await testbed.database.prisma.session.findUniqueOrThrow({ where: { id: sha256Hex(sessionSecret) } })).lastSeenAt;

    expect((await identityFromSession(testbed.context, sessionSecret, later(start, 0.5))).login).toBe('nguyen.a');
    expect(await lastSeen()).toEqual(start);
    await identityFromSession(testbed.context, sessionSecret, later(start, 29));
    expect(await lastSeen()).toEqual(later(start, 29));
    await identityFromSession(testbed.context, sessionSecret, later(start, 58));
    const idle = await refusal(identityFromSession(testbed.context, sessionSecret, later(start, 88)));
    expect(idle).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('30 minutes without activity') });
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const start = new Date('2026-12-03T00:00:00Z');
    const { sessionSecret } = await signInWithPassword(testbed.context, { login: 'nguyen.a', password }, start);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) await identityFromSession(testbed.context, sessionSecret, later(start, minutes));
    const expired = await refusal(identityFromSession(testbed.context, sessionSecret, later(start, 12 * 60)));
    expect(expired).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('12 hours') });
  });

  it('revokes the session at sign-out, records it, and refuses an unknown session', async () => {
    const now = new Date('2026-12-04T01:00:00Z');
    const { sessionSecret } = await signInWithPassword(testbed.context, { login: 'le.c', password }, now);
    await signOut(testbed.context, sessionSecret, later(now, 1));
    await signOut(testbed.context, sessionSecret, later(now, 2));
    expect(await refusal(identityFromSession(testbed.context, sessionSecret, later(now, 3)))).toMatchObject({ code: 'unauthenticated' });
    expect((await auditOf(testbed.database, 'le.c')).filter((entry) => entry.action === 'logout')).toHaveLength(1);
    expect(await refusal(identityFromSession(testbed.context, 'x'.repeat(43), now))).toMatchObject({ code: 'unauthenticated' });
    expect(await refusal(identityFromSession(testbed.context, '', now))).toMatchObject({ code: 'unauthenticated' });
  });

  it('ends the sessions of a user who is disabled', async () => {
    const now = new Date('2026-12-05T01:00:00Z');
    await addUser(testbed.context, operator, { login: 'vo.e', displayName: 'Võ E', agency: 'QNG_SO_GDDT', roles: ['monitor'], password }, now);
    const { sessionSecret } = await signInWithPassword(testbed.context, { login: 'vo.e', password }, now);
    await disableUser(testbed.context, operator, { login: 'vo.e' }, later(now, 1));
    expect(await refusal(identityFromSession(testbed.context, sessionSecret, later(now, 2)))).toMatchObject({ code: 'unauthenticated' });
  });

  it('slows down 50 wrong passwords after the fifth, records them, and lets the right password in after the wait', async () => {
    const now = new Date('2026-12-06T01:00:00Z');
    const answers: string[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      answers.push((await refusal(signInWithPassword(testbed.context, { login: 'tran.b', password: `guess ${attempt}`, clientAddress: '198.51.100.9' }, now))).code);
    }
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('unauthenticated'));
    expect(answers.slice(5)).toEqual(Array(45).fill('rate_limited'));

    const waiting = await refusal(signInWithPassword(testbed.context, { login: 'tran.b', password }, now));
    expect(waiting).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('wait 1 second') });

    const today = (await auditOf(testbed.database, 'tran.b')).filter((entry) => entry.occurredAt.getTime() === now.getTime());
    expect(today.map((entry) => entry.action)).toEqual([...Array(5).fill('login-failed'), 'login-throttled']);
    expect(today.at(-1)?.payload).toMatchObject({ failures: 5, waitSeconds: 1, clientAddress: '198.51.100.9' });

    const signedIn = await signInWithPassword(testbed.context, { login: 'tran.b', password }, later(now, 1 / 60));
    expect(signedIn.identity.login).toBe('tran.b');
    // The success forgot the failures: the next mistake is answered at once, not throttled.
    expect(await refusal(signInWithPassword(testbed.context, { login: 'tran.b', password: 'typo' }, later(now, 2)))).toMatchObject({ code: 'unauthenticated' });
  });

  it('counts attempts sent at once one by one: twenty in parallel get five password checks', async () => {
    const now = new Date('2026-12-08T01:00:00Z');
    const attempts = Array.from({ length: 20 }, (_, index) => refusal(signInWithPassword(testbed.context, { login: 'pham.d', password: `parallel ${index}` }, now)));
    const codes = (await Promise.all(attempts)).map((error) => error.code);
    expect(codes.filter((code) => code === 'unauthenticated')).toHaveLength(5);
    expect(codes.filter((code) => code === 'rate_limited')).toHaveLength(15);
  });

  it('keeps the audit chain whole through all of it', async () => {
    expect((await verifyAuditChain(testbed.database.prisma)).firstBroken).toBeNull();
  });

  it('throttles an unknown login exactly like a known one, with waits that double', async () => {
    const now = new Date('2026-12-07T01:00:00Z');
    const codes = async (login: string, at: Date) => (await refusal(signInWithPassword(testbed.context, { login, password: 'guess' }, at))).code;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await codes('ghost', now)).toBe('unauthenticated');
      expect(await codes('le.c', now)).toBe('unauthenticated');
    }
    for (const login of ['ghost', 'le.c']) {
      expect(await refusal(signInWithPassword(testbed.context, { login, password: 'guess' }, now))).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('wait 1 second,') });
      // The sixth failure, a second later, makes the next attempt wait 2 seconds.
      expect(await codes(login, later(now, 1 / 60))).toBe('unauthenticated');
      expect(await refusal(signInWithPassword(testbed.context, { login, password: 'guess' }, later(now, 1 / 60)))).toMatchObject({ message: expect.stringContaining('wait 2 seconds') });
    }
  });
});
