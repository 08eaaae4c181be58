// Reading obstacles: the list an actor may see (an officer sees the obstacles its agency reported,
// answers or decides; the operator, auditors, monitors and leadership through the API see all),
// and one obstacle with its history from the audit log.
import { z } from 'zod';
import { readObstacleAuditRecords } from '../../data/audit-records';
import { readObstacle, readObstacles, type TObstacleRow } from '../../data/obstacles';
import { decideObstacleAccess } from '../access/obstacle-access';
import { ZAgencyCode, type TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { refuseObstacleAction } from './refuse-obstacle-action';

export const ZListObstaclesInput = z.strictObject({
  agency: ZAgencyCode.optional().describe('only the obstacles this agency reported'),
  planId: z.string().min(1).max(200).optional(),
  open: z.boolean().optional().describe('true: only open obstacles; false: only closed ones'),
  /** Set by an interface whose signed-in person reads every agency's work (monitor, leadership, auditor). */
  readsAll: z.boolean().default(false),
});

export async function listObstacles(context: TAppContext, actor: TAppActor, raw: z.input<typeof ZListObstaclesInput> = {}): Promise<TObstacleRow[]> {
  const input = parseInput(ZListObstaclesInput, raw, 'obstacle list');
  const involving = actor.role === 'officer' && !input.readsAll ? (actor.agency ?? undefined) : undefined;
  if (actor.role === 'officer' && !input.readsAll && !actor.agency) throw new AppError('say which agency you act for (--as <agency code>) to list its obstacles.', 'bad_input');
  return context.read((db) => readObstacles(db, { involving, reportingAgency: input.agency, planId: input.planId, open: input.open }));
}

export async function showObstacle(context: TAppContext, actor: TAppActor, input: { obstacleId: string; readsAll?: boolean }) {
  const found = await context.read(async (db) => {
    const row = await readObstacle(db, input.obstacleId);
    const history = row ? await readObstacleAuditRecords(db, { obstacleId: input.obstacleId }) : [];
    return { row, history };
  });
  if (!found.row) throw new AppError(`no obstacle ${JSON.stringify(input.obstacleId)}: check the id (dondoc obstacle list).`, 'not_found');
  const access = input.readsAll ? ({ allowed: true } as const) : decideObstacleAccess(actor, found.row, 'read');
  if (!access.allowed) throw await refuseObstacleAction(context, actor, { subjectId: input.obstacleId, action: 'read', reason: access.reason, input: null, code: 'forbidden' });
  return { obstacle: found.row, history: found.history };
}

/** The obstacle's row for an interface's own authorisation (the API's), or null when there is none. */
export async function findObstacle(context: TAppContext, obstacleId: string): Promise<TObstacleRow | null> {
  return context.read((db) => readObstacle(db, obstacleId));
}
