// An assignment's Temporal event history as timeline entries: every run (recurring work
// continues as new each period), every update the workflow accepted with its payload and
// actor, every notice with the recipients the delivery reported, every record written.
// Updates the workflow's validator refused are not here: Temporal does not write rejected
// updates into the history; the refused command records them in the audit log (audit-records.ts).
import { defaultPayloadConverter, WorkflowNotFoundError, type Client, type WorkflowHandle } from '@temporalio/client';
import { localInstant } from '../../domain/calendar/local-instant-text';
import type { TTimelineActor, TTimelineEntry } from './timeline';

type THistory = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
export type THistoryEvent = NonNullable<THistory['events']>[number];
type TPayloads = { payloads?: Parameters<typeof defaultPayloadConverter.fromPayload>[0][] | null } | null | undefined;

export interface TRunHistory {
  runId: string;
  events: THistoryEvent[];
}

/** Recurring work runs one period per run; a few runs per year at most. */
const maxRuns = 200;

/** The runs of one workflow id, oldest first, following each run back to the one it continued. */
export async function fetchRunHistories(client: Client, workflowId: string): Promise<{ runs: TRunHistory[]; earlierRunsMissing: boolean }> {
  let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId;
  const runs: TRunHistory[] = [];
  while (runId && runs.length < maxRuns) {
    let history: THistory;
    try {
      history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    } catch (error) {
      // Closed runs are kept only for the namespace's retention period.
      if (error instanceof WorkflowNotFoundError && runs.length) return { runs, earlierRunsMissing: true };
      throw error;
    }
    const events = history.events ?? [];
    runs.unshift({ runId, events });
    runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  }
  return { runs, earlierRunsMissing: Boolean(runId) };
}

const decode = (payloads: TPayloads, index = 0): unknown => {
  const payload = payloads?.payloads?.[index];
  return payload ? defaultPayloadConverter.fromPayload(payload) : undefined;
};

