// Who may do what to an obstacle, decided from the actor (never from the request): the agency
// that reported it reads it; the monitoring department the plan names answers or forwards it;
// the People's Committee decides it; auditors and the operator read everything and change
// nothing. The workflow checks the agency again when the update arrives. Pure.
import type { TAppActor } from '../actor';

export type TObstacleAction = 'read' | 'answer' | 'forward' | 'decide' | 'record-amendment';

export interface TObstacleParties {
  reportingAgency: string;
  monitorAgency: string;
  committeeAgency: string;
}

export type TObstacleAccess = { allowed: true } | { allowed: false; reason: string };

export function decideObstacleAccess(actor: Pick<TAppActor, 'agency' | 'role'>, obstacle: TObstacleParties, action: TObstacleAction): TObstacleAccess {
  const { agency } = actor;
  if (action === 'read') {
    if (actor.role !== 'officer') return { allowed: true };
    if (agency === obstacle.reportingAgency || agency === obstacle.monitorAgency || agency === obstacle.committeeAgency) return { allowed: true };
    return { allowed: false, reason: `this obstacle is ${obstacle.reportingAgency}'s, answered by ${obstacle.monitorAgency} and decided by ${obstacle.committeeAgency}; you act for ${agency ?? 'no agency'}` };
  }
  if (actor.role !== 'officer') return { allowed: false, reason: `${action} changes the obstacle: an ${actor.role} reads obstacles but changes nothing` };
  const who = action === 'decide' ? obstacle.committeeAgency : obstacle.monitorAgency;
  const role = action === 'decide' ? "the People's Committee" : 'the monitoring department';
  if (agency !== who) return { allowed: false, reason: `only ${who}, ${role} the plan names for obstacles, may ${action}; you act for ${agency ?? 'no agency'}` };
  return { allowed: true };
}
