// When an unanswered period of recurring work closes as missing: 180 days after an annual
// deadline, two weeks before the next deadline for work due several times a year.
import { describe, expect, it } from 'vitest';
import { computeClosingInstant } from '../../../../domain/assignment';
import { formatLocalInstant } from '../../../../domain/calendar';
import { educationTask, seedSpec } from './seed-assignment';

const closesAt = (spec: Parameters<typeof computeClosingInstant>[0]['spec']) => {
  const instant = computeClosingInstant({ spec });
  return instant && formatLocalInstant(instant);
};

describe('computeClosingInstant', () => {
  it('closes an annual period half a year (180 days) after its deadline', () => {
    const spec = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-12-15T16:59:59.999Z', { period: '2026', recurrence: { dueMonthDay: '12-15', lastPeriod: 2030 } });
    // 15/12/2026 + 180 days = 13/6/2027, at the same local time: the end of the day.
    expect(closesAt(spec)).toBe('2027-06-13T23:59:59.999+07:00');
  });

  it('closes the last annual period the same way, though no period follows it', () => {
    const spec = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2030-12-16T16:59:59.999Z', { period: '2030', recurrence: { dueMonthDay: '12-15', lastPeriod: 2030 } });
    expect(closesAt(spec)).toBe('2031-06-14T23:59:59.999+07:00');
  });

  it('closes a half-year period two weeks before the next half’s deadline', () => {
    const recurrence = { dueMonthDays: ['06-15', '12-15'], lastPeriod: 2030 };
    const firstHalf = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-06-15T16:59:59.999Z', { period: '2026-H1', recurrence: { ...recurrence, dueMonthDay: '06-15' } });
    // The second half is due 15/12/2026: two weeks earlier is 1/12, well before 180 days (12/12).
    expect(closesAt(firstHalf)).toBe('2026-12-01T23:59:59.999+07:00');
    const secondHalf = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-12-15T16:59:59.999Z', { period: '2026-H2', recurrence: { ...recurrence, dueMonthDay: '12-15' } });
    expect(closesAt(secondHalf)).toBe('2027-06-01T23:59:59.999+07:00');
  });

  it('keeps the 180-day bound when the next deadline of the year is far away', () => {
    const spec = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-01-15T16:59:59.999Z', {
      period: '2026-H1',
      recurrence: { dueMonthDay: '01-15', dueMonthDays: ['01-15', '12-15'], lastPeriod: 2030 },
    });
    // 180 days after 15/1 is 14/7/2026, long before 1/12 (two weeks before the second deadline).
    expect(closesAt(spec)).toBe('2026-07-14T23:59:59.999+07:00');
  });

  it('never closes one-off work: it is chased until it is done or cancelled', () => {
    expect(computeClosingInstant({ spec: educationTask() })).toBeNull();
  });
});
