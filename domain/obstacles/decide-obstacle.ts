// The rules of an obstacle's steps, as pure decisions: who may take each step, in which phase,
// and what it changes. A refusal throws UpdateRejected, saying what to do instead.
import { UpdateRejected } from '../assignment/rejection';
import type { TActor } from '../assignment/actor';
import { stepDueAt } from './obstacle-deadline';
import {
  isObstacleClosed,
  type TAnswerObstacle,
  type TDecideObstacle,
  type TForwardObstacle,
  type TObstacleAction,
  type TObstacleEvent,
  type TObstacleSpec,
  type TObstacleState,
  type TRecordAmendment,
} from './obstacle';

export interface TObstacleDecision {
  state: TObstacleState;
  events: TObstacleEvent[];
}

interface TContext {
  spec: TObstacleSpec;
  state: TObstacleState;
  now: Date;
}

const by = (actor: TActor) => ({ agency: actor.agency, user: actor.user });

function event(state: TObstacleState, now: Date, action: TObstacleAction, actor: TActor | null, details: Record<string, unknown>): TObstacleEvent {
  state.eventCount += 1;
  return { seq: state.eventCount, at: now.toISOString(), action, actor: actor ? by(actor) : null, details };
}

function requireWriter(actor: TActor): void {
  if (actor.role === 'auditor') throw new UpdateRejected('an auditor reads obstacles but changes nothing: sign in with an agency role to act.');
}

/** The state of a just-reported obstacle: the monitoring department's answer is awaited. */
export function createObstacleState(spec: TObstacleSpec): { state: TObstacleState; events: TObstacleEvent[] } {
  const state: TObstacleState = {
    phase: 'reported',
    pendingAgency: spec.monitorAgency,
    dueAt: stepDueAt(spec.reportedAt, spec.answerWorkingDays, spec.calendar).toISOString(),
    chaseLevel: 0,
    answer: null,
    forward: null,
    decision: null,
    amendment: null,
    eventCount: 0,
  };
  const reported = event(state, new Date(spec.reportedAt), 'reported', spec.reportedBy, {
    assignmentId: spec.assignmentId,
    text: spec.text,
    proposal: spec.proposal,
    document: spec.document,
    answerDueAt: state.dueAt,
  });
  return { state, events: [reported] };
}

function requireMonitorStep({ spec, state }: TContext, actor: TActor, what: string): void {
  requireWriter(actor);
  if (actor.agency !== spec.monitorAgency) throw new UpdateRejected(`only ${spec.monitorAgency}, the monitoring department the plan names for obstacles, may ${what}; you act for ${actor.agency}.`);
  if (state.phase !== 'reported') throw new UpdateRejected(`obstacle ${spec.obstacleId} is ${state.phase}, not waiting for the monitoring department: nothing to ${what}.`);
}

export function decideAnswer(context: TContext, payload: TAnswerObstacle): TObstacleDecision {
  requireMonitorStep(context, payload.actor, 'answer it');
  const state: TObstacleState = { ...context.state, phase: 'answered', pendingAgency: null, dueAt: null, answer: { text: payload.text, by: by(payload.actor), at: context.now.toISOString() } };
  return { state, events: [event(state, context.now, 'answered', payload.actor, { text: payload.text, onTime: context.now.getTime() <= Date.parse(context.state.dueAt!) })] };
}

export function decideForward(context: TContext, payload: TForwardObstacle): TObstacleDecision {
  requireMonitorStep(context, payload.actor, 'forward it');
  const dueAt = stepDueAt(context.now.toISOString(), context.spec.decisionWorkingDays, context.spec.calendar).toISOString();
  const state: TObstacleState = {
    ...context.state,
    phase: 'forwarded',
    pendingAgency: context.spec.committeeAgency,
    dueAt,
    chaseLevel: 0,
    forward: { text: payload.opinion, by: by(payload.actor), at: context.now.toISOString() },
  };
  return { state, events: [event(state, context.now, 'forwarded', payload.actor, { opinion: payload.opinion, to: context.spec.committeeAgency, decisionDueAt: dueAt })] };
}

export function decideDecision(context: TContext, payload: TDecideObstacle): TObstacleDecision {
  const { spec, state: current, now } = context;
  requireWriter(payload.actor);
  if (payload.actor.agency !== spec.committeeAgency) throw new UpdateRejected(`only ${spec.committeeAgency}, the People's Committee the plan names for obstacles, may decide; you act for ${payload.actor.agency}.`);
  if (current.phase !== 'forwarded') throw new UpdateRejected(`obstacle ${spec.obstacleId} is ${current.phase}: only an obstacle the monitoring department forwarded is decided.`);
  const state: TObstacleState = { ...current, phase: 'decided', pendingAgency: null, dueAt: null, decision: { outcome: payload.outcome, text: payload.text, by: by(payload.actor), at: now.toISOString() } };
  return { state, events: [event(state, now, 'decided', payload.actor, { outcome: payload.outcome, text: payload.text, onTime: now.getTime() <= Date.parse(current.dueAt!) })] };
}

/** Links the load of the amended plan to the decision that ordered it, closing the obstacle. */
export function decideAmendment(context: TContext, payload: TRecordAmendment): TObstacleDecision {
  const { spec, state: current, now } = context;
  requireWriter(payload.actor);
  if (current.phase !== 'decided' || current.decision?.outcome !== 'amend-plan') {
    throw new UpdateRejected(`obstacle ${spec.obstacleId} is ${current.phase}${current.decision ? ` (${current.decision.outcome})` : ''}: only an obstacle the People's Committee decided to settle by amending the plan is closed by a plan load.`);
  }
  if (payload.planId !== spec.planId) throw new UpdateRejected(`obstacle ${spec.obstacleId} is about plan ${spec.planId}, not ${payload.planId}: load the amended version of ${spec.planId}.`);
  const state: TObstacleState = { ...current, phase: 'amended', amendment: { planId: payload.planId, planVersion: payload.planVersion, by: by(payload.actor), at: now.toISOString() } };
  return { state, events: [event(state, now, 'amendment-loaded', payload.actor, { planId: payload.planId, planVersion: payload.planVersion })] };
}

export { isObstacleClosed };
