// Reminder schedules on real deadlines: working days only, holidays skipped, the past dropped.
import { describe, expect, it } from 'vitest';
import { VIETNAM_CALENDAR, effectiveDeadline, endOfLocalDay, formatLocalInstant } from '../../../../domain/calendar';
import { DEFAULT_REMINDER_OFFSETS, computeReminderSchedule, type TComputeReminderScheduleOptions } from '../../../../domain/policy';

const calendar = VIETNAM_CALENDAR;

function schedule(options: Partial<TComputeReminderScheduleOptions> & { dueAt: Date }) {
  return computeReminderSchedule({ offsetsInWorkingDays: DEFAULT_REMINDER_OFFSETS, reminderTime: '08:00', calendar, ...options }).map(
    (notice) => [notice.kind, formatLocalInstant(notice.at), notice.workingDaysBefore] as const,
  );
}

describe('computeReminderSchedule', () => {
  it('counts back over Tết 2026 for a report due Wednesday 25/2', () => {
    expect(schedule({ dueAt: effectiveDeadline('2026-02-25', calendar).dueAt })).toEqual([
      ['reminder', '2026-02-09T08:00:00.000+07:00', 7],
      ['reminder', '2026-02-13T08:00:00.000+07:00', 3],
      ['reminder', '2026-02-24T08:00:00.000+07:00', 1],
      ['due-today', '2026-02-25T08:00:00.000+07:00', 0],
    ]);
  });

  it('skips the 2026 National Day break and uses the make-up Saturday 22/8', () => {
    expect(schedule({ dueAt: endOfLocalDay('2026-09-04') })).toEqual([
      ['reminder', '2026-08-22T08:00:00.000+07:00', 7],
      ['reminder', '2026-08-27T08:00:00.000+07:00', 3],
      ['reminder', '2026-09-03T08:00:00.000+07:00', 1],
      ['due-today', '2026-09-04T08:00:00.000+07:00', 0],
    ]);
  });

  it('drops notices before now, so a restarted workflow does not resend them', () => {
    const dueAt = effectiveDeadline('2026-02-25', calendar).dueAt;
    expect(schedule({ dueAt, now: new Date('2026-02-13T08:00:00+07:00') }).map(([, at]) => at)).toEqual([
      '2026-02-13T08:00:00.000+07:00',
      '2026-02-24T08:00:00.000+07:00',
      '2026-02-25T08:00:00.000+07:00',
    ]);
    expect(schedule({ dueAt, now: new Date('2026-02-25T08:00:01+07:00') })).toEqual([]);
  });

  it('sends one notice when offsets repeat or land on the due-today notice', () => {
    // Due Saturday 7/3/2026 under a plan that does not roll deadlines forward: the due notice goes
    // out on Friday 6/3, which is also "1 working day before".
    expect(schedule({ dueAt: endOfLocalDay('2026-03-07'), offsetsInWorkingDays: [3, 3, 1] })).toEqual([
      ['reminder', '2026-03-04T08:00:00.000+07:00', 3],
      ['due-today', '2026-03-06T08:00:00.000+07:00', 0],
    ]);
  });

  it('drops a due-today notice that would come after a deadline set earlier in the morning', () => {
    const dueAt = new Date('2026-03-10T07:30:00+07:00');
    expect(schedule({ dueAt, offsetsInWorkingDays: [1] })).toEqual([['reminder', '2026-03-09T08:00:00.000+07:00', 1]]);
  });

  it('refuses an offset of zero working days, saying what it expects', () => {
    expect(() => schedule({ dueAt: endOfLocalDay('2026-03-10'), offsetsInWorkingDays: [0] })).toThrow(
      /reminder offsets count whole working days before the deadline, at least 1/,
    );
  });
});
