// What the plan-load and agency-succession workflows take and return. Their activities do the
// work, but the application layer and the interfaces read these shapes: they live here so that
// nothing above the worker imports an activity implementation, not even for a type.
import type { TPlan } from '../domain/plan/plan';

export interface TReconcilePlanInput {
  planId: string;
  plan: TPlan;
  taskQueue: string;
  /** Who loads it (the monitoring agency, or the system at start-up). */
  actor: { agency: string; user: string };
  reason: string;
  /**
   * Create the Temporal Schedules of the recurring cycles (default). Off only where the server
   * has no schedules: the Java time-skipping test server used to record histories.
   */
  schedules?: boolean;
  /**
   * One-off tasks the operator declares done (`dondoc plan load --done`): their assignments start
   * completed instead of being chased. Checked by the caller too; an unknown ref fails the load.
   */
  declaredDone?: string[];
  /** The plan file's content digest, recorded with the declaration. */
  planVersion?: string;
}

/** The period-close Schedules after a load, by id. */
export interface TScheduleSync {
  created: string[];
  updated: string[];
  unchanged: string[];
  deleted: string[];
  /** Periods whose due day had passed when their schedule was created, closed by a direct start instead. */
  closedDirectly: string[];
}

export interface TReconcilePlanResult {
  planId: string;
  asOfDay: string;
  assignments: number;
  started: number;
  alreadyRunning: number;
  cancelled: number;
  deadlinesChanged: number;
  skipped: { ref: string; reason: string }[];
  /** The period-close schedules: null when `schedules` was off. */
  schedules: TScheduleSync | null;
  /** The reviews' close workflows (one per review, waiting for its reports' grace to end). */
  reviewCloses: { started: string[]; alreadyStarted: number };
  /** The assignments of the refs declared done: completed now, or left alone as they already existed. */
  declaredDone?: { refs: string[]; completed: string[]; alreadyStarted: string[] };
  /** Per-task runs closed because the plan moved to one report per unit: each unit's report carries their results. */
  superseded: number;
}

export interface TSucceedAgencyInput {
  from: string;
  to: string;
  effectiveDay: string;
  functions: string[];
  actor: { agency: string; user: string };
  reason: string;
}

export interface TSucceedAgencyResult {
  moved: string[];
  alreadyMoved: number;
  closed: number;
  /** Open assignments the agency monitored or led: the successor oversees them now. */
  oversightMoved: string[];
}
