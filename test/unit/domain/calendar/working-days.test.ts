// Stepping through working days across Tết, swaps and make-up Saturdays.
import { describe, expect, it } from 'vitest';
import {
  VIETNAM_CALENDAR,
  addWorkingDays,
  buildCalendar,
  countWorkingDays,
  listDays,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrAfter,
} from '../../../../domain/calendar';

const calendar = VIETNAM_CALENDAR;

describe('nextWorkingDay', () => {
  it.each([
    ['2026-03-10', '2026-03-11', 'an ordinary Tuesday'],
    ['2026-03-13', '2026-03-16', 'Friday to Monday'],
    ['2026-02-13', '2026-02-23', 'the Friday before Tết 2026 to the Monday after it'],
    ['2026-01-09', '2026-01-10', 'Friday to the make-up Saturday 10/1/2026'],
    ['2026-04-24', '2026-04-28', 'over Hùng Kings (Sunday) and its Monday compensation'],
    ['2024-12-31', '2025-01-02', 'over New Year 2025 (Wednesday)'],
  ])('%s -> %s (%s)', (day, expected) => {
    expect(nextWorkingDay(day, calendar)).toBe(expected);
  });
});

describe('workingDayOnOrAfter and previousWorkingDay', () => {
  it('keeps a working day and moves a holiday forward', () => {
    expect(workingDayOnOrAfter('2026-03-10', calendar)).toBe('2026-03-10');
    expect(workingDayOnOrAfter('2026-02-17', calendar)).toBe('2026-02-23');
  });

  it('steps back over Tết', () => {
    expect(previousWorkingDay('2026-02-23', calendar)).toBe('2026-02-13');
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-12', 2, '2026-02-23'],
    ['2026-02-24', -3, '2026-02-12'],
    ['2025-04-25', 1, '2025-04-26'],
    ['2025-04-29', 1, '2025-05-05'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-10', 10, '2026-03-24'],
  ])('%s %+i working days = %s', (day, count, expected) => {
    expect(addWorkingDays(day, count, calendar)).toBe(expected);
  });

  it('names the bad argument', () => {
    expect(() => addWorkingDays('2026-2-3', 1, calendar)).toThrow('day must be a calendar day written YYYY-MM-DD (e.g. 2026-02-17); received "2026-2-3"');
    expect(() => addWorkingDays('2026-02-03', 1.5, calendar)).toThrow(/whole number of working days; received 1.5/);
  });

  it('stops with a clear error when a plan marks two months off', () => {
    const allOff = buildCalendar({ extraHolidays: listDays('2026-03-01', '2026-05-31').map((day) => ({ day, reason: 'test' })) });
    expect(() => nextWorkingDay('2026-03-01', allOff)).toThrow("no working day within 60 days of 2026-03-02: check the plan's extraHolidays");
  });
});

describe('countWorkingDays', () => {
  it('counts the days after the first up to the second, across Tết 2026', () => {
    expect(countWorkingDays('2026-02-13', '2026-02-27', calendar)).toBe(5);
    expect(countWorkingDays('2026-02-27', '2026-02-13', calendar)).toBe(-5);
    expect(countWorkingDays('2026-03-10', '2026-03-10', calendar)).toBe(0);
  });

  it('counts a make-up Saturday', () => {
    expect(countWorkingDays('2026-01-09', '2026-01-12', calendar)).toBe(2);
  });

  it('gives the count a day-by-day walk gives, for pairs years apart and on a plan calendar with its own holidays', () => {
    const walk = (from: string, to: string, on: typeof calendar) => {
      const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
      let count = 0;
      for (const day of listDays(start, end).slice(1)) if (workingDayOnOrAfter(day, on) === day) count += 1;
      return sign * count;
    };
    const planCalendar = buildCalendar({ extraHolidays: [{ day: '2027-04-20', reason: 'Ngày thành lập tỉnh' }], extraWorkingDays: [{ day: '2027-05-01', reason: 'làm bù' }] });
    // A fixed spread of days from 2023 to 2031, in both orders: the cached counts extend both ways.
    const days = Array.from({ length: 24 }, (_, index) => new Date(Date.UTC(2023, 0, 1) + index * 137 * 86_400_000).toISOString().slice(0, 10));
    for (const on of [calendar, planCalendar]) {
      for (const [index, from] of days.entries()) {
        const to = days[(index * 7 + 5) % days.length]!;
        expect(countWorkingDays(from, to, on), `${from} → ${to}`).toBe(walk(from, to, on));
      }
    }
    expect(countWorkingDays('2027-04-19', '2027-04-21', planCalendar)).toBe(countWorkingDays('2027-04-19', '2027-04-21', calendar) - 1);
  });
});
