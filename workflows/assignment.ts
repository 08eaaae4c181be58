// One assignment (task × answering agency × period) for as long as it takes: reminders before
// the deadline, the due-day notice, the escalation ladder after it, and the updates of the
// agencies involved. The rules are pure functions in domain/assignment; this file only wires
// them to timers, updates and activities.
import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  condition,
  continueAsNew,
  startChild,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { ZodType } from 'zod';
import {
  applyChase,
  appendEvent,
  createInitialState,
  decideCancel,
  decideRecordFinding,
  decideChangeDeadline,
  decideExtension,
  decideReassign,
  decideRequestExplanation,
  decideRequestExtension,
  decideReviewResult,
  decideSubmitExplanation,
  decideSubmitResult,
  decideTransferOversight,
  describeStatus,
  isClosed,
  nextChase,
  noticeKey,
  UpdateRejected,
  ZCancel,
  ZChangeDeadline,
  ZDecideExtension,
  ZReassign,
  ZRecordFinding,
  ZRequestExplanation,
  ZRequestExtension,
  ZReviewResult,
  ZSubmitExplanation,
  ZSubmitResult,
  ZTransferOversight,
  oversightOf,
  type TAssignmentEvent,
  type TAssignmentSpec,
  type TAssignmentState,
  type TDecision,
  type TNoticeRequest,
} from '../domain/assignment';
import { effectiveDeadline } from '../domain/calendar/effective-deadline';
import { parsePeriodLabel, periodLabel } from '../domain/plan-assignments/period-labels';
import { NOTICE_ACTIVITY_OPTIONS, PERMANENT_DELIVERY_FAILURE } from '../domain/notices/delivery-options';
import type { RecordActivities, NoticeActivities } from '../activities';
import type { TAssignmentSummary } from '../activities/types';
import * as messages from './messages';

export interface TAssignmentWorkflowInput {
  spec: TAssignmentSpec;
  /** Carried across continue-as-new within one period; absent when a period starts. */
  state?: TAssignmentState;
}

export interface TAssignmentOutcome {
  assignmentId: string;
  period: string;
  phase: TAssignmentState['phase'];
  onTime: boolean | null;
}

// Records are local database writes: quick, retried until the database is back.
const records = proxyActivities<RecordActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});
// Timeouts and retries for mail, with their reasons, live beside the notice model.
const notices = proxyActivities<NoticeActivities>(NOTICE_ACTIVITY_OPTIONS);

