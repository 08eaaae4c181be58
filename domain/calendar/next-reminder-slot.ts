// When a notice may go out: office hours, working days, never a holiday.
import { type TCalendar } from './build-calendar';
import { addDays } from './iso-day';
import { assertInstant, instantAt, localDayOf } from './local-time';
import { workingDayOnOrAfter } from './working-days';

export interface TNextReminderSlotOptions {
  /** Local time of day, HH:MM (the plan's reminderTime, 08:00 by default). */
  time: string;
  calendar: TCalendar;
}

/** The first instant at `time` local, on a working day, at or after `instant`. */
export function nextReminderSlot(instant: Date, { time, calendar }: TNextReminderSlotOptions): Date {
  assertInstant(instant);
  const today = workingDayOnOrAfter(localDayOf(instant), calendar);
  const slot = instantAt(today, time);
  return slot.getTime() >= instant.getTime() ? slot : instantAt(workingDayOnOrAfter(addDays(today, 1), calendar), time);
}
