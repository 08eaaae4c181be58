// Deadlines of an obstacle's steps, in working days (Asia/Ho_Chi_Minh), and the chasing of a step
// left unanswered: the focal point of the awaited agency on the first working day after the
// deadline, its head some working days later — the first two rungs of the assignments' ladder.
import type { TCalendar } from '../calendar/build-calendar';
import { endOfLocalDay, instantAt, localDayOf } from '../calendar/local-time';
import { addWorkingDays } from '../calendar/working-days';
import type { TObstacleSpec, TObstacleState } from './obstacle';

/** The end of the `workingDays`-th working day after the day `from` falls on. */
export function stepDueAt(from: string, workingDays: number, calendar: TCalendar): Date {
  return endOfLocalDay(addWorkingDays(localDayOf(new Date(from)), workingDays, calendar));
}

export interface TObstacleChase {
  at: Date;
  /** 1: the awaited agency's focal point; 2: its head. */
  level: 1 | 2;
  audience: 'focal_point' | 'agency_head';
}

/** The next chase of the awaited step, or null when nothing is awaited or both chases went out. */
export function nextObstacleChase(spec: Pick<TObstacleSpec, 'calendar' | 'reminderTime' | 'chaseAgainAfterWorkingDays'>, state: Pick<TObstacleState, 'dueAt' | 'pendingAgency' | 'chaseLevel'>): TObstacleChase | null {
  if (!state.dueAt || !state.pendingAgency || state.chaseLevel >= 2) return null;
  const dueDay = localDayOf(new Date(state.dueAt));
  if (state.chaseLevel === 0) return { at: instantAt(addWorkingDays(dueDay, 1, spec.calendar), spec.reminderTime), level: 1, audience: 'focal_point' };
  return { at: instantAt(addWorkingDays(dueDay, 1 + spec.chaseAgainAfterWorkingDays, spec.calendar), spec.reminderTime), level: 2, audience: 'agency_head' };
}
