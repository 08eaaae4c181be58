// What the `status` query answers: the state plus what officials look at first.
import { classifyAssignment } from '../policy/classify-assignment';
import type { TAssignmentClassification } from '../policy/assignment-status';
import { mandateOf } from './mandate';
import { nextChase } from './next-chase';
import type { TAssignmentSpec, TReportSection } from './spec';
import { oversightOf, type TAssignmentState } from './state';

export interface TAssignmentStatus {
  assignmentId: string;
  taskRef: string;
  period: string;
  phase: TAssignmentState['phase'];
  responsibleAgency: string;
  assigneeAsWritten: string;
  /** Who monitors the work and whom it escalates to last, after any reorganisation. */
  monitoringAgency: string;
  leadershipAgency: string;
  dueAt: string;
  classification: TAssignmentClassification | null;
  nextNoticeAt: string | null;
  escalationLevel: number;
  pendingExtension: TAssignmentState['pendingExtension'];
  deliveryProblem: boolean;
  lastEvents: TAssignmentState['recentEvents'];
  /** A unit's report: its sections, and which already hold a result carried over from a replaced assignment. */
  sections?: (TReportSection & { carriedOver: boolean })[];
}

/** Days an open assignment counts as "due soon": a working week. */
const dueSoonWorkingDays = 5;

export function describeStatus(spec: TAssignmentSpec, state: TAssignmentState, now: Date): TAssignmentStatus {
  const classification =
    state.phase === 'cancelled' || state.phase === 'lapsed'
      ? null
      : classifyAssignment({
          dueAt: new Date(state.dueAt),
          completedAt: state.completedAt ? new Date(state.completedAt) : null,
          at: now,
          dueSoonWorkingDays,
          calendar: spec.calendar,
          mandate: mandateOf(spec),
        });
  return {
    assignmentId: spec.assignmentId,
    taskRef: spec.taskRef,
    period: spec.period,
    phase: state.phase,
    responsibleAgency: state.responsibleAgency,
    ...oversightOf(spec, state),
    assigneeAsWritten: spec.assigneeAsWritten,
    dueAt: state.dueAt,
    classification,
    nextNoticeAt: nextChase(spec, state)?.at.toISOString() ?? null,
    escalationLevel: state.escalationLevel,
    pendingExtension: state.pendingExtension,
    deliveryProblem: state.deliveryProblem,
    lastEvents: state.recentEvents.slice(-10),
    ...(spec.sections ? { sections: spec.sections.map((section) => ({ ...section, carriedOver: (spec.carriedOver ?? []).some((result) => result.taskRef === section.taskRef) })) } : {}),
  };
}
