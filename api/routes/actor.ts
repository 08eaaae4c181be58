// The actor a use-case receives for a signed-in identity: its agency and login, and the role the
// workflow checks (auditors are refused every change there too).
import type { TAppActor } from '../../client/actor';
import { workflowRoleOf } from '../../client/access/assignment-access';
import type { TIdentity } from '../../client/identity/identity';

/** A 403 unless the identity has one of the roles (shared with the pages). */
export { requireRole } from '../../client/access/require-role';

export function actorOf(identity: TIdentity): TAppActor {
  return { agency: identity.agency, user: identity.login, role: workflowRoleOf(identity) };
}
