// Instants (UTC) <-> local days and clock times in Asia/Ho_Chi_Minh.
// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for any
// date this system handles, and it spares the workflow sandbox any dependence on the host's
// Intl time-zone data.
import { z } from 'zod';
import { dayToUtcMidnight, utcMidnightToDay } from './iso-day';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const UTC_OFFSET_LABEL = '+07:00';
const OFFSET_MS = 7 * 3_600_000;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A local clock time written HH:MM (24-hour), e.g. "08:00". */
export const ZLocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a local time written HH:MM (24-hour), e.g. 08:00' });
export type TLocalTime = z.infer<typeof ZLocalTime>;

export function assertInstant(instant: Date, what = 'instant'): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${what} must be a valid Date; received ${String(instant)}`);
  }
}

/** The local calendar day an instant falls on. */
export function localDayOf(instant: Date): string {
  assertInstant(instant);
  return utcMidnightToDay(instant.getTime() + OFFSET_MS);
}

export function minutesOfLocalTime(time: string): number {
  const parsed = ZLocalTime.safeParse(time);
  if (!parsed.success) throw new RangeError(`time must be written HH:MM (24-hour), e.g. 08:00; received ${JSON.stringify(time)}`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The instant of a local clock time on a local day. */
export function instantAt(day: string, time: string): Date {
  return new Date(dayToUtcMidnight(day) - OFFSET_MS + minutesOfLocalTime(time) * MS_PER_MINUTE);
}

/**
 * The last representable instant of a local day (23:59:59.999). Civil Code 2015 Art. 148(6) ends
 * a day "at twenty-four hours"; the millisecond before midnight keeps the deadline on its own day.
 */
export function endOfLocalDay(day: string): Date {
  return new Date(dayToUtcMidnight(day) - OFFSET_MS + MS_PER_DAY - 1);
}

/**
 * The instant `days` whole days after `instant` (before it when negative). With no daylight
 * saving a local day is always 24 hours, so this keeps the local clock time.
 */
export function addDaysToInstant(instant: Date, days: number): Date {
  assertInstant(instant);
  return new Date(instant.getTime() + days * MS_PER_DAY);
}

/** "2026-02-23T23:59:59.999+07:00": the instant as a Vietnamese official would read it. */
export function formatLocalInstant(instant: Date): string {
  assertInstant(instant);
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 23)}${UTC_OFFSET_LABEL}`;
}
