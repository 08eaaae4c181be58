// Who may manage users and tokens: an enabled user with the admin role, or the operator of this
// machine (the terminal commands: whoever runs them already holds the database). The role is
// read from the database, not taken from the actor, so that a removed role or a disabled
// account stops working at once.
import { UserRepository } from '../../data/users';
import type { TReadClient } from '../../data/read-model';
import type { TAppActor } from '../actor';
import { AppError } from '../errors';
import { normalizeLogin } from './identity';

export async function requireAdministrator(db: TReadClient, actor: TAppActor): Promise<void> {
  if (actor.role === 'operator') return;
  const user = await new UserRepository(db).findByLogin(normalizeLogin(actor.user));
  if (user && !user.disabledAt && user.roles.includes('admin')) return;
  throw new AppError(`only an administrator may manage users and tokens, and ${actor.user} is not one: ask an administrator`, 'forbidden');
}

/** The actor as the audit log records it. */
export function auditActorOf(actor: TAppActor): { agency: string | null; user: string } {
  return { agency: actor.agency, user: actor.user };
}
