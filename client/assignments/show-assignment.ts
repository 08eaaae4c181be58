// One assignment's live status, as its workflow answers the status query.
import { statusQuery } from '../../contracts';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { explainTemporalError } from './temporal-errors';

// A worker answers a query in well under a second; one that is restarting takes seconds.
const queryDeadlineMs = 30_000;

export async function showAssignment(context: TAppContext, _actor: TAppActor, input: { assignmentId: string }): Promise<TAssignmentStatus> {
  const client = await context.temporal();
  try {
    return await client.withDeadline(Date.now() + queryDeadlineMs, () => client.workflow.getHandle(input.assignmentId).query(statusQuery));
  } catch (error) {
    throw explainTemporalError(error, input.assignmentId);
  }
}
