// A refused obstacle action, written to the audit log with its reason and what was sent, then
// returned as the error to throw. A refusal that cannot be recorded still reaches the user, with a warning.
import { recordRefusedObstacleAction } from '../../data/obstacles';
import { boundedForAudit } from '../../domain/text/payload-text';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, type TErrorCode } from '../errors';

export async function refuseObstacleAction(
  context: TAppContext,
  actor: TAppActor,
  refusal: { subjectId: string; action: string; reason: string; input: unknown; code: TErrorCode; refusedBy?: 'client' | 'workflow' },
): Promise<AppError> {
  const error = new AppError(`${actor.user} may not ${refusal.action} obstacle ${refusal.subjectId}: ${refusal.reason}.`, refusal.code);
  error.recorded = true;
  try {
    await context.write((tx) =>
      recordRefusedObstacleAction(tx, {
        subjectId: refusal.subjectId,
        action: refusal.action,
        actor: { agency: actor.agency, user: actor.user, role: actor.role },
        reason: refusal.reason,
        input: boundedForAudit(refusal.input),
        refusedBy: refusal.refusedBy ?? 'client',
        occurredAt: new Date(),
      }),
    );
  } catch (failure) {
    error.warnings.push(`the refusal is not in the audit log (the database did not take it: ${(failure as Error).message}).`);
  }
  return error;
}
