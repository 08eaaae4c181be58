// Generated days 1900–2100 through the calendar (fast-check, 1,000 cases a property): a deadline
// or a working-day step is always a working day on the right side of its input, and counting
// agrees with stepping. A string that is not a day is refused with a RangeError that names it,
// the calendar's documented error: never a TypeError, never a wrong day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  computeDeadline,
  countWorkingDays,
  effectiveDeadline,
  endOfLocalDay,
  isWorkingDay,
  localDayOf,
  nextReminderSlot,
  nextWorkingDay,
  previousWorkingDay,
  VIETNAM_CALENDAR,
  workingDayOnOrAfter,
} from '../../../domain/calendar';

const runs = { numRuns: 1_000 };
const calendar = VIETNAM_CALENDAR;
const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2100, 11, 31);

/** Any day from 1 January 1900 to 31 December 2100, as YYYY-MM-DD. */
const anyDay = fc.integer({ min: 0, max: Math.round((LAST - FIRST) / 86_400_000) }).map((offset) => new Date(FIRST + offset * 86_400_000).toISOString().slice(0, 10));
const working = (day: string) => isWorkingDay(day, calendar).working;

/** No working day strictly between two days (the step skipped nothing). */
function noWorkingDayBetween(from: string, to: string): boolean {
  for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) if (working(day)) return false;
  return true;
}

describe('calendar properties over any day 1900–2100', () => {
  it('an effective deadline is a working day, not before the day given, with no working day skipped, ending at the end of that local day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const deadline = effectiveDeadline(day, calendar);
        expect(deadline.day >= day).toBe(true);
        expect(working(deadline.day)).toBe(true);
        expect(deadline.moved).toBe(!working(day));
        expect(noWorkingDayBetween(day, deadline.day)).toBe(true);
        expect(localDayOf(deadline.dueAt)).toBe(deadline.day);
        expect(deadline.dueAt.getTime()).toBe(endOfLocalDay(deadline.day).getTime());
      }),
      runs,
    );
  });

  it('the next and previous working days are working days on the right side, the nearest ones', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const next = nextWorkingDay(day, calendar);
        const previous = previousWorkingDay(day, calendar);
        const onOrAfter = workingDayOnOrAfter(day, calendar);
        expect(next > day && working(next) && noWorkingDayBetween(day, next)).toBe(true);
        expect(previous < day && working(previous) && noWorkingDayBetween(previous, day)).toBe(true);
        expect(onOrAfter).toBe(working(day) ? day : next);
      }),
      runs,
    );
  });

  it('adding N working days lands on a working day N working days away, and counting gives N back', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), (day, count) => {
        const result = addWorkingDays(day, count, calendar);
        if (count === 0) {
          expect(result).toBe(day);
          return;
        }
        expect(working(result)).toBe(true);
        expect(count > 0 ? result > day : result < day).toBe(true);
        expect(countWorkingDays(day, result, calendar)).toBe(count > 0 || working(day) ? count : count + 1);
      }),
      runs,
    );
  });

  it('counting working days is additive and changes sign with the order of its days', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (a, b, c) => {
        expect(countWorkingDays(a, b, calendar) + countWorkingDays(b, a, calendar)).toBe(0);
        expect(countWorkingDays(a, b, calendar) + countWorkingDays(b, c, calendar)).toBe(countWorkingDays(a, c, calendar));
      }),
      runs,
    );
  });

  it('a period deadline is the end of a working day on or after the period’s last day, which is after its start', () => {
    const rule = fc.record({
      excludeFirstDay: fc.boolean(),
      rollForward: fc.constantFrom('next-working-day' as const, 'none' as const),
      dayCount: fc.constantFrom('calendar' as const, 'working' as const),
    });
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 400 }), rule, (start, periodDays, each) => {
        const deadline = computeDeadline(start, periodDays, each, calendar);
        expect(deadline.lastDayOfPeriod >= start).toBe(true);
        expect(deadline.day >= deadline.lastDayOfPeriod).toBe(true);
        if (each.rollForward === 'next-working-day' || each.dayCount === 'working') expect(working(deadline.day)).toBe(true);
        expect(deadline.rolledForward).toBe(deadline.day !== deadline.lastDayOfPeriod);
        expect(localDayOf(deadline.dueAt)).toBe(deadline.day);
      }),
      runs,
    );
  });

  it('a reminder slot is at the reminder time of a working day, never before the instant asked about', () => {
    const instant = fc.integer({ min: FIRST, max: LAST }).map((ms) => new Date(ms));
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    fc.assert(
      fc.property(instant, time, (at, reminderTime) => {
        const slot = nextReminderSlot(at, { time: reminderTime, calendar });
        expect(slot.getTime() >= at.getTime()).toBe(true);
        expect(working(localDayOf(slot))).toBe(true);
        // dondoc reads every instant at UTC+7 (domain/calendar/local-time.ts), before 1975 too.
        expect(new Date(slot.getTime() + 7 * 3_600_000).toISOString().slice(11, 16)).toBe(reminderTime);
      }),
      runs,
    );
  });

  it('a text that is not a day is refused with a RangeError naming it, never a TypeError or an answer', () => {
    const notADay = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    ).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(new Date(`${text}T00:00:00Z`).getTime()) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text);
    fc.assert(
      fc.property(notADay, fc.constantFrom(effectiveDeadline, nextWorkingDay, previousWorkingDay, workingDayOnOrAfter), (text, step) => {
        expect(() => step(text, calendar)).toThrow(RangeError);
        expect(() => step(text, calendar)).toThrow(/must be a calendar day written YYYY-MM-DD/);
      }),
      runs,
    );
  });
});
