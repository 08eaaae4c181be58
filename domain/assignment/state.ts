// The state of one assignment: a plain object, so that the `status` query can return it and
// continue-as-new can carry it.
import type { TActor } from './actor';
import type { TIndicatorValue, TSectionAnswer } from './messages';
import type { TAssignmentSpec } from './spec';

export type TAssignmentPhase = 'open' | 'submitted' | 'completed' | 'cancelled' | 'lapsed';

export interface TAssignmentEvent {
  seq: number;
  at: string;
  action: string;
  actor: TActor | null;
  details: Record<string, unknown>;
}

export interface TAssignmentState {
  phase: TAssignmentPhase;
  dueAt: string;
  originalDueAt: string;
  deadlineChanges: number;
  responsibleAgency: string;
  assignedAt: string;
  /** Notices up to this instant have been handled; the next one is after it. */
  noticeCursor: string;
  escalationLevel: number;
  pendingExtension: { reason: string; newDueDay: string; requestedBy: TActor; requestedAt: string } | null;
  explanation: { requestedAt: string | null; submittedAt: string | null; text: string | null };
  lastResult: {
    submittedAt: string;
    submittedBy: TActor;
    narrative: string;
    indicators: TIndicatorValue[];
    onTime: boolean;
    submissions: number;
    /** A unit's report: the answer of every section, carried-over ones included. */
    sections?: TSectionAnswer[];
  } | null;
  /** When the accepted result was submitted: what "completed on time" is measured by. */
  completedAt: string | null;
  cancelReason: string | null;
  deliveryProblem: boolean;
  eventCount: number;
  /** The latest events, newest last; the audit log in the database keeps all of them. */
  recentEvents: TAssignmentEvent[];
  /**
   * The monitoring and leadership agencies after a reorganisation moved them; absent while they
   * are the spec's (and in the state of runs started before oversight could move).
   */
  monitoringAgency?: string;
  leadershipAgency?: string;
}

/** Who oversees the assignment now: the monitoring agency and the leadership, after any transfer. */
export function oversightOf(spec: Pick<TAssignmentSpec, 'monitoringAgency' | 'leadershipAgency'>, state: Pick<TAssignmentState, 'monitoringAgency' | 'leadershipAgency'>) {
  return { monitoringAgency: state.monitoringAgency ?? spec.monitoringAgency, leadershipAgency: state.leadershipAgency ?? spec.leadershipAgency };
}

const recentEventsKept = 25;

export function createInitialState(spec: TAssignmentSpec, now: Date): TAssignmentState {
  return {
    phase: 'open',
    dueAt: new Date(spec.dueAt).toISOString(),
    originalDueAt: new Date(spec.dueAt).toISOString(),
    deadlineChanges: 0,
    responsibleAgency: spec.responsibleAgency,
    assignedAt: now.toISOString(),
    noticeCursor: now.toISOString(),
    escalationLevel: 0,
    pendingExtension: null,
    explanation: { requestedAt: null, submittedAt: null, text: null },
    lastResult: null,
    completedAt: null,
    cancelReason: null,
    deliveryProblem: false,
    eventCount: 0,
    recentEvents: [],
  };
}

export function isClosed(state: TAssignmentState): boolean {
  return state.phase === 'completed' || state.phase === 'cancelled' || state.phase === 'lapsed';
}

/** Appends an event (mutating `state`, which belongs to the caller) and returns it. */
export function appendEvent(
  state: TAssignmentState,
  now: Date,
  action: string,
  actor: TActor | null,
  details: Record<string, unknown> = {},
): TAssignmentEvent {
  state.eventCount += 1;
  const event: TAssignmentEvent = { seq: state.eventCount, at: now.toISOString(), action, actor, details };
  state.recentEvents = [...state.recentEvents, event].slice(-recentEventsKept);
  return event;
}
