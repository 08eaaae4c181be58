// `dondoc assignment show|list`, and what every command that acts on one assignment shares:
// who acts (--as, --user, --role), validating the payload before it is sent, and turning the
// workflow's answer (or refusal) into output and an exit code.
import { userInfo } from 'node:os';
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
import { Option, type Command } from 'commander';
import type { UpdateDefinition } from '@temporalio/common';
import type { ZodType } from 'zod';
import type { TActorInput } from '../../domain/assignment/actor';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import { loadConfig } from '../../workers/config';
import { recordRefusal } from '../audit/record-refusal';
import { statusQuery, updateRejectedType } from '../../workflows/messages';
import { ExitCode, UserFacingError } from '../errors';
import { formatAssignmentStatus, formatUpdated } from '../format/assignment-status';
import { stdoutPalette } from '../format/colour';
import { assignmentRowJson, toJson } from '../format/json';
import { formatAssignmentRows } from '../format/status-view';
import { classifyRows } from '../read-model/agency-status';
import { ASSIGNMENT_STATES, readAssignmentRows, type TReadModelState } from '../read-model/assignment-rows';
import { connectTemporal, openReadModel } from '../read-model/connect';
import { parseAgencyCode } from './status';

// A worker answers a query or runs an update's validator in well under a second; a worker that
// is restarting or bundling takes seconds. A minute without an answer means none is polling.
const updateDeadlineMs = 60_000;
const queryDeadlineMs = 30_000;

export function registerAssignmentCommands(program: Command): void {
  const assignment = program.command('assignment').description('One assignment (task × answering agency): its live status, or the list from the read model');

  assignment
    .command('show')
    .description("The assignment workflow's own status: phase, deadline, status and colour, next notice, escalation level, pending extension, last events")
    .argument('<id>', 'the assignment id, e.g. ke-hoach-135-tre-em/ANNUAL_CHILDREN_REPORT/SO_GDDT (`dondoc assignment list` shows them)')
    .option('--json', 'print the status query answer as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const status = await withTemporal((client) => client.withDeadline(Date.now() + queryDeadlineMs, () => client.workflow.getHandle(id).query(statusQuery)), id);
      console.log(options.json ? toJson(status) : formatAssignmentStatus(status, stdoutPalette()));
    });

  assignment
    .command('list')
    .description('Assignments from the read model, soonest deadline first, with their status now')
    .option('--agency <code>', 'only those this agency answers for, e.g. QNG_SO_GDDT')
    .addOption(new Option('--state <state>', 'only those in this read-model state').choices(ASSIGNMENT_STATES))
    .option('--overdue', 'only overdue assignments')
    .option('--json', 'print the list as JSON')
    .action(async (options: { agency?: string; state?: TReadModelState; overdue?: boolean; json?: boolean }) => {
      const agency = options.agency === undefined ? undefined : parseAgencyCode(options.agency);
      const readModel = await openReadModel(loadConfig());
      try {
        const current = await readModel.read((db) => readAssignmentRows(db, { agency, states: options.state ? [options.state] : undefined }));
        const rows = classifyRows(current, new Date());
        const shown = options.overdue ? rows.filter((row) => row.classification?.status === 'overdue') : rows;
        if (options.json) console.log(toJson(shown.map(assignmentRowJson)));
        else console.log(shown.length ? `${formatAssignmentRows(shown, stdoutPalette())}\n\n${shown.length} assignment(s). \`dondoc assignment show <id>\` shows one.` : 'No assignments match.');
      } finally {
        await readModel.close();
      }
    });
}

interface TActorOptions {
  as: string;
  user?: string;
  role: 'officer' | 'auditor';
}

/** --as, --user, --role and --json, for every command that sends an update to an assignment. */
export function addUpdateOptions(command: Command): Command {
  return command
    .requiredOption('--as <agency>', 'the agency you act for, e.g. QNG_SO_GDDT (the workflow checks that it may)')
    .option('--user <name>', 'your login or work e-mail, recorded with the action (default: $DONDOC_USER, else your OS login)')
    .addOption(new Option('--role <role>', 'act as an officer, or as an auditor (auditors may only read: every update is refused)').choices(['officer', 'auditor']).default('officer'))
    .option('--json', "print the assignment's status after the update as JSON");
}

export function actorOf(options: TActorOptions): TActorInput {
  return { agency: options.as, user: options.user || process.env.DONDOC_USER || loginName(), role: options.role };
}