function timeOf(event: THistoryEvent): Date {
  const seconds = Number(String(event.eventTime?.seconds ?? 0));
  return new Date(seconds * 1000 + Math.floor((event.eventTime?.nanos ?? 0) / 1e6));
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** An instant from a payload, as officials read it (+07:00); anything else as it is. */
export function localised(value: unknown): string {
  const instant = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : null;
  return instant && !Number.isNaN(instant.getTime()) ? localInstant(instant) : String(value);
}

function actorIn(payload: Record<string, unknown>): TTimelineActor | null {
  const actor = record(payload.actor);
  if (!actor.agency && !actor.user) return null;
  return { agency: (actor.agency as string) ?? null, user: (actor.user as string) ?? null, role: (actor.role as string | undefined) ?? 'officer' };
}

/** The timeline of one run, in history order. */
export function timelineFromHistory(run: TRunHistory): TTimelineEntry[] {
  const entries: TTimelineEntry[] = [];
  const updates = new Map<string, TTimelineEntry>();
  const scheduled = new Map<string, { type: string; input: Record<string, unknown> }>();
  for (const event of run.events) {
    const eventId = String(event.eventId);
    const base = { at: timeOf(event), source: 'temporal' as const, ref: `run ${run.runId} event ${eventId}` };
    const started = event.workflowExecutionStartedEventAttributes;
    if (started) {
      const input = record(decode(started.input));
      const spec = record(input.spec);
      const state = record(input.state);
      const dueAt = (state.dueAt ?? spec.dueAt) as string | undefined;
      const responsible = (state.responsibleAgency ?? spec.responsibleAgency) as string | undefined;
      const continuedFrom = started.continuedExecutionRunId || null;
      entries.push({
        ...base,
        kind: 'run-started',
        action: continuedFrom ? 'continued' : 'started',
        actor: null,
        summary: `workflow run ${continuedFrom ? `continued from run ${continuedFrom}` : 'started'}: period ${String(spec.period)}, ${responsible} answering, due ${localised(dueAt)}`,
        details: { runId: run.runId, continuedFrom, period: spec.period, responsibleAgency: responsible, dueAt },
      });
      continue;
    }
    const accepted = event.workflowExecutionUpdateAcceptedEventAttributes;
    if (accepted) {
      const name = accepted.acceptedRequest?.input?.name ?? '?';
      const payload = record(decode(accepted.acceptedRequest?.input?.args));
      const rest = Object.fromEntries(Object.entries(payload).filter(([key]) => key !== 'actor'));
      const entry: TTimelineEntry = {
        ...base,
        kind: 'update',
        action: name,
        actor: actorIn(payload),
        summary: `update ${name} accepted`,
        details: { ...rest, updateId: accepted.acceptedRequest?.meta?.updateId ?? null, clientIdentity: accepted.acceptedRequest?.meta?.identity ?? null },
      };
      updates.set(eventId, entry);
      entries.push(entry);
      continue;
    }
    const completed = event.workflowExecutionUpdateCompletedEventAttributes;
    if (completed) {
      const entry = updates.get(String(completed.acceptedEventId));
      if (!entry) continue;
      if (completed.outcome?.failure) {
        entry.details.outcome = `failed: ${completed.outcome.failure.message}`;
      } else {
        const status = record(decode(completed.outcome?.success));
        entry.details.outcome = 'completed';
        entry.details.phaseAfter = status.phase;
        entry.details.dueAtAfter = status.dueAt;
        entry.summary = `update ${entry.action} accepted; the assignment is ${String(status.phase)}`;
      }
      continue;
    }
    const activity = event.activityTaskScheduledEventAttributes;
    if (activity) {
      scheduled.set(eventId, { type: activity.activityType?.name ?? '?', input: record(decode(activity.input)) });
      continue;
    }
    const done = event.activityTaskCompletedEventAttributes;
    if (done) {
      const task = scheduled.get(String(done.scheduledEventId));
      if (task) entries.push({ ...base, ...describeActivity(task.type, task.input, record(decode(done.result))) });
      continue;
    }
    const failed = event.activityTaskFailedEventAttributes ?? event.activityTaskTimedOutEventAttributes;
    if (failed) {
      const task = scheduled.get(String(failed.scheduledEventId));
      const request = record(task?.input.request);
      const reason = failed.failure?.cause?.message || failed.failure?.message || 'failed';
      entries.push({
        ...base,
        kind: task?.type === 'deliverNotice' ? 'notice-failed' : 'activity',
        action: task?.type === 'deliverNotice' ? String(request.kind) : `${task?.type ?? 'activity'} failed`,
        actor: null,
        summary: task?.type === 'deliverNotice' ? `${String(request.kind)} notice NOT delivered: ${reason}` : `${task?.type ?? 'activity'} failed: ${reason}`,
        details: { ...request, reason },
      });
      continue;
    }
    const continued = event.workflowExecutionContinuedAsNewEventAttributes;
    if (continued) {
      entries.push({ ...base, kind: 'run-continued', action: 'continued-as-new', actor: null, summary: `continued as new in run ${continued.newExecutionRunId}`, details: { newRunId: continued.newExecutionRunId } });
      continue;
    }
    const closed = describeClose(event);
    if (closed) entries.push({ ...base, kind: 'run-closed', actor: null, ...closed });
  }
  return entries;
}

function describeActivity(type: string, input: Record<string, unknown>, result: Record<string, unknown>): Omit<TTimelineEntry, 'at' | 'source' | 'ref'> {
  if (type === 'deliverNotice') {
    const request = record(input.request);
    const recipients = Array.isArray(result.recipients) ? (result.recipients as string[]) : [];
    return {
      kind: 'notice',
      action: String(request.kind),
      actor: null,
      summary: `${String(request.kind)} notice (step ${String(request.step)}, to the ${String(request.audience)}${request.level ? `, level ${String(request.level)}` : ''}) sent to ${recipients.join(', ') || 'nobody'}`,
      details: { ...request, recipients, messageId: result.messageId ?? null, idempotencyKey: input.idempotencyKey },
    };
  }
  if (type === 'recordAssignment') {
    const state = record(input.state);
    const events = Array.isArray(input.events) ? input.events.map(record) : [];
    return {
      kind: 'record',
      action: 'recordAssignment',
      actor: null,
      summary: `recorded ${events.map((each) => `#${String(each.seq)} ${String(each.action)}`).join(', ')} (read model: ${String(state.phase)}, due ${localised(state.dueAt)})`,
      details: { events: events.map((each) => ({ seq: each.seq, action: each.action })), phase: state.phase, dueAt: state.dueAt, responsibleAgency: state.responsibleAgency },
    };
  }
  return { kind: 'activity', action: type, actor: null, summary: `${type} completed`, details: result };
}

function describeClose(event: THistoryEvent): Pick<TTimelineEntry, 'action' | 'summary' | 'details'> | null {
  if (event.workflowExecutionCompletedEventAttributes) {
    const outcome = record(decode(event.workflowExecutionCompletedEventAttributes.result));
    return { action: 'completed', summary: `workflow run completed: ${String(outcome.phase)}`, details: outcome };
  }
  const failure = event.workflowExecutionFailedEventAttributes?.failure;
  if (failure) return { action: 'failed', summary: `workflow run failed: ${failure.message}`, details: { message: failure.message } };
  const terminated = event.workflowExecutionTerminatedEventAttributes;
  if (terminated) return { action: 'terminated', summary: `workflow run terminated: ${terminated.reason || 'no reason given'}`, details: { reason: terminated.reason, identity: terminated.identity } };
  if (event.workflowExecutionCanceledEventAttributes) return { action: 'cancelled', summary: 'workflow run cancelled', details: {} };
  if (event.workflowExecutionTimedOutEventAttributes) return { action: 'timed-out', summary: 'workflow run timed out', details: {} };
  return null;
}
