// Managing the people who sign in (administrators, or the operator at this machine's terminal):
// add, list, disable and enable, reset a password, set roles; and the first administrator of a
// new installation. Every change is written to the audit log with who made it.
import { IDENTITY_ACTIONS, recordIdentityEvents } from '../../data/identity-audit';
import { LoginThrottleRepository } from '../../data/login-throttle';
import type { TReadClient } from '../../data/read-model';
import { SessionRepository } from '../../data/sessions';
import { agencyIsRegistered, UserRepository, type TUserRecord } from '../../data/users';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { auditActorOf, requireAdministrator } from './administrators';
import {
  AGENCY_ROLES,
  ZAddUserInput,
  ZListUsersInput,
  ZLoginInput,
  ZResetPasswordInput,
  ZSetRolesInput,
  type TAddUserInput,
  type TListUsersInput,
  type TLoginInput,
  type TResetPasswordInput,
  type TSetRolesInput,
  type TUserRole,
} from './identity';
import { hashPassword } from './passwords';
import { newOneTimePassword } from './secrets';

// The token use-cases belong with these for the administrator; they live in their own file.
export { createToken, listTokens, revokeToken } from './tokens';

export interface TUserSummary {
  login: string;
  displayName: string;
  agency: string | null;
  roles: TUserRole[];
  disabledAt: Date | null;
  createdAt: Date;
}

export interface TUserWithPassword {
  user: TUserSummary;
  /** The password generated for the user, to hand over once; null when the administrator gave one. */
  oneTimePassword: string | null;
}

/** The login a new installation's first administrator gets. */
export const FIRST_ADMIN_LOGIN = 'admin';

export async function addUser(context: TAppContext, actor: TAppActor, input: TAddUserInput, now: Date = new Date()): Promise<TUserWithPassword> {
  const { password, ...user } = parseInput(ZAddUserInput, input, 'user');
  const oneTimePassword = password === undefined ? newOneTimePassword() : null;
  const passwordHash = await hashPassword(password ?? oneTimePassword!);
  const created = await context.write(async (db) => {
    await requireAdministrator(db, actor);
    await checkAgency(db, user.roles, user.agency);
    const users = new UserRepository(db);
    if (await users.findByLogin(user.login)) throw new AppError(`the login ${user.login} is taken: choose another, or change that user (dondoc user roles)`, 'conflict');
    const record = await users.create({ login: user.login, displayName: user.displayName, agencyCode: user.agency, roles: user.roles, passwordHash, createdAt: now });
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.userAdded, login: user.login, actor: auditActorOf(actor), payload: { displayName: user.displayName, agency: user.agency, roles: user.roles, passwordGenerated: oneTimePassword !== null }, occurredAt: now },
    ]);
    return record;
  });
  return { user: summaryOf(created), oneTimePassword };
}

export async function listUsers(context: TAppContext, actor: TAppActor, input: TListUsersInput = {}): Promise<TUserSummary[]> {
  const { agency } = parseInput(ZListUsersInput, input, 'filter');
  return context.read(async (db) => {
    await requireAdministrator(db, actor);
    return (await new UserRepository(db).list({ agencyCode: agency })).map(summaryOf);
  });
}

/** Disables the user and ends their sessions; their tokens are refused while they stay disabled. */
export async function disableUser(context: TAppContext, actor: TAppActor, input: TLoginInput, now: Date = new Date()): Promise<TUserSummary> {
  const { login } = parseInput(ZLoginInput, input, 'user');
  return context.write(async (db) => {
    const user = await administeredUser(db, actor, login);
    if (user.disabledAt) return summaryOf(user);
    await keepAnAdministrator(db, user, false);
    const updated = await new UserRepository(db).update(login, { disabledAt: now });
    const revokedSessions = await new SessionRepository(db).revokeAllOf(user.id, now);
    await recordIdentityEvents(db, [{ action: IDENTITY_ACTIONS.userDisabled, login, actor: auditActorOf(actor), payload: { revokedSessions }, occurredAt: now }]);
    return summaryOf(updated);
  });
}

export async function enableUser(context: TAppContext, actor: TAppActor, input: TLoginInput, now: Date = new Date()): Promise<TUserSummary> {
  const { login } = parseInput(ZLoginInput, input, 'user');
  return context.write(async (db) => {
    const user = await administeredUser(db, actor, login);
    if (!user.disabledAt) return summaryOf(user);
    const updated = await new UserRepository(db).update(login, { disabledAt: null });
    await recordIdentityEvents(db, [{ action: IDENTITY_ACTIONS.userEnabled, login, actor: auditActorOf(actor), payload: { disabledSince: user.disabledAt.toISOString() }, occurredAt: now }]);
    return summaryOf(updated);
  });
}

