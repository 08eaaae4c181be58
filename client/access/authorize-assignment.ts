// The server's check before an assignment use-case runs: the assignment must exist, and the
// signed-in identity may do this to it. A refusal is written to the audit log with the input
// sent (nothing the person sent is lost) and thrown as 'forbidden'; an unknown id is 'not_found'.
import { readAssignmentRows } from '../../data/assignment-rows';
import type { TAppContext } from '../app-context';
import { recordRefusal } from '../audit/record-refusal';
import { AppError } from '../errors';
import type { TIdentity } from '../identity/identity';
import { decideAssignmentAccess, workflowRoleOf, type TAssignmentAction } from './assignment-access';

export async function authorizeAssignment(context: TAppContext, identity: TIdentity, request: { assignmentId: string; action: TAssignmentAction; update?: string; input?: unknown }): Promise<void> {
  const [row] = await context.read((db) => readAssignmentRows(db, { ids: [request.assignmentId] }));
  if (!row) throw new AppError(`no assignment ${JSON.stringify(request.assignmentId)}: check the id (GET /api/assignments lists them).`, 'not_found');
  const decision = decideAssignmentAccess(identity, row, request.action);
  if (decision.allowed) return;
  const error = new AppError(`${identity.login} may not ${request.action} on ${request.assignmentId}: ${decision.reason}.`, 'forbidden');
  // A refused change is recorded in the assignment's history; a refused read by the API's error handler.
  if (request.update) {
    error.recorded = true;
    const warning = await recordRefusal(context, {
      assignmentId: request.assignmentId,
      update: request.update,
      actor: { agency: identity.agency, user: identity.login, role: workflowRoleOf(identity) },
      reason: error.message,
      input: request.input ?? null,
      refusedBy: 'server',
      occurredAt: new Date(),
    });
    if (warning) error.warnings.push(warning);
  }
  throw error;
}