/** The OS login; empty where the system has none for this uid (some containers), and the payload check then asks for --user. */
function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** Parses a payload with the workflow's own schema, so bad input is refused here, before anything is sent. */
export function validatePayload<T>(schema: ZodType<T>, payload: unknown, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`);
  throw new UserFacingError(`invalid ${what}: ${problems.join('; ')}. Nothing was sent.`, ExitCode.badInput);
}

/** One update an operator command sends: what it is, who acts, and how to read its input. */
export interface TUpdateRequest<P> {
  update: UpdateDefinition<TAssignmentStatus, [P]>;
  /** The workflow's own schema of the payload: bad input is refused here, before anything is sent. */
  schema: ZodType<P>;
  /** The payload's name in messages: "result", "extension request". */
  what: string;
  actor: TActorInput;
  /** Reads the payload without its actor; a UserFacingError it throws (an unreadable file) is a refusal too. */
  input: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** What the audit log records as the input when `input` could not read it, e.g. the file's name. */
  source?: Record<string, unknown>;
}

/**
 * Validates and sends one update, and prints the assignment's status after it. Bad input exits 2
 * with what was wrong, whether this command or the workflow refused it; either way the refusal,
 * its reason and the input are written to the audit log (Temporal keeps no rejected update).
 */
export async function sendAssignmentUpdate<P>(assignmentId: string, request: TUpdateRequest<P>, options: { json?: boolean; done: string }): Promise<void> {
  const refuse = async (error: UserFacingError, reason: string, refusedBy: 'client' | 'workflow', input: unknown) => {
    const warning = await recordRefusal(loadConfig(), {
      assignmentId,
      update: request.update.name,
      actor: { agency: request.actor.agency ?? null, user: request.actor.user ?? null, role: request.actor.role ?? 'officer' },
      reason,
      input,
      refusedBy,
      occurredAt: new Date(),
    });
    if (warning) console.error(`warning: ${warning}`);
    return error;
  };

  let input: Record<string, unknown> | null = null;
  let payload: P;
  try {
    input = await request.input();
    payload = validatePayload(request.schema, { ...input, actor: request.actor }, request.what);
  } catch (error) {
    if (error instanceof UserFacingError && error.exitCode === ExitCode.badInput) throw await refuse(error, error.message, 'client', input ?? request.source ?? null);
    throw error;
  }
  let status: TAssignmentStatus;
  try {
    status = await withTemporal(
      (client) => client.withDeadline(Date.now() + updateDeadlineMs, () => client.workflow.getHandle(assignmentId).executeUpdate(request.update, { args: [payload] })),
      assignmentId,
    );
  } catch (error) {
    if (error instanceof UpdateRefusedError) throw await refuse(error, error.reason, 'workflow', input);
    throw error;
  }
  console.log(options.json ? toJson(status) : formatUpdated(options.done, status, stdoutPalette()));
}

/** The workflow's validator refused the update: nothing changed; `reason` says why. */
class UpdateRefusedError extends UserFacingError {
  constructor(
    assignmentId: string,
    readonly reason: string,
  ) {
    super(`refused by ${assignmentId}: ${reason}`, ExitCode.badInput);
  }
}

async function withTemporal<T>(act: (client: Client) => Promise<T>, assignmentId: string): Promise<T> {
  const { client, close } = await connectTemporal(loadConfig());
  try {
    return await act(client);
  } catch (error) {
    throw explainTemporalError(error, assignmentId);
  } finally {
    await close();
  }
}

export function explainTemporalError(error: unknown, assignmentId: string): unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure && cause.type === updateRejectedType) {
      return new UpdateRefusedError(assignmentId, cause.message);
    }
    return new UserFacingError(`the update of ${assignmentId} failed: ${cause?.message ?? error.message}`, ExitCode.failure);
  }
  if (error instanceof WorkflowNotFoundError) {
    const finished = /already completed/i.test(error.message) ? '; a finished assignment can no longer be changed' : '';
    return new UserFacingError(
      `no assignment workflow ${JSON.stringify(assignmentId)} (${error.message}): check the id with \`dondoc assignment list\`${finished}.`,
      ExitCode.badInput,
    );
  }
  const code = (error as { code?: unknown }).code;
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || code === 4 || /deadline exceeded/i.test(String((error as Error)?.message))) {
    return new UserFacingError(
      `no dondoc worker answered for ${assignmentId}: is dondoc running (npm run up, or dondoc worker on the same task queue)?`,
      ExitCode.serviceUnavailable,
    );
  }
  return error;
}
