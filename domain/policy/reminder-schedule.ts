// When to remind an agency of a deadline: N working days before it, and on the day itself.
import { z } from 'zod';
import {
  addWorkingDays,
  assertInstant,
  instantAt,
  isWorkingDay,
  localDayOf,
  previousWorkingDay,
  type TCalendar,
} from '../calendar';

/**
 * A week and a half ahead leaves time to collect figures from communes; three days to chase the
 * stragglers; one day as the last call. Plans set their own in policy.reminders.
 */
export const DEFAULT_REMINDER_OFFSETS = [7, 3, 1] as const;

export const ZReminderOffsets = z
  .array(z.number().int().min(1, { error: 'reminder offsets count whole working days before the deadline, at least 1' }))
  .min(1, { error: 'give at least one reminder offset, e.g. [7, 3, 1]' });

export const ZScheduledNoticeKind = z.enum(['reminder', 'due-today']);

export interface TScheduledNotice {
  kind: z.infer<typeof ZScheduledNoticeKind>;
  /** Local day the notice goes out on. */
  day: string;
  at: Date;
  /** Working days between the notice and the due day (0 for the due-today notice). */
  workingDaysBefore: number;
}

export interface TComputeReminderScheduleOptions {
  dueAt: Date;
  offsetsInWorkingDays: readonly number[];
  /** Local time of day, HH:MM. */
  reminderTime: string;
  calendar: TCalendar;
  /** When given, notices before it are dropped: a restarted workflow does not resend the past. */
  now?: Date;
}

/**
 * The reminders for one deadline, earliest first, each at `reminderTime` on a working day, plus a
 * "due today" notice. A due day that is not a working day (a plan whose rule does not roll
 * deadlines forward) gets its due-today notice on the last working day before it, so the notice
 * still comes before the deadline and never on a holiday. Notices at or after `dueAt` are dropped.
 */
export function computeReminderSchedule({ dueAt, offsetsInWorkingDays, reminderTime, calendar, now }: TComputeReminderScheduleOptions): TScheduledNotice[] {
  assertInstant(dueAt, 'dueAt');
  if (now !== undefined) assertInstant(now, 'now');
  const offsets = ZReminderOffsets.parse(offsetsInWorkingDays);
  const dueDay = localDayOf(dueAt);
  const dueNoticeDay = isWorkingDay(dueDay, calendar).working ? dueDay : previousWorkingDay(dueDay, calendar);

  const notice = (kind: TScheduledNotice['kind'], day: string, workingDaysBefore: number): TScheduledNotice => ({
    kind,
    day,
    at: instantAt(day, reminderTime),
    workingDaysBefore,
  });
  // The due-today notice comes first so that it wins when a reminder lands on the same instant.
  const candidates = [
    notice('due-today', dueNoticeDay, 0),
    ...offsets.map((offset) => notice('reminder', addWorkingDays(dueDay, -offset, calendar), offset)),
  ];

  const byInstant = new Map<number, TScheduledNotice>();
  for (const candidate of candidates) {
    const time = candidate.at.getTime();
    const inWindow = time < dueAt.getTime() && (now === undefined || time >= now.getTime());
    if (inWindow && !byInstant.has(time)) byInstant.set(time, candidate);
  }
  return [...byInstant.values()].sort((left, right) => left.at.getTime() - right.at.getTime());
}
