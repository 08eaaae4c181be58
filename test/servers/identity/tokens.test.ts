// API tokens against a real database: shown once and stored hashed, used as their user,
// refused once revoked or expired (and each refused use recorded), listed by prefix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../client/identity/secrets';
import { identityFromToken } from '../../../client/identity/sign-in';
import { createToken, listTokens, revokeToken } from '../../../client/identity/tokens';
import { addUser, disableUser, enableUser } from '../../../client/identity/users';
import { auditOf, createIdentityTestbed, later, operator, type TIdentityTestbed, refusal } from './identity-database';

const DAY_MINUTES = 24 * 60;
let testbed: TIdentityTestbed;

beforeAll(async () => {
  testbed = await createIdentityTestbed();
  await addUser(testbed.context, operator, { login: 'script.yt', displayName: 'Báo cáo tự động', agency: 'QNG_SO_YT', roles: ['officer'] });
});
afterAll(async () => {
  await testbed?.close();
});

describe('API tokens', () => {
  it('creates a token shown once and stored as its hash, which then identifies its user', async () => {
    const now = new Date('2026-12-01T01:00:00Z');
    const created = await createToken(testbed.context, operator, { login: 'script.yt', name: 'nightly export' }, now);
    expect(created.token).toMatch(/^ddk_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    expect(created.expiresAt).toEqual(later(now, 90 * DAY_MINUTES));

    const stored = await testbed.database.prisma.apiToken.findFirstOrThrow({ where: { prefix: created.prefix } });
    expect(stored.hash).toBe(sha256Hex(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const identity = await identityFromToken(testbed.context, created.token, later(now, 5));
    expect(identity).toMatchObject({ login: 'script.yt', agency: 'QNG_SO_YT', roles: ['officer'], method: 'token' });
    expect((await testbed.database.prisma.apiToken.findFirstOrThrow({ where: { prefix: created.prefix } })).lastUsedAt).toEqual(later(now, 5));
    // Within the minute, "last used" is not written again.
    await identityFromToken(testbed.context, created.token, later(now, 5.5));
    expect((await testbed.database.prisma.apiToken.findFirstOrThrow({ where: { prefix: created.prefix } })).lastUsedAt).toEqual(later(now, 5));

    expect((await auditOf(testbed.database, 'script.yt')).at(-1)).toMatchObject({ action: 'token-created', actorUser: 'operator', payload: { prefix: created.prefix, name: 'nightly export' } });
  });

  it('refuses a revoked token and records every use of it', async () => {
    const now = new Date('2026-12-02T01:00:00Z');
    const { token, prefix } = await createToken(testbed.context, operator, { login: 'script.yt', name: 'to revoke' }, now);
    const revoked = await revokeToken(testbed.context, operator, { prefix }, later(now, 1));
    expect(revoked).toMatchObject({ prefix, state: 'revoked' });
    for (const minutes of [2, 3]) {
      expect(await refusal(identityFromToken(testbed.context, token, later(now, minutes)))).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('revoked') });
    }
    const audit = (await auditOf(testbed.database, 'script.yt')).filter((entry) => (entry.payload as { prefix?: string }).prefix === prefix);
    expect(audit.map((entry) => entry.action)).toEqual(['token-created', 'token-revoked', 'token-refused', 'token-refused']);
    expect(audit.at(-1)?.payload).toMatchObject({ method: 'token', reason: 'revoked' });
  });

  it('refuses an expired token and records the use; refuses an unknown one without a record', async () => {
    const now = new Date('2026-12-03T01:00:00Z');
    const { token, prefix } = await createToken(testbed.context, operator, { login: 'script.yt', name: 'short-lived', expiresInDays: 1 }, now);
    expect((await identityFromToken(testbed.context, token, later(now, DAY_MINUTES - 1))).login).toBe('script.yt');
    expect(await refusal(identityFromToken(testbed.context, token, later(now, DAY_MINUTES)))).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('expired') });
    expect((await auditOf(testbed.database, 'script.yt')).at(-1)).toMatchObject({ action: 'token-refused', payload: { prefix, reason: 'expired' } });

    const before = await testbed.database.prisma.auditEvent.count();
    expect(await refusal(identityFromToken(testbed.context, `ddk_${'A'.repeat(43)}`, now))).toMatchObject({ code: 'unauthenticated' });
    expect(await refusal(identityFromToken(testbed.context, 'not-a-token', now))).toMatchObject({ code: 'unauthenticated' });
    expect(await testbed.database.prisma.auditEvent.count()).toBe(before);
  });

  it("refuses a disabled user's token until the user is enabled again, and will not create one for them", async () => {
    const now = new Date('2026-12-04T01:00:00Z');
    const { token } = await createToken(testbed.context, operator, { login: 'script.yt', name: 'while disabled' }, now);
    await disableUser(testbed.context, operator, { login: 'script.yt' }, later(now, 1));
    expect(await refusal(identityFromToken(testbed.context, token, later(now, 2)))).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('disabled') });
    expect(await refusal(createToken(testbed.context, operator, { login: 'script.yt' }, later(now, 3)))).toMatchObject({ code: 'conflict' });
    await enableUser(testbed.context, operator, { login: 'script.yt' }, later(now, 4));
    expect((await identityFromToken(testbed.context, token, later(now, 5))).login).toBe('script.yt');
  });

  it('lists tokens by prefix with their state, never the token', async () => {
    const now = new Date('2026-12-10T01:00:00Z');
    const tokens = await listTokens(testbed.context, operator, { login: 'SCRIPT.YT' }, now);
    expect(tokens.map((token) => [token.name, token.state])).toEqual([
      ['nightly export', 'active'],
      ['to revoke', 'revoked'],
      ['short-lived', 'expired'],
      ['while disabled', 'active'],
    ]);
    expect(Object.keys(tokens[0]!)).not.toContain('token');
    expect(await refusal(revokeToken(testbed.context, operator, { prefix: 'ddk_zzzzzzzz' }, now))).toMatchObject({ code: 'not_found' });
    expect(await refusal(createToken(testbed.context, operator, { login: 'script.yt', expiresInDays: 400 }, now))).toMatchObject({ code: 'bad_input' });
  });

  it('lets only administrators manage tokens', async () => {
    const officer = { agency: 'QNG_SO_YT', user: 'script.yt', role: 'officer' as const };
    expect(await refusal(createToken(testbed.context, officer, { login: 'script.yt' }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(listTokens(testbed.context, officer))).toMatchObject({ code: 'forbidden' });
  });
});
