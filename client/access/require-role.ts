// A 403 unless the signed-in identity has one of the roles: every interface asks the same way.
import { AppError } from '../errors';
import type { TIdentity, TUserRole } from '../identity/identity';

export function requireRole(identity: TIdentity, roles: TUserRole[], what: string): void {
  if (!roles.some((role) => identity.roles.includes(role))) {
    throw new AppError(`${what} needs the role ${roles.join(' or ')}; ${identity.login} has ${identity.roles.join(', ') || 'none'}.`, 'forbidden');
  }
}
