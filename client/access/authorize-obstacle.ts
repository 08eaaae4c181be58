// Who may read or take a step on an obstacle, decided from the signed-in identity before the
// use-case runs (which checks again, as does the obstacle's workflow). The API and the pages ask
// here; a refusal is a forbidden AppError that the interface records.
import type { TObstacleRow } from '../../data/obstacles';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';
import type { TIdentity, TUserRole } from '../identity/identity';
import { findObstacle } from '../obstacles/read-obstacles';
import { decideObstacleAccess, type TObstacleAction } from './obstacle-access';
import { requireRole } from './require-role';

export const OBSTACLE_READERS: TUserRole[] = ['monitor', 'leadership', 'auditor'];

/** The actor for an obstacle: a person of an agency with a business role acts for it (the leadership of the People's Committee decides); anyone else only reads. */
export function obstacleActorOf(identity: TIdentity): TAppActor {
  const acts = identity.agency !== null && identity.roles.some((role) => role === 'officer' || role === 'monitor' || role === 'leadership');
  return { agency: identity.agency, user: identity.login, role: acts ? 'officer' : 'auditor' };
}

export const readsAllObstacles = (identity: TIdentity) => identity.roles.some((role) => OBSTACLE_READERS.includes(role));

export type TObstacleStep = Exclude<TObstacleAction, 'read' | 'record-amendment'>;

/** Roles each step needs, on top of acting for the right agency. */
export const OBSTACLE_STEP_ROLES: Record<TObstacleStep, { roles: TUserRole[]; what: string }> = {
  answer: { roles: ['monitor'], what: 'answering an obstacle' },
  forward: { roles: ['monitor'], what: 'forwarding an obstacle' },
  decide: { roles: ['officer', 'monitor', 'leadership'], what: 'deciding an obstacle' },
};

/** The obstacle when the identity may take the action on it; not_found or forbidden otherwise. */
export async function authorizeObstacle(context: TAppContext, identity: TIdentity, obstacleId: string, action: TObstacleAction): Promise<TObstacleRow> {
  if (action !== 'read' && action !== 'record-amendment') requireRole(identity, OBSTACLE_STEP_ROLES[action].roles, OBSTACLE_STEP_ROLES[action].what);
  const row = await findObstacle(context, obstacleId);
  if (!row) throw new AppError(`no obstacle ${JSON.stringify(obstacleId)}: check the id (GET /api/obstacles lists them).`, 'not_found');
  if (action === 'read' && readsAllObstacles(identity)) return row;
  const decision = decideObstacleAccess(obstacleActorOf(identity), row, action);
  if (!decision.allowed) throw new AppError(`${identity.login} may not ${action} ${obstacleId}: ${decision.reason}.`, 'forbidden');
  return row;
}

/** The steps the identity may take on the obstacle now (its phase awaits them, and its access allows them). */
export function obstacleStepsFor(identity: TIdentity, row: TObstacleRow): TObstacleStep[] {
  if (row.closed) return [];
  const actor = obstacleActorOf(identity);
  const candidates: TObstacleStep[] = row.phase === 'reported' ? ['answer', 'forward'] : row.phase === 'forwarded' ? ['decide'] : [];
  return candidates.filter((step) => OBSTACLE_STEP_ROLES[step].roles.some((role) => identity.roles.includes(role)) && decideObstacleAccess(actor, row, step).allowed);
}
