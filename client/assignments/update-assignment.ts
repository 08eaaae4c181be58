// Sending one update to an assignment: the payload is checked with the workflow's own schema
// before anything is sent, then the workflow decides whether the actor may. A refusal, by this
// check or by the workflow, is written to the audit log with its reason and the input (Temporal
// keeps no rejected update), so nothing the agency sent is lost.
import type { UpdateDefinition } from '@temporalio/common';
import type { ZodType } from 'zod';
import type { TActorInput } from '../../domain/assignment/actor';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { recordRefusal } from '../audit/record-refusal';
import { safePayload } from '../../domain/text/payload-text';
import { AppError, parseInput } from '../errors';
import { explainTemporalError, UpdateRefusedError } from './temporal-errors';

// A worker runs an update's validator in well under a second; a worker that is restarting or
// bundling takes seconds. A minute without an answer means none is polling.
const updateDeadlineMs = 60_000;

/** One update: what it is, how to check its payload, and where the payload comes from. */
export interface TUpdateRequest<P> {
  assignmentId: string;
  update: UpdateDefinition<TAssignmentStatus, [P]>;
  /** The workflow's own schema of the payload. */
  schema: ZodType<P>;
  /** The payload's name in messages: "result", "extension request". */
  what: string;
  /** The payload without its actor, or how to read it (a file); an AppError it throws is a refusal too. */
  input: Record<string, unknown> | (() => Promise<Record<string, unknown>>);
  /** What the audit log records as the input when `input` could not be read, e.g. the file's name. */
  source?: Record<string, unknown>;
}

/** The actor as the workflow sees it: an agency, a user and a role. */
export function workflowActorOf(actor: TAppActor): TActorInput {
  if (!actor.agency) throw new AppError('say which agency you act for (--as <agency code>): every change to an assignment is made for an agency.', 'bad_input');
  return { agency: actor.agency, user: actor.user, role: actor.role === 'auditor' ? 'auditor' : 'officer' };
}

export async function updateAssignment<P>(context: TAppContext, actor: TAppActor, request: TUpdateRequest<P>): Promise<TAssignmentStatus> {
  const refuse = async (error: AppError, reason: string, refusedBy: 'client' | 'workflow', input: unknown) => {
    const warning = await recordRefusal(context, {
      assignmentId: request.assignmentId,
      update: request.update.name,
      actor: { agency: actor.agency, user: actor.user, role: actor.role === 'auditor' ? 'auditor' : 'officer' },
      reason,
      input,
      refusedBy,
      occurredAt: new Date(),
    });
    if (warning) error.warnings.push(warning);
    return error;
  };

  let input: Record<string, unknown> | null = null;
  let payload: P;
  try {
    input = typeof request.input === 'function' ? await request.input() : request.input;
    // Sizes and characters first: the workflow's schema has no limits, and an update larger than
    // Temporal accepts would fail there with nothing recorded.
    const checked = parseInput(safePayload(request.what), input, request.what) as Record<string, unknown>;
    payload = parseInput(request.schema, { ...checked, actor: workflowActorOf(actor) }, request.what);
  } catch (error) {
    if (error instanceof AppError && error.code === 'bad_input') throw await refuse(error, error.message, 'client', input ?? request.source ?? null);
    throw error;
  }
  const client = await context.temporal();
  try {
    return await client.withDeadline(Date.now() + updateDeadlineMs, () => client.workflow.getHandle(request.assignmentId).executeUpdate(request.update, { args: [payload] }));
  } catch (error) {
    const explained = explainTemporalError(error, request.assignmentId);
    if (explained instanceof UpdateRefusedError) throw await refuse(explained, explained.reason, 'workflow', input);
    throw explained;
  }
}
