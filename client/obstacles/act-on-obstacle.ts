// The steps after a report: the monitoring department answers an obstacle or forwards it with its
// opinion, the People's Committee decides it, and the load of an amended plan is linked to the
// decision that ordered it. Each is checked here (client/access), then by the workflow; every
// refusal is written to the audit log with what was sent.
import type { UpdateDefinition } from '@temporalio/common';
import { z } from 'zod';
import { answerObstacleUpdate, decideObstacleUpdate, forwardObstacleUpdate, recordAmendmentUpdate } from '../../contracts';
import { readObstacle } from '../../data/obstacles';
import { ZObstacleOutcome, type TObstacleStatus } from '../../domain/obstacles';
import { safeName, safeText } from '../../domain/text/safe-text';
import { decideObstacleAccess, type TObstacleAction } from '../access/obstacle-access';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { explainTemporalError, UpdateRefusedError } from '../assignments/temporal-errors';
import { workflowActorOf } from '../assignments/update-assignment';
import { AppError, parseInput } from '../errors';
import { refuseObstacleAction } from './refuse-obstacle-action';
import { waitForObstacleRecord } from './wait-for-record';

// As for assignments: a worker answers an update's validator in well under a second; a minute without an answer means none is polling.
const updateDeadlineMs = 60_000;

export const ZAnswerObstacleInput = z.strictObject({ text: safeText('the answer').min(1, { error: 'write the answer (--text)' }) });
export const ZForwardObstacleInput = z.strictObject({ opinion: safeText('the opinion').min(1, { error: "write the department's opinion (--opinion)" }) });
export const ZDecideObstacleInput = z.strictObject({ outcome: ZObstacleOutcome, text: safeText('the decision').min(1, { error: 'write the decision (--text)' }) });
export const ZRecordAmendmentInput = z.strictObject({ planId: safeName('the plan id', 200).min(1), planVersion: safeName('the plan version', 200).min(1) });

async function actOnObstacle<P extends Record<string, unknown>>(
  context: TAppContext,
  actor: TAppActor,
  request: { obstacleId: string; action: TObstacleAction; schema: z.ZodType<P>; input: unknown; update: UpdateDefinition<TObstacleStatus, [never]> },
): Promise<TObstacleStatus> {
  const row = await context.read((db) => readObstacle(db, request.obstacleId));
  if (!row) throw new AppError(`no obstacle ${JSON.stringify(request.obstacleId)}: check the id (dondoc obstacle list).`, 'not_found');
  const refuse = (reason: string, code: 'forbidden' | 'bad_input' | 'refused', refusedBy: 'client' | 'workflow' = 'client') =>
    refuseObstacleAction(context, actor, { subjectId: request.obstacleId, action: request.action, reason, input: request.input, code, refusedBy });
  const access = decideObstacleAccess(actor, row, request.action);
  if (!access.allowed) throw await refuse(access.reason, 'forbidden');
  let payload: P;
  try {
    payload = parseInput(request.schema, request.input, request.action);
  } catch (error) {
    if (error instanceof AppError) throw await refuse(error.message, 'bad_input');
    throw error;
  }
  const client = await context.temporal();
  let status: TObstacleStatus;
  try {
    const args = [{ ...payload, actor: workflowActorOf(actor) }] as [never];
    status = await client.withDeadline(Date.now() + updateDeadlineMs, () => client.workflow.getHandle(request.obstacleId).executeUpdate(request.update, { args }));
  } catch (error) {
    const explained = explainTemporalError(error, request.obstacleId);
    if (explained instanceof UpdateRefusedError) throw await refuse(explained.reason, 'refused', 'workflow');
    if (explained instanceof AppError && explained.code === 'not_found') throw new AppError(`obstacle ${request.obstacleId} is closed (${row.phase}): nothing more can be done to it.`, 'conflict');
    throw explained;
  }
  await waitForObstacleRecord(context, request.obstacleId, status.eventCount);
  return status;
}

export function answerObstacle(context: TAppContext, actor: TAppActor, input: { obstacleId: string } & z.input<typeof ZAnswerObstacleInput>) {
  const { obstacleId, ...body } = input;
  return actOnObstacle(context, actor, { obstacleId, action: 'answer', schema: ZAnswerObstacleInput, input: body, update: answerObstacleUpdate as never });
}

export function forwardObstacle(context: TAppContext, actor: TAppActor, input: { obstacleId: string } & z.input<typeof ZForwardObstacleInput>) {
  const { obstacleId, ...body } = input;
  return actOnObstacle(context, actor, { obstacleId, action: 'forward', schema: ZForwardObstacleInput, input: body, update: forwardObstacleUpdate as never });
}

export function decideObstacle(context: TAppContext, actor: TAppActor, input: { obstacleId: string } & z.input<typeof ZDecideObstacleInput>) {
  const { obstacleId, ...body } = input;
  return actOnObstacle(context, actor, { obstacleId, action: 'decide', schema: ZDecideObstacleInput, input: body, update: decideObstacleUpdate as never });
}

/** Called by `dondoc plan load --amends <obstacle>` once the amended plan is loaded. */
export function recordAmendment(context: TAppContext, actor: TAppActor, input: { obstacleId: string } & z.input<typeof ZRecordAmendmentInput>) {
  const { obstacleId, ...body } = input;
  return actOnObstacle(context, actor, { obstacleId, action: 'record-amendment', schema: ZRecordAmendmentInput, input: body, update: recordAmendmentUpdate as never });
}
