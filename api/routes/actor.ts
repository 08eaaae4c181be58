// The actor a use-case receives for a signed-in identity: its agency and login, and the role the
// workflow checks (auditors are refused every change there too).
import type { TAppActor } from '../../client/actor';
import { workflowRoleOf } from '../../client/access/assignment-access';
import { AppError } from '../../client/errors';
import type { TIdentity, TUserRole } from '../../client/identity/identity';

export function actorOf(identity: TIdentity): TAppActor {
  return { agency: identity.agency, user: identity.login, role: workflowRoleOf(identity) };
}

/** A 403 unless the identity has one of the roles. */
export function requireRole(identity: TIdentity, roles: TUserRole[], what: string): void {
  if (!roles.some((role) => identity.roles.includes(role))) {
    throw new AppError(`${what} needs the role ${roles.join(' or ')}; ${identity.login} has ${identity.roles.join(', ') || 'none'}.`, 'forbidden');
  }
}
