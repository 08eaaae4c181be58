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
  patched,
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
  carryIntoNextPeriod,
  closePeriod,
  computeClosingInstant,
  createInitialState,
  decideCancel,
  decideDeliveryFailure,
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
  declareDoneAtLoad,
  describeStatus,
  facilityInspectionNotices,
  isClosed,
  lateStartChase,
  mandateOf,
  nextChase,
  noticeKey,
  parseUpdatePayload,
  snapshotState,
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
  type TDeclaredDone,
  type TDecision,
  type TNoticeRequest,
} from '../domain/assignment';
import { NOTICE_ACTIVITY_OPTIONS, PERMANENT_DELIVERY_FAILURE } from '../domain/notices/delivery-options';
import { reminderJitterMs } from '../domain/policy/reminder-jitter';
import type { RecordActivities, NoticeActivities } from '../activities';
import type { TAssignmentSummary } from '../activities/types';
import * as messages from './messages';

export interface TAssignmentWorkflowInput {
  spec: TAssignmentSpec;
  /** Carried across continue-as-new within one period; absent when a period starts. */
  state?: TAssignmentState;
  /** Set by the plan loader for work the operator declared done (`dondoc plan load --done`). */
  declaredDone?: TDeclaredDone;
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
    mandate: mandateOf(spec),
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
    const run = (raw: unknown) => decide({ spec, state, now: new Date() }, parseUpdatePayload(schema, raw));
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
      if (events.length) await records.recordAssignment({ assignment: summary(), state: snapshotState(state), events });
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
      // Refused for good (bad address, mailbox gone) or not delivered within the retry window.
      const refusal = error.cause instanceof ApplicationFailure && error.cause.type === PERMANENT_DELIVERY_FAILURE ? error.cause : null;
      const decision = decideDeliveryFailure({
        assignmentId: spec.assignmentId,
        state,
        request,
        permanent: refusal !== null,
        details: refusal?.details?.[0],
        failureMessage: error.cause?.message ?? error.message,
      });
      state = decision.state;
      version += 1;
      if (decision.notice) pending.notices.push(decision.notice);
    }
  }

  if (fresh && input.declaredDone) {
    const declared = declareDoneAtLoad(state, input.declaredDone, new Date());
    state = declared.state;
    pending.events.push(...declared.events);
  } else if (fresh) {
    pending.events.push(appendEvent(state, new Date(), 'assigned', null, { dueAt: state.dueAt }));
    const kind = spec.kind === 'review' ? 'review-request' : 'assignment';
    pending.notices.push({ kind, step: 'assigned', level: 0, audience: 'assignee', agency: state.responsibleAgency, dueAt: state.dueAt, deadlineChanges: 0 });
    // An inspection round tells each inspected unit in advance.
    for (const unit of spec.inspectedUnits) {
      pending.notices.push({ kind: 'inspection-notice', step: `${spec.period}`, level: 0, audience: 'assignee', agency: unit, dueAt: state.dueAt, deadlineChanges: 0 });
    }
    // A round over facilities tells each facility's agency, naming its facilities visited. Specs
    // from before facilities existed have none, so their histories take no new command here.
    for (const notice of facilityInspectionNotices(spec)) {
      pending.notices.push({ kind: 'inspection-notice', step: `${spec.period}`, level: 0, audience: 'assignee', agency: notice.agency, dueAt: state.dueAt, deadlineChanges: 0, note: notice.note });
    }
    // Started after its due-day notice (a plan loaded late): the one notice due by now, then the
    // ladder from the real deadline. Histories from before this change never took the branch.
    const catchUp = lateStartChase(spec, state, new Date());
    if (catchUp && patched('late-start-catch-up')) {
      const { events, notice } = applyChase(spec, state, catchUp, new Date());
      pending.events.push(...events);
      pending.notices.push(notice);
    }
  }

  const periodClosesAt = computeClosingInstant({ spec });
  // 0 for specs without a jitter (every history recorded before #14): the same timers as before.
  const jitter = reminderJitterMs(workflowInfo().workflowId, spec.reminderJitterMinutes ?? 0);
  for (;;) {
    await flush();
    if (isClosed(state)) break;
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof assignmentWorkflow>({ spec, state });
    }
    const chase = nextChase(spec, state);
    // The chase wakes `jitter` after its instant; the cursor keeps the instant itself (applyChase).
    const chaseWakeAt = chase ? chase.at.getTime() + jitter : Infinity;
    const wakeAt = Math.min(chaseWakeAt, periodClosesAt?.getTime() ?? Infinity);
    const seen = version;
    const changed = Number.isFinite(wakeAt)
      ? await condition(() => version !== seen, Math.max(1, wakeAt - Date.now()))
      : await condition(() => version !== seen).then(() => true);
    if (changed) continue;
    const now = new Date();
    if (chase && chaseWakeAt <= now.getTime()) {
      const { events, notice } = applyChase(spec, state, chase, now);
      pending.events.push(...events);
      pending.notices.push(notice);
    } else if (periodClosesAt && periodClosesAt.getTime() <= now.getTime()) {
      const closed = closePeriod({ state, now });
      state = closed.state;
      pending.events.push(...closed.events);
    }
  }
  await flush();

  const outcome: TAssignmentOutcome = {
    assignmentId: spec.assignmentId,
    period: spec.period,
    phase: state.phase,
    onTime: state.phase === 'completed' ? (state.lastResult?.onTime ?? null) : null,
  };
  const next = carryIntoNextPeriod({ spec, state });
  if (next) await continueAsNew<typeof assignmentWorkflow>({ spec: next });
  return outcome;
}
