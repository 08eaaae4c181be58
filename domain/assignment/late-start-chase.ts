// The one notice an assignment started after its notices were due sends at once: a plan loaded
// late must not drop the chasing it missed, nor flood the agency with every step it missed.
import { computeReminderSchedule } from '../policy/reminder-schedule';
import { escalationStepAt } from '../policy/escalation-step-at';
import type { TChase } from './next-chase';
import type { TAssignmentSpec } from './spec';
import type { TAssignmentState } from './state';

/**
 * Null when the start is before the due-day notice (the ordinary case). Otherwise the latest
 * notice due by `now`, counted from the real deadline: the escalation step the assignment stands
 * on (work the plan can only request is never escalated), or the due-day notice while the due day
 * lasts. Earlier reminders and steps are not sent: the assignment notice, which goes out just
 * before, carries the deadline, and the ladder goes on from the step sent.
 */
export function lateStartChase(spec: TAssignmentSpec, state: TAssignmentState, now: Date): TChase | null {
  const dueAt = new Date(state.dueAt);
  if (spec.escalate) {
    const { current } = escalationStepAt({ dueAt, ladder: spec.escalationLadder, at: now, calendar: spec.calendar, time: spec.reminderTime });
    if (current) return { at: current.at, kind: 'escalation', step: `${current.level}.${current.occurrence}`, level: current.level, audience: current.step.to };
  }
  if (now.getTime() >= dueAt.getTime()) return null;
  const dueToday = computeReminderSchedule({
    dueAt,
    offsetsInWorkingDays: spec.reminderOffsetsInWorkingDays,
    reminderTime: spec.reminderTime,
    calendar: spec.calendar,
  }).find((notice) => notice.kind === 'due-today');
  if (!dueToday || dueToday.at.getTime() > now.getTime()) return null;
  return { at: dueToday.at, kind: 'due-today', step: '0', level: 0, audience: 'assignee' };
}
