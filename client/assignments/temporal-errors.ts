// What Temporal's answers mean for a person acting on an assignment, as the application's errors.
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { updateRejectedType } from '../../contracts';
import { AppError } from '../errors';

/** The workflow's validator refused the update: nothing changed; `reason` says why. */
export class UpdateRefusedError extends AppError {
  constructor(
    assignmentId: string,
    readonly reason: string,
  ) {
    super(`refused by ${assignmentId}: ${reason}`, 'refused');
  }
}

export function explainTemporalError(error: unknown, assignmentId: string): unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure && cause.type === updateRejectedType) {
      return new UpdateRefusedError(assignmentId, cause.message);
    }
    return new AppError(`the update of ${assignmentId} failed: ${cause?.message ?? error.message}`, 'failure');
  }
  if (error instanceof WorkflowNotFoundError) {
    const finished = /already completed/i.test(error.message) ? '; a finished assignment can no longer be changed' : '';
    return new AppError(
      `no assignment workflow ${JSON.stringify(assignmentId)} (${error.message}): check the id with \`dondoc assignment list\`${finished}.`,
      'not_found',
    );
  }
  const code = (error as { code?: unknown }).code;
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || code === 4 || /deadline exceeded/i.test(String((error as Error)?.message))) {
    return new AppError(`no dondoc worker answered for ${assignmentId}: is dondoc running (npm run up, or dondoc worker on the same task queue)?`, 'unavailable');
  }
  return error;
}
