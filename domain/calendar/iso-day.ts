// Calendar days as ISO strings ("2026-02-17"): a day in Asia/Ho_Chi_Minh, with no time and no
// zone. Arithmetic runs on UTC midnights so that it never depends on the host's time zone.
import { z } from 'zod';

const MS_PER_DAY = 86_400_000;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type TWeekdayName = (typeof WEEKDAY_NAMES)[number];

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export const ZIsoDay = z.iso.date({ error: 'expected a calendar day written YYYY-MM-DD, e.g. 2026-02-17' });
export type TIsoDay = z.infer<typeof ZIsoDay>;

/** Throws a RangeError that names the bad value, so a caller's mistake is found where it was made. */
export function assertIsoDay(day: string, what = 'day'): void {
  // A plain check rather than ZIsoDay: it runs on every calendar step (hot in simulations), and
  // inside Temporal's workflow sandbox, where zod's ISO-date refinement refuses valid days.
  if (!isIsoDay(day)) {
    throw new RangeError(`${what} must be a calendar day written YYYY-MM-DD (e.g. 2026-02-17); received ${JSON.stringify(day)}`);
  }
}

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(day: unknown): boolean {
  const match = typeof day === 'string' ? isoDayPattern.exec(day) : null;
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const roundTrip = new Date(Date.UTC(year, month - 1, date));
  return roundTrip.getUTCFullYear() === year && roundTrip.getUTCMonth() === month - 1 && roundTrip.getUTCDate() === date;
}

/** Milliseconds of the day's UTC midnight: the common ground for day arithmetic. */
export function dayToUtcMidnight(day: string): number {
  assertIsoDay(day);
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function utcMidnightToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcMidnightToDay(dayToUtcMidnight(day) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMidnight(to) - dayToUtcMidnight(from)) / MS_PER_DAY);
}

export function weekdayOf(day: string): TWeekdayName {
  return WEEKDAY_NAMES[new Date(dayToUtcMidnight(day)).getUTCDay()]!;
}

export function isWeekend(day: string): boolean {
  const weekday = weekdayOf(day);
  return weekday === 'Saturday' || weekday === 'Sunday';
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** Every day from `from` to `to`, both included. */
export function listDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
