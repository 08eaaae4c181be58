// Managing users against a real database: the first administrator, adding users with their
// agency, roles and passwords, disabling and enabling, and who may do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppActor } from '../../../client/actor';
import { identityFromSession, signInWithPassword, WRONG_CREDENTIALS_MESSAGE } from '../../../client/identity/sign-in';
import { addUser, disableUser, enableUser, ensureFirstAdmin, listUsers, resetPassword, setRoles } from '../../../client/identity/users';
import { auditOf, createIdentityTestbed, later, operator, type TIdentityTestbed, refusal } from './identity-database';

let testbed: TIdentityTestbed;
/** An administrator as the API builds the actor: their login, and the workflow role of their business roles. */
const admin: TAppActor = { agency: null, user: 'admin', role: 'auditor' };
const officer: TAppActor = { agency: 'QNG_SO_YT', user: 'nguyen.a', role: 'officer' };
let adminPassword: string;

beforeAll(async () => {
  testbed = await createIdentityTestbed();
});
afterAll(async () => {
  await testbed?.close();
});

describe('users', () => {
  it('creates the first administrator once, with a one-time password that signs in', async () => {
    const first = await ensureFirstAdmin(testbed.context);
    expect(first).toEqual({ login: 'admin', password: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/) });
    expect(await ensureFirstAdmin(testbed.context)).toBeNull();
    adminPassword = first!.password;
    const { identity } = await signInWithPassword(testbed.context, { login: 'admin', password: adminPassword });
    expect(identity).toMatchObject({ login: 'admin', agency: null, roles: ['admin'] });
    expect((await auditOf(testbed.database, 'admin'))[0]).toMatchObject({ action: 'user-added', payload: { firstAdministrator: true } });
  });

  it('adds users for an administrator: login in lower case, a one-time password unless one is given, recorded', async () => {
    const added = await addUser(testbed.context, admin, { login: 'Nguyen.A', displayName: 'Nguyễn Văn A', agency: 'QNG_SO_YT', roles: ['officer', 'officer'] });
    expect(added.user).toMatchObject({ login: 'nguyen.a', displayName: 'Nguyễn Văn A', agency: 'QNG_SO_YT', roles: ['officer'], disabledAt: null });
    expect(added.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await signInWithPassword(testbed.context, { login: 'nguyen.a', password: added.oneTimePassword! })).identity.login).toBe('nguyen.a');

    const given = await addUser(testbed.context, operator, { login: 'tran.b', displayName: 'Trần Thị B', agency: null, roles: ['leadership', 'auditor'], password: 'một mật khẩu dài' });
    expect(given.oneTimePassword).toBeNull();
    expect(given.user.roles).toEqual(['leadership', 'auditor']);
    expect((await auditOf(testbed.database, 'tran.b'))[0]).toMatchObject({ action: 'user-added', actorUser: 'operator', payload: { roles: ['leadership', 'auditor'], passwordGenerated: false } });
    expect(JSON.stringify((await auditOf(testbed.database, 'tran.b')).map((entry) => entry.payload))).not.toContain('một mật khẩu dài');
  });

  it('refuses an officer or monitor without an agency, an unknown agency, a taken login, a short password and an unknown role', async () => {
    const base = { login: 'le.c', displayName: 'Lê C', agency: 'QNG_SO_YT', roles: ['monitor' as const] };
    expect(await refusal(addUser(testbed.context, admin, { ...base, agency: null }))).toMatchObject({ code: 'bad_input', message: expect.stringContaining('acts for an agency') });
    expect(await refusal(addUser(testbed.context, admin, { ...base, agency: 'QNG_SO_KHONG_CO' }))).toMatchObject({ code: 'bad_input', message: expect.stringContaining('not in the registry') });
    expect(await refusal(addUser(testbed.context, admin, { ...base, login: 'NGUYEN.A' }))).toMatchObject({ code: 'conflict' });
    expect(await refusal(addUser(testbed.context, admin, { ...base, password: 'short' }))).toMatchObject({ code: 'bad_input', message: expect.stringContaining('at least 12 characters') });
    expect(await refusal(addUser(testbed.context, admin, { ...base, roles: ['chief' as never] }))).toMatchObject({ code: 'bad_input', message: expect.stringContaining('expected one of the roles') });
    expect(await testbed.database.prisma.user.count({ where: { login: 'le.c' } })).toBe(0);
  });

  it('lists users, by agency too', async () => {
    expect((await listUsers(testbed.context, admin)).map((user) => user.login)).toEqual(['admin', 'nguyen.a', 'tran.b']);
    expect((await listUsers(testbed.context, operator, { agency: 'QNG_SO_YT' })).map((user) => user.login)).toEqual(['nguyen.a']);
  });

  it('refuses every change to a non-administrator, even one who names themselves admin in the actor', async () => {
    const impostor: TAppActor = { agency: null, user: 'nguyen.a', role: 'auditor' };
    for (const actor of [officer, impostor, { ...admin, user: 'nobody' }]) {
      expect(await refusal(addUser(testbed.context, actor, { login: 'x.y', displayName: 'X', agency: null, roles: ['auditor'] }))).toMatchObject({ code: 'forbidden' });
      expect(await refusal(listUsers(testbed.context, actor))).toMatchObject({ code: 'forbidden' });
      expect(await refusal(setRoles(testbed.context, actor, { login: 'nguyen.a', roles: ['admin'] }))).toMatchObject({ code: 'forbidden' });
    }
    expect((await listUsers(testbed.context, admin)).find((user) => user.login === 'nguyen.a')?.roles).toEqual(['officer']);
  });

  it('sets roles and agency; a signed-in session sees them at its next request', async () => {
    const now = new Date('2026-12-01T01:00:00Z');
    const { oneTimePassword } = await resetPassword(testbed.context, admin, { login: 'nguyen.a' }, now);
    const { sessionSecret } = await signInWithPassword(testbed.context, { login: 'nguyen.a', password: oneTimePassword! }, now);
    const changed = await setRoles(testbed.context, admin, { login: 'nguyen.a', roles: ['monitor', 'officer'], agency: 'QNG_SO_GDDT' }, later(now, 1));
    expect(changed).toMatchObject({ roles: ['officer', 'monitor'], agency: 'QNG_SO_GDDT' });
    expect(await identityFromSession(testbed.context, sessionSecret, later(now, 2))).toMatchObject({ roles: ['officer', 'monitor'], agency: 'QNG_SO_GDDT' });
    expect(await refusal(setRoles(testbed.context, admin, { login: 'nguyen.a', roles: ['officer'], agency: null }))).toMatchObject({ code: 'bad_input' });
    expect((await auditOf(testbed.database, 'nguyen.a')).at(-1)).toMatchObject({ action: 'roles-set', payload: { from: { roles: ['officer'], agency: 'QNG_SO_YT' }, to: { roles: ['officer', 'monitor'], agency: 'QNG_SO_GDDT' } } });
  });

  it('disables a user (same answer at sign-in as a wrong password) and enables them again', async () => {
    const password = 'một mật khẩu dài';
    await disableUser(testbed.context, admin, { login: 'tran.b' });
    expect((await listUsers(testbed.context, admin)).find((user) => user.login === 'tran.b')?.disabledAt).toBeInstanceOf(Date);
    expect(await refusal(signInWithPassword(testbed.context, { login: 'tran.b', password }))).toMatchObject({ message: WRONG_CREDENTIALS_MESSAGE });
    await enableUser(testbed.context, admin, { login: 'tran.b' });
    expect((await signInWithPassword(testbed.context, { login: 'tran.b', password })).identity.login).toBe('tran.b');
    expect((await auditOf(testbed.database, 'tran.b')).map((entry) => entry.action)).toEqual(['user-added', 'user-disabled', 'login-failed', 'user-enabled', 'login-succeeded']);
    expect(await refusal(disableUser(testbed.context, admin, { login: 'nobody' }))).toMatchObject({ code: 'not_found' });
  });

  it('resets a password: the old one stops working and the sessions it opened end', async () => {
    const now = new Date('2026-12-02T01:00:00Z');
    const { sessionSecret } = await signInWithPassword(testbed.context, { login: 'tran.b', password: 'một mật khẩu dài' }, now);
    const reset = await resetPassword(testbed.context, admin, { login: 'tran.b', password: 'mật khẩu mới, dài hơn' }, later(now, 1));
    expect(reset.oneTimePassword).toBeNull();
    expect(await refusal(identityFromSession(testbed.context, sessionSecret, later(now, 2)))).toMatchObject({ code: 'unauthenticated' });
    expect(await refusal(signInWithPassword(testbed.context, { login: 'tran.b', password: 'một mật khẩu dài' }, later(now, 3)))).toMatchObject({ code: 'unauthenticated' });
    expect((await signInWithPassword(testbed.context, { login: 'tran.b', password: 'mật khẩu mới, dài hơn' }, later(now, 4))).identity.login).toBe('tran.b');
  });

  it('keeps an enabled administrator: the last one can be neither disabled nor demoted', async () => {
    expect(await refusal(disableUser(testbed.context, admin, { login: 'admin' }))).toMatchObject({ code: 'conflict', message: expect.stringContaining('last enabled administrator') });
    expect(await refusal(setRoles(testbed.context, operator, { login: 'admin', roles: ['auditor'] }))).toMatchObject({ code: 'conflict' });
    await setRoles(testbed.context, admin, { login: 'tran.b', roles: ['leadership', 'admin'] });
    await setRoles(testbed.context, { agency: null, user: 'tran.b', role: 'auditor' }, { login: 'admin', roles: ['auditor'] });
    expect(await ensureFirstAdmin(testbed.context)).toBeNull();
    expect(await refusal(listUsers(testbed.context, admin))).toMatchObject({ code: 'forbidden' });
  });
});
