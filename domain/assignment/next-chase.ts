// The next thing the clock does to an open assignment: a reminder before the deadline, the
// due-day notice, or the next escalation step after it.
import { computeReminderSchedule } from '../policy/reminder-schedule';
import { escalationStepAt } from '../policy/escalation-step-at';
import type { TNoticeRequest } from './notice-request';
import { escalates } from './mandate';
import type { TAssignmentSpec } from './spec';
import { appendEvent, type TAssignmentEvent, type TAssignmentState } from './state';

export interface TChase {
  at: Date;
  kind: 'reminder' | 'due-today' | 'escalation';
  step: string;
  level: number;
  audience: TNoticeRequest['audience'];
}

/** Null when nothing is left to chase: closed, waiting for review, or a request (never escalated). */
export function nextChase(spec: TAssignmentSpec, state: TAssignmentState): TChase | null {
  if (state.phase !== 'open') return null;
  const cursor = new Date(state.noticeCursor);
  const dueAt = new Date(state.dueAt);
  const reminder = computeReminderSchedule({
    dueAt,
    offsetsInWorkingDays: spec.reminderOffsetsInWorkingDays,
    reminderTime: spec.reminderTime,
    calendar: spec.calendar,
  }).find((notice) => notice.at.getTime() > cursor.getTime());
  if (reminder) {
    return { at: reminder.at, kind: reminder.kind, step: `${reminder.workingDaysBefore}`, level: 0, audience: 'assignee' };
  }
  if (!escalates(spec)) return null;
  const position = escalationStepAt({ dueAt, ladder: spec.escalationLadder, at: cursor, calendar: spec.calendar, time: spec.reminderTime });
  const next = position.next;
  if (!next) return null;
  return { at: next.at, kind: 'escalation', step: `${next.level}.${next.occurrence}`, level: next.level, audience: next.step.to };
}

/** Records that `chase` went out (mutating `state`, which belongs to the caller). */
export function applyChase(
  spec: TAssignmentSpec,
  state: TAssignmentState,
  chase: TChase,
  now: Date,
): { events: TAssignmentEvent[]; notice: TNoticeRequest } {
  state.noticeCursor = chase.at.toISOString();
  if (chase.kind === 'escalation') state.escalationLevel = chase.level;
  const action = chase.kind === 'escalation' ? 'escalated' : chase.kind === 'reminder' ? 'reminded' : 'due-today-notified';
  const event = appendEvent(state, now, action, null, { step: chase.step, level: chase.level, audience: chase.audience });
  return {
    events: [event],
    notice: {
      kind: chase.kind,
      step: chase.step,
      level: chase.level,
      audience: chase.audience,
      agency: state.responsibleAgency,
      dueAt: state.dueAt,
      deadlineChanges: state.deadlineChanges,
    },
  };
}
