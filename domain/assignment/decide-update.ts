// Every update as a pure decision: (spec, state, payload, now) -> the next state and the
// effects to carry out (events to record, notices to send), or UpdateRejected. The workflow's
// validator runs the same decision and discards it, so a rejected update changes nothing.
import { effectiveDeadline } from '../calendar/effective-deadline';
import { formatLocalInstant } from '../calendar/local-time';
import { authorize, type TAssignmentAction } from './authorize';
import { checkIndicators } from './check-indicators';
import { answerSections } from './report-sections';
import { mandateOf } from './mandate';
import type {
  TCancel,
  TChangeDeadline,
  TDecideExtension,
  TReassign,
  TRequestExplanation,
  TRequestExtension,
  TReviewResult,
  TSubmitExplanation,
  TSubmitResult,
  TTransferOversight,
} from './messages';
import type { TNoticeRequest } from './notice-request';
import { UpdateRejected } from './rejection';
import type { TAssignmentSpec } from './spec';
import { appendEvent, isClosed, oversightOf, type TAssignmentEvent, type TAssignmentState } from './state';

export interface TDecision {
  state: TAssignmentState;
  events: TAssignmentEvent[];
  notices: TNoticeRequest[];
}

interface Context {
  spec: TAssignmentSpec;
  state: TAssignmentState;
  now: Date;
}

function begin(context: Context, action: TAssignmentAction, actor: Parameters<typeof authorize>[0]) {
  if (isClosed(context.state)) {
    throw new UpdateRejected(`${context.spec.assignmentId} is ${context.state.phase}: nothing can be changed any more.`);
  }
  authorize(actor, action, context.spec, context.state);
  const state: TAssignmentState = JSON.parse(JSON.stringify(context.state));
  const decision: TDecision = { state, events: [], notices: [] };
  const notice = (request: Omit<TNoticeRequest, 'agency' | 'dueAt' | 'deadlineChanges' | 'level'> & { level?: number }) =>
    decision.notices.push({ level: 0, ...request, agency: state.responsibleAgency, dueAt: state.dueAt, deadlineChanges: state.deadlineChanges });
  const event = (action: string, details: Record<string, unknown> = {}) =>
    decision.events.push(appendEvent(state, context.now, action, actor, details));
  return { state, decision, notice, event };
}

function newDeadline(context: Context, day: string): string {
  const deadline = effectiveDeadline(day, context.spec.calendar);
  if (deadline.dueAt.getTime() <= context.now.getTime()) {
    throw new UpdateRejected(`The new due day ${day} is already past; give a day after ${context.now.toISOString().slice(0, 10)}.`);
  }
  return deadline.dueAt.toISOString();
}

function moveDeadline(state: TAssignmentState, dueAt: string, now: Date): void {
  state.dueAt = dueAt;
  state.deadlineChanges += 1;
  state.escalationLevel = 0;
  state.noticeCursor = now.toISOString();
}

export function decideSubmitResult(context: Context, payload: TSubmitResult): TDecision {
  const { state, decision, event } = begin(context, 'submit-result', payload.actor);
  if (state.phase === 'submitted') throw new UpdateRejected('A result is already waiting for review; wait for it to be accepted or returned.');
  const answered = answerSections(context.spec, payload);
  checkIndicators(answered.indicators, context.spec.requiredIndicators);
  const onTime = context.now.getTime() <= new Date(state.dueAt).getTime();
  state.phase = 'submitted';
  state.lastResult = {
    submittedAt: context.now.toISOString(),
    submittedBy: payload.actor,
    narrative: payload.narrative,
    indicators: answered.indicators,
    onTime,
    submissions: (state.lastResult?.submissions ?? 0) + 1,
    ...(answered.sections ? { sections: answered.sections } : {}),
  };
  event('result-submitted', { onTime, indicators: answered.indicators, narrative: payload.narrative, ...(answered.sections ? { sections: answered.sections } : {}) });
  return decision;
}

export function decideRequestExtension(context: Context, payload: TRequestExtension): TDecision {
  const { state, decision, event } = begin(context, 'request-extension', payload.actor);
  if (state.pendingExtension) {
    const decider = oversightOf(context.spec, state).monitoringAgency;
    throw new UpdateRejected(`An extension request (to ${state.pendingExtension.newDueDay}) is already waiting for a decision: wait for ${decider} to approve or deny it.`);
  }
  const requested = newDeadline(context, payload.newDueDay);
  if (requested <= state.dueAt) throw new UpdateRejected(`An extension must move the deadline later than the current one (${state.dueAt}).`);
  state.pendingExtension = { reason: payload.reason, newDueDay: payload.newDueDay, requestedBy: payload.actor, requestedAt: context.now.toISOString() };
  // The monitor sees the request in its status views; the notice goes out with the decision.
  event('extension-requested', { reason: payload.reason, newDueDay: payload.newDueDay });
  return decision;
}

export function decideExtension(context: Context, payload: TDecideExtension): TDecision {
  const { state, decision, event, notice } = begin(context, 'decide-extension', payload.actor);
  const pending = state.pendingExtension;
  if (!pending) throw new UpdateRejected(`There is no extension request to decide: ${state.responsibleAgency} must request one first.`);
  state.pendingExtension = null;
  const previous = state.dueAt;
  if (payload.approve) {
    moveDeadline(state, newDeadline(context, pending.newDueDay), context.now);
    event('extension-approved', { from: previous, to: state.dueAt, note: payload.note ?? null });
  } else {
    event('extension-denied', { note: payload.note ?? null });
  }
  notice({
    kind: 'extension-decided',
    step: `${payload.approve ? 'approved' : 'denied'}-${state.eventCount}`,
    audience: 'assignee',
    note: payload.note,
    approved: payload.approve,
    previousDueAt: payload.approve ? previous : undefined,
  });
  return decision;
}

