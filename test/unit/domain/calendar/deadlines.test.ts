// Deadlines (Civil Code 2015 Art. 147–148), effective due dates and reminder slots on real dates.
import { describe, expect, it } from 'vitest';
import {
  CIVIL_CODE_DEADLINE_RULE,
  VIETNAM_CALENDAR,
  computeDeadline,
  effectiveDeadline,
  endOfLocalDay,
  formatLocalInstant,
  localDayOf,
  nextReminderSlot,
} from '../../../../domain/calendar';

const calendar = VIETNAM_CALENDAR;

describe('computeDeadline with the Civil Code rule', () => {
  it('does not count the first day: 30 days from 25/3/2024 ends on Wednesday 24/4/2024', () => {
    const deadline = computeDeadline('2024-03-25', 30, CIVIL_CODE_DEADLINE_RULE, calendar);
    expect(deadline).toMatchObject({ lastDayOfPeriod: '2024-04-24', day: '2024-04-24', rolledForward: false });
    expect(formatLocalInstant(deadline.dueAt)).toBe('2024-04-24T23:59:59.999+07:00');
    expect(deadline.dueAt.toISOString()).toBe('2024-04-24T16:59:59.999Z');
  });

  it.each([
    ['2026-02-28', 7, '2026-03-07', '2026-03-09', 'Saturday', 'a Saturday moves to Monday'],
    ['2026-04-18', 7, '2026-04-25', '2026-04-28', 'Saturday', 'a Saturday moves past the Hùng Kings Monday to Tuesday'],
    ['2026-08-22', 7, '2026-08-29', '2026-09-03', 'Quốc khánh (National Day)', 'a Saturday in the 2026 National Day break moves to Thursday 3/9'],
    ['2026-01-15', 30, '2026-02-14', '2026-02-23', 'Tết Nguyên Đán (Lunar New Year)', 'a last day in Tết moves to the Monday after it'],
  ])('%s + %i days: last day %s, deadline %s (%s: %s)', (start, period, lastDay, day, because) => {
    const deadline = computeDeadline(start, period, {}, calendar);
    expect(deadline).toMatchObject({ lastDayOfPeriod: lastDay, day, rolledForward: true, rolledForwardBecause: because });
    expect(deadline.dueAt).toEqual(endOfLocalDay(day));
  });

  it('keeps a make-up Saturday as the last day: it is a working day', () => {
    expect(computeDeadline('2025-04-19', 7, {}, calendar)).toMatchObject({ day: '2025-04-26', rolledForward: false });
  });
});

describe('computeDeadline with a plan rule', () => {
  it('rollForward none keeps a Saturday', () => {
    expect(computeDeadline('2026-02-28', 7, { rollForward: 'none' }, calendar)).toMatchObject({ day: '2026-03-07', rolledForward: false });
  });

  it('excludeFirstDay false counts the start day as day one', () => {
    expect(computeDeadline('2024-03-25', 30, { excludeFirstDay: false }, calendar).day).toBe('2024-04-23');
  });

  it('counts working days across Tết: 5 working days from Thursday 12/2/2026 end on Thursday 26/2', () => {
    expect(computeDeadline('2026-02-12', 5, { dayCount: 'working' }, calendar).day).toBe('2026-02-26');
    expect(computeDeadline('2026-02-12', 5, { dayCount: 'working', excludeFirstDay: false }, calendar).day).toBe('2026-02-25');
  });

  it('refuses an empty period', () => {
    expect(() => computeDeadline('2026-02-12', 0, {}, calendar)).toThrow('periodDays must be a whole number of days, at least 1; received 0');
  });
});

describe('effectiveDeadline', () => {
  it.each([
    ['2026-03-10', '2026-03-10', false, 'a working Tuesday stays', '2026-03-10T16:59:59.999Z'],
    ['2026-03-07', '2026-03-09', true, 'Saturday moves to Monday', '2026-03-09T16:59:59.999Z'],
    ['2026-04-25', '2026-04-28', true, 'Saturday before the Hùng Kings Monday moves to Tuesday', '2026-04-28T16:59:59.999Z'],
    ['2026-02-14', '2026-02-23', true, 'the first day of Tết 2026 moves to Monday 23/2', '2026-02-23T16:59:59.999Z'],
    ['2025-04-26', '2025-04-26', false, 'the make-up Saturday 26/4/2025 stays', '2025-04-26T16:59:59.999Z'],
  ])('%s -> %s (moved: %s; %s)', (given, day, moved, _why, dueAt) => {
    const deadline = effectiveDeadline(given, calendar);
    expect(deadline).toMatchObject({ given, day, moved });
    expect(deadline.dueAt.toISOString()).toBe(dueAt);
  });

  it('says why the given day was not a working day', () => {
    expect(effectiveDeadline('2026-09-01', calendar).reason).toBe('Quốc khánh (National Day)');
  });
});

describe('nextReminderSlot at 08:00', () => {
  const slot = (local: string) => formatLocalInstant(nextReminderSlot(new Date(local), { time: '08:00', calendar }));

  it.each([
    ['2026-03-10T07:00:00+07:00', '2026-03-10T08:00:00.000+07:00', 'before 08:00 on a working day: the same morning'],
    ['2026-03-10T08:00:00+07:00', '2026-03-10T08:00:00.000+07:00', 'exactly 08:00: now'],
    ['2026-03-10T08:00:01+07:00', '2026-03-11T08:00:00.000+07:00', 'just after 08:00: tomorrow'],
    ['2026-03-13T15:00:00+07:00', '2026-03-16T08:00:00.000+07:00', 'Friday afternoon: Monday'],
    ['2026-02-13T09:00:00+07:00', '2026-02-23T08:00:00.000+07:00', 'the Friday before Tết: after Tết'],
    ['2026-01-09T10:00:00+07:00', '2026-01-10T08:00:00.000+07:00', 'Friday: the make-up Saturday'],
    ['2026-03-09T20:00:00Z', '2026-03-10T08:00:00.000+07:00', '20:00 UTC Monday is 03:00 Tuesday in Hà Nội'],
  ])('%s -> %s (%s)', (instant, expected) => {
    expect(slot(instant)).toBe(expected);
  });

  it('reads local days in UTC+7, not in UTC', () => {
    expect(localDayOf(new Date('2026-03-09T17:00:00Z'))).toBe('2026-03-10');
    expect(localDayOf(new Date('2026-03-09T16:59:59.999Z'))).toBe('2026-03-09');
  });
});