export async function assignmentWorkflow(input: TAssignmentWorkflowInput): Promise<TAssignmentOutcome> {
  const { spec } = input;
  const fresh = !input.state;
  let state = input.state ?? createInitialState(spec, new Date());
  let version = 0;
  // True while an update validator runs the decision: it must not leave side effects behind.
  let validating = false;
  const pending: { events: TAssignmentEvent[]; notices: TNoticeRequest[]; remediations: TAssignmentSpec[] } = { events: [], notices: [], remediations: [] };
  /** What records and notices say about the assignment; its oversight as it stands now. */
  const summary = (): TAssignmentSummary => ({
    assignmentId: spec.assignmentId,
    planId: spec.planId,
    planTitle: spec.planTitle,
    taskRef: spec.taskRef,
    taskText: spec.taskText,
    period: spec.period,
    kind: spec.kind,
    assigneeAsWritten: spec.assigneeAsWritten,
    ...oversightOf(spec, state),
  });

  const commit = (decision: TDecision) => {
    state = decision.state;
    pending.events.push(...decision.events);
    pending.notices.push(...decision.notices);
    version += 1;
    return describeStatus(spec, state, new Date());
  };

  function handle<T>(
    update: Parameters<typeof setHandler>[0],
    schema: ZodType<T>,
    decide: (context: { spec: TAssignmentSpec; state: TAssignmentState; now: Date }, payload: T) => TDecision,
  ) {
    const run = (raw: unknown) => decide({ spec, state, now: new Date() }, parsePayload(schema, raw));
    setHandler(update as never, ((raw: unknown) => commit(run(raw))) as never, {
      validator: ((raw: unknown) => {
        try {
          validating = true;
          run(raw);
        } catch (error) {
          if (error instanceof UpdateRejected) throw ApplicationFailure.nonRetryable(error.message, messages.updateRejectedType);
          throw error;
        } finally {
          validating = false;
        }
      }) as never,
    });
  }

  handle(messages.submitResultUpdate, ZSubmitResult, decideSubmitResult);
  handle(messages.requestExtensionUpdate, ZRequestExtension, decideRequestExtension);
  handle(messages.decideExtensionUpdate, ZDecideExtension, decideExtension);
  handle(messages.requestExplanationUpdate, ZRequestExplanation, decideRequestExplanation);
  handle(messages.submitExplanationUpdate, ZSubmitExplanation, decideSubmitExplanation);
  handle(messages.reviewResultUpdate, ZReviewResult, decideReviewResult);
  handle(messages.reassignUpdate, ZReassign, decideReassign);
  handle(messages.transferOversightUpdate, ZTransferOversight, decideTransferOversight);
  handle(messages.cancelUpdate, ZCancel, decideCancel);
  handle(messages.changeDeadlineUpdate, ZChangeDeadline, decideChangeDeadline);
  handle(messages.recordFindingUpdate, ZRecordFinding, (context, payload) => {
    const decision = decideRecordFinding(context, payload);
    if (decision.remediation && !validating) pending.remediations.push(decision.remediation);
    return { state: decision.state, events: decision.events, notices: [] };
  });
  setHandler(messages.statusQuery, () => describeStatus(spec, state, new Date()));

  async function flush(): Promise<void> {
    while (pending.events.length || pending.notices.length || pending.remediations.length) {
      const events = pending.events.splice(0);
      const requests = pending.notices.splice(0);
      const remediations = pending.remediations.splice(0);
      if (events.length) await records.recordAssignment({ assignment: summary(), state: snapshot(state), events });
      for (const request of requests) await deliver(request);
      for (const remediation of remediations) await startRemediation(remediation);
    }
  }

  /** A remediation outlives the round that found it: abandoned, not cancelled, when the round closes. */
  async function startRemediation(remediation: TAssignmentSpec): Promise<void> {
    try {
      await startChild(assignmentWorkflow, {
        workflowId: remediation.assignmentId,
        args: [{ spec: remediation }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  async function deliver(request: TNoticeRequest): Promise<void> {
    try {
      await notices.deliverNotice({ assignment: summary(), request, idempotencyKey: noticeKey(spec.assignmentId, request), issuedAt: new Date().toISOString() });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      // Refused for good (bad address, mailbox gone) or not delivered within the retry window:
      // the chase goes on, the assignment is flagged, and the monitor is told, once.
      const permanent = error.cause instanceof ApplicationFailure && error.cause.type === PERMANENT_DELIVERY_FAILURE;
      state.deliveryProblem = true;
      version += 1;
      if (request.kind !== 'delivery-failure') {
        const details = (permanent ? ((error.cause as ApplicationFailure).details?.[0] ?? {}) : {}) as { addresses?: string[]; reason?: string };
        pending.notices.push({
          ...request,
          kind: 'delivery-failure',
          step: `${request.kind}:${request.step}`,
          audience: 'monitoring_agency',
          failed: {
            kind: request.kind,
            idempotencyKey: noticeKey(spec.assignmentId, request),
            addresses: details.addresses ?? [],
            reason: details.reason ?? error.cause?.message ?? error.message,
          },
        });
      }
    }
  }

  if (fresh) {
    pending.events.push(appendEvent(state, new Date(), 'assigned', null, { dueAt: state.dueAt }));
    const kind = spec.kind === 'review' ? 'review-request' : 'assignment';
    pending.notices.push({ kind, step: 'assigned', level: 0, audience: 'assignee', agency: state.responsibleAgency, dueAt: state.dueAt, deadlineChanges: 0 });
    // An inspection round tells each inspected unit in advance.
    for (const unit of spec.inspectedUnits) {
      pending.notices.push({ kind: 'inspection-notice', step: `${spec.period}`, level: 0, audience: 'assignee', agency: unit, dueAt: state.dueAt, deadlineChanges: 0 });
    }
  }

  const periodClosesAt = spec.recurrence ? closingInstant(spec) : null;
  for (;;) {
    await flush();
    if (isClosed(state)) break;
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof assignmentWorkflow>({ spec, state });
    }
    const chase = nextChase(spec, state);
    const wakeAt = Math.min(chase?.at.getTime() ?? Infinity, periodClosesAt?.getTime() ?? Infinity);
    const seen = version;
    const changed = Number.isFinite(wakeAt)
      ? await condition(() => version !== seen, Math.max(1, wakeAt - Date.now()))
      : await condition(() => version !== seen).then(() => true);
    if (changed) continue;
    const now = new Date();
    if (chase && chase.at.getTime() <= now.getTime()) {
      const { events, notice } = applyChase(spec, state, chase, now);
      pending.events.push(...events);
      pending.notices.push(notice);
    } else if (periodClosesAt && periodClosesAt.getTime() <= now.getTime()) {
      // A result still waiting for review when the period closes counts as delivered.
      const delivered = state.phase === 'submitted' && state.lastResult;
      state.phase = delivered ? 'completed' : 'lapsed';
      if (delivered) state.completedAt = state.lastResult!.submittedAt;
      const action = delivered ? 'result-accepted-at-period-close' : 'period-lapsed';
      pending.events.push(appendEvent(state, now, action, null, { dueAt: state.dueAt }));
    }
  }
  await flush();

  const outcome: TAssignmentOutcome = {
    assignmentId: spec.assignmentId,
    period: spec.period,
    phase: state.phase,
    onTime: state.phase === 'completed' ? (state.lastResult?.onTime ?? null) : null,
  };
  const next = spec.recurrence && state.phase !== 'cancelled' ? nextPeriod(spec) : null;
  // The next period keeps who answers and who oversees after any reorganisation.
  if (next) await continueAsNew<typeof assignmentWorkflow>({ spec: { ...next, responsibleAgency: state.responsibleAgency, ...oversightOf(spec, state) } });
  return outcome;
}

function parsePayload<T>(schema: ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  throw new UpdateRejected(`Invalid input: ${problems.join('; ')}.`);
}

function snapshot(state: TAssignmentState) {
  const { phase, dueAt, responsibleAgency, completedAt, escalationLevel, deliveryProblem, lastResult } = state;
  return { phase, dueAt, responsibleAgency, completedAt, escalationLevel, deliveryProblem, lastResult };
}

/**
 * A recurring period that never gets its result is closed as missing (lapsed) half a year after
 * its deadline, so that the next period starts well before its own reminders are due; work due
 * several times a year lapses two weeks before the next period's deadline at the latest.
 */
const lapseAfterDays = 180;
const lapseBeforeNextDays = 14;

function closingInstant(spec: TAssignmentSpec): Date {
  const lapse = new Date(spec.dueAt).getTime() + lapseAfterDays * 86_400_000;
  const next = spec.recurrence?.dueMonthDays ? nextPeriod(spec) : null;
  return new Date(next ? Math.min(lapse, new Date(next.dueAt).getTime() - lapseBeforeNextDays * 86_400_000) : lapse);
}

function nextPeriod(spec: TAssignmentSpec): TAssignmentSpec | null {
  if (!spec.recurrence) return null;
  const { dueMonthDays } = spec.recurrence;
  if (dueMonthDays) {
    // Several periods a year: the next due day of this year, else the first of the next year.
    const current = parsePeriodLabel(spec.period, dueMonthDays.length);
    if (!current) return null;
    const last = current.index + 1 >= dueMonthDays.length;
    const year = last ? current.year + 1 : current.year;
    const index = last ? 0 : current.index + 1;
    if (year > spec.recurrence.lastPeriod) return null;
    const dueMonthDay = dueMonthDays[index]!;
    const deadline = effectiveDeadline(`${year}-${dueMonthDay}`, spec.calendar);
    return { ...spec, period: periodLabel(year, index, dueMonthDays.length), dueAt: deadline.dueAt.toISOString(), recurrence: { ...spec.recurrence, dueMonthDay } };
  }
  const year = Number(spec.period) + 1;
  if (!Number.isInteger(year) || year > spec.recurrence.lastPeriod) return null;
  const deadline = effectiveDeadline(`${year}-${spec.recurrence.dueMonthDay}`, spec.calendar);
  return { ...spec, period: String(year), dueAt: deadline.dueAt.toISOString() };
}