export function decideRequestExplanation(context: Context, payload: TRequestExplanation): TDecision {
  const { state, decision, event, notice } = begin(context, 'request-explanation', payload.actor);
  if (mandateOf(context.spec) === 'request') {
    throw new UpdateRejected(
      `${context.spec.taskRef} is a request (đề nghị) to ${state.responsibleAgency}, not an order: the People's Committee cannot demand a written explanation (giải trình) from a body it can only ask. Send a courteous reminder or contact the body instead; its late work is shown as not yet received.`,
    );
  }
  if (context.now.getTime() <= new Date(state.dueAt).getTime()) throw new UpdateRejected(`An explanation (giải trình) can be requested only once the assignment is overdue: ask after its deadline, ${formatLocalInstant(new Date(state.dueAt))}.`);
  state.explanation = { requestedAt: context.now.toISOString(), submittedAt: null, text: null };
  event('explanation-requested', { note: payload.note ?? null });
  notice({ kind: 'explanation-requested', step: `${state.eventCount}`, audience: 'assignee', note: payload.note });
  return decision;
}

export function decideSubmitExplanation(context: Context, payload: TSubmitExplanation): TDecision {
  const { state, decision, event } = begin(context, 'submit-explanation', payload.actor);
  if (!state.explanation.requestedAt) throw new UpdateRejected(`No explanation has been requested for this assignment: submit one when ${oversightOf(context.spec, state).monitoringAgency} asks for it.`);
  state.explanation = { ...state.explanation, submittedAt: context.now.toISOString(), text: payload.text };
  event('explanation-submitted', { text: payload.text });
  return decision;
}

export function decideReviewResult(context: Context, payload: TReviewResult): TDecision {
  const { state, decision, event, notice } = begin(context, 'review-result', payload.actor);
  if (state.phase !== 'submitted' || !state.lastResult) throw new UpdateRejected(`There is no submitted result waiting for review: ${state.responsibleAgency} must submit one first.`);
  if (payload.decision === 'accept') {
    state.phase = 'completed';
    state.completedAt = state.lastResult.submittedAt;
    event('result-accepted', { onTime: state.lastResult.onTime, note: payload.note ?? null });
    notice({ kind: 'report-accepted', step: `${state.lastResult.submissions}`, audience: 'assignee', note: payload.note });
  } else {
    state.phase = 'open';
    moveDeadline(state, newDeadline(context, payload.newDueDay), context.now);
    event('result-returned', { note: payload.note, newDueAt: state.dueAt });
    notice({ kind: 'report-returned', step: `${state.lastResult.submissions}`, audience: 'assignee', note: payload.note });
  }
  return decision;
}

export function decideReassign(context: Context, payload: TReassign): TDecision {
  const { state, decision, event, notice } = begin(context, 'reassign', payload.actor);
  if (payload.toAgency === state.responsibleAgency) throw new UpdateRejected(`${payload.toAgency} already answers for this assignment.`);
  const from = state.responsibleAgency;
  state.responsibleAgency = payload.toAgency;
  event('reassigned', { from, to: payload.toAgency, effectiveDay: payload.effectiveDay, reason: payload.reason });
  notice({ kind: 'assignment', step: `reassigned-${payload.toAgency}`, audience: 'assignee', note: payload.reason });
  return decision;
}

/**
 * A reorganisation moved the agency that monitors the work, or the leadership it escalates to:
 * the successor takes the role from now on (decisions, escalations, delivery-failure notices).
 */
export function decideTransferOversight(context: Context, payload: TTransferOversight): TDecision {
  const { state, decision, event } = begin(context, 'transfer-oversight', payload.actor);
  const current = oversightOf(context.spec, state);
  const roles = (['monitoringAgency', 'leadershipAgency'] as const).filter((role) => current[role] === payload.fromAgency);
  if (!roles.length) {
    throw new UpdateRejected(`${payload.fromAgency} neither monitors nor leads ${context.spec.assignmentId} (monitor ${current.monitoringAgency}, leadership ${current.leadershipAgency}).`);
  }
  for (const role of roles) state[role] = payload.toAgency;
  event('oversight-transferred', { roles, from: payload.fromAgency, to: payload.toAgency, effectiveDay: payload.effectiveDay, reason: payload.reason });
  return decision;
}

export function decideCancel(context: Context, payload: TCancel): TDecision {
  const { state, decision, event, notice } = begin(context, 'cancel', payload.actor);
  state.phase = 'cancelled';
  state.cancelReason = payload.reason;
  if (payload.supersededBy) {
    event('cancelled', { reason: payload.reason, supersededBy: payload.supersededBy });
    return decision;
  }
  event('cancelled', { reason: payload.reason });
  notice({ kind: 'cancelled', step: 'cancelled', audience: 'assignee', note: payload.reason });
  return decision;
}

export function decideChangeDeadline(context: Context, payload: TChangeDeadline): TDecision {
  const { state, decision, event, notice } = begin(context, 'change-deadline', payload.actor);
  const dueAt = effectiveDeadline(payload.newDueDay, context.spec.calendar).dueAt.toISOString();
  if (dueAt === state.dueAt) return decision;
  const previous = state.dueAt;
  moveDeadline(state, dueAt, context.now);
  event('deadline-changed', { from: previous, to: dueAt, reason: payload.reason });
  notice({ kind: 'deadline-changed', step: `${state.deadlineChanges}`, audience: 'assignee', note: payload.reason });
  return decision;
}