/** Sets a new password (generated when none is given) and ends the user's sessions, which the old one may have opened. */
export async function resetPassword(context: TAppContext, actor: TAppActor, input: TResetPasswordInput, now: Date = new Date()): Promise<TUserWithPassword> {
  const { login, password } = parseInput(ZResetPasswordInput, input, 'password reset');
  const oneTimePassword = password === undefined ? newOneTimePassword() : null;
  const passwordHash = await hashPassword(password ?? oneTimePassword!);
  const updated = await context.write(async (db) => {
    const user = await administeredUser(db, actor, login);
    const record = await new UserRepository(db).update(login, { passwordHash });
    const revokedSessions = await new SessionRepository(db).revokeAllOf(user.id, now);
    // The owner may sign in at once with the new password, whatever the failures before.
    await new LoginThrottleRepository(db).clear(login);
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.passwordReset, login, actor: auditActorOf(actor), payload: { passwordGenerated: oneTimePassword !== null, revokedSessions }, occurredAt: now },
    ]);
    return record;
  });
  return { user: summaryOf(updated), oneTimePassword };
}

/** Replaces the user's roles, and their agency when one is given (null: none). */
export async function setRoles(context: TAppContext, actor: TAppActor, input: TSetRolesInput, now: Date = new Date()): Promise<TUserSummary> {
  const { login, roles, agency } = parseInput(ZSetRolesInput, input, 'roles');
  return context.write(async (db) => {
    const user = await administeredUser(db, actor, login);
    const agencyCode = agency === undefined ? user.agencyCode : agency;
    await checkAgency(db, roles, agencyCode);
    await keepAnAdministrator(db, user, roles.includes('admin'));
    const updated = await new UserRepository(db).update(login, { roles, agencyCode });
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.rolesSet, login, actor: auditActorOf(actor), payload: { from: { roles: user.roles, agency: user.agencyCode }, to: { roles, agency: agencyCode } }, occurredAt: now },
    ]);
    return summaryOf(updated);
  });
}

/**
 * A new installation has nobody to sign in as: when no user has the admin role, creates `admin`
 * with a random one-time password and returns it, to be shown once. Null when there is one.
 */
export async function ensureFirstAdmin(context: TAppContext, now: Date = new Date()): Promise<{ login: string; password: string } | null> {
  // Checked first, so that the usual case (there is one) costs no hashing.
  if (await context.read((db) => new UserRepository(db).anyWithRole('admin'))) return null;
  const password = newOneTimePassword();
  const passwordHash = await hashPassword(password);
  return context.write(async (db) => {
    const users = new UserRepository(db);
    // Another process (a second API server starting) may have created it meanwhile; the write
    // transaction's check is the one that counts, and the unique login catches a tie.
    if (await users.anyWithRole('admin')) return null;
    if (await users.findByLogin(FIRST_ADMIN_LOGIN)) {
      throw new AppError(
        `there is no administrator, and the login ${FIRST_ADMIN_LOGIN} is taken by a user without the admin role: give someone the role (dondoc user roles <login> admin)`,
        'conflict',
      );
    }
    await users.create({ login: FIRST_ADMIN_LOGIN, displayName: 'Administrator', agencyCode: null, roles: ['admin'], passwordHash, createdAt: now });
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.userAdded, login: FIRST_ADMIN_LOGIN, actor: { agency: null, user: null }, payload: { roles: ['admin'], passwordGenerated: true, firstAdministrator: true }, occurredAt: now },
    ]);
    return { login: FIRST_ADMIN_LOGIN, password };
  });
}

/** The user an administrator acts on, after checking that the actor is one. */
async function administeredUser(db: TReadClient, actor: TAppActor, login: string): Promise<TUserRecord> {
  await requireAdministrator(db, actor);
  const user = await new UserRepository(db).findByLogin(login);
  if (!user) throw new AppError(`there is no user with the login ${login}: check the spelling (the list of users shows every login)`, 'not_found');
  return user;
}

/** Officers and monitors act for an agency of the registry; the others may name one or none. */
async function checkAgency(db: TReadClient, roles: readonly TUserRole[], agency: string | null): Promise<void> {
  if (!agency) {
    if (roles.some((role) => AGENCY_ROLES.includes(role))) {
      throw new AppError(`an officer or monitor acts for an agency: give the agency's code (roles: ${roles.join(', ')})`, 'bad_input', [{ path: 'agency', message: 'required for the officer and monitor roles' }]);
    }
    return;
  }
  if (!(await agencyIsRegistered(db, agency))) {
    throw new AppError(`the agency ${agency} is not in the registry: check the code (agencies are registered when a plan that names them is loaded)`, 'bad_input', [{ path: 'agency', message: 'unknown agency' }]);
  }
}

/** Refuses a change that would leave no enabled administrator: nobody could then manage users through the API. */
async function keepAnAdministrator(db: TReadClient, user: TUserRecord, staysAdministrator: boolean): Promise<void> {
  const losesAdmin = user.roles.includes('admin') && !user.disabledAt && !staysAdministrator;
  if (losesAdmin && (await new UserRepository(db).countEnabledWithRole('admin', user.login)) === 0) {
    throw new AppError(`${user.login} is the last enabled administrator: make someone else an administrator first`, 'conflict');
  }
}

function summaryOf(user: TUserRecord): TUserSummary {
  return { login: user.login, displayName: user.displayName, agency: user.agencyCode, roles: [...user.roles], disabledAt: user.disabledAt, createdAt: user.createdAt };
}
