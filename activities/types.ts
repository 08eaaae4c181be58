// What workflows ask activities to do. Kept apart from the implementations so that workflow
// code can import the types without pulling in Prisma or nodemailer.
import type { TAssignmentEvent, TAssignmentState } from '../domain/assignment/state';
import type { TNoticeRequest } from '../domain/assignment/notice-request';
import type { TAssignmentSpec } from '../domain/assignment/spec';
import type { TObstacleEvent, TObstacleSpec, TObstacleState } from '../domain/obstacles/obstacle';

/** The parts of a spec the records and notices need (not the calendar, which is large). */
export type TAssignmentSummary = Pick<
  TAssignmentSpec,
  'assignmentId' | 'planId' | 'planTitle' | 'taskRef' | 'taskText' | 'period' | 'kind' | 'assigneeAsWritten' | 'monitoringAgency' | 'leadershipAgency'
> & {
  /** Absent in activity inputs recorded before it existed: read as an order. */
  mandate?: TAssignmentSpec['mandate'];
};

export interface TRecordAssignmentInput {
  assignment: TAssignmentSummary;
  state: Pick<TAssignmentState, 'phase' | 'dueAt' | 'responsibleAgency' | 'completedAt' | 'escalationLevel' | 'deliveryProblem' | 'lastResult'>;
  events: TAssignmentEvent[];
}

export interface TDeliverNoticeInput {
  assignment: TAssignmentSummary;
  request: TNoticeRequest;
  idempotencyKey: string;
  /** Workflow time when the notice was decided: the mail's date and its calendar DTSTAMP. */
  issuedAt: string;
}

export interface TDeliverNoticeResult {
  messageId: string | null;
  recipients: string[];
}

/** An obstacle's record: its spec without the calendar, its state, and the events to append to the audit log. */
export interface TRecordObstacleInput {
  obstacle: Omit<TObstacleSpec, 'calendar'>;
  state: TObstacleState;
  events: TObstacleEvent[];
}
