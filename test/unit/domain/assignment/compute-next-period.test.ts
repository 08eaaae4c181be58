// The next period of recurring work: its name, its deadline (off weekends and holidays), and the
// end of the plan.
import { describe, expect, it } from 'vitest';
import { computeNextPeriod } from '../../../../domain/assignment';
import { formatLocalInstant } from '../../../../domain/calendar';
import { educationTask, seedSpec } from './seed-assignment';

const annualReport = (period: string, dueAt: string, lastPeriod = 2030) =>
  seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', dueAt, { period, recurrence: { dueMonthDay: '12-15', lastPeriod } });
const halfYearReport = (period: string, dueAt: string, lastPeriod = 2030) =>
  seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', dueAt, { period, recurrence: { dueMonthDay: '06-15', dueMonthDays: ['06-15', '12-15'], lastPeriod } });

describe('computeNextPeriod', () => {
  it('follows an annual report with next year’s, due 15/12 at the end of the day', () => {
    const next = computeNextPeriod(annualReport('2026', '2026-12-15T16:59:59.999Z'));
    expect(next?.period).toBe('2027');
    expect(formatLocalInstant(new Date(next!.dueAt))).toBe('2027-12-15T23:59:59.999+07:00');
  });

  it('moves the next deadline off a Sunday to the end of Monday', () => {
    // 15/12/2024 is a Sunday.
    const next = computeNextPeriod(annualReport('2023', '2023-12-15T16:59:59.999Z'));
    expect(next?.period).toBe('2024');
    expect(formatLocalInstant(new Date(next!.dueAt))).toBe('2024-12-16T23:59:59.999+07:00');
  });

  it('runs half-year periods 2026-H1 → 2026-H2 → 2027-H1, each due on its own day', () => {
    const second = computeNextPeriod(halfYearReport('2026-H1', '2026-06-15T16:59:59.999Z'));
    expect(second).toMatchObject({ period: '2026-H2', dueAt: '2026-12-15T16:59:59.999Z', recurrence: { dueMonthDay: '12-15' } });
    const third = computeNextPeriod(second!);
    expect(third).toMatchObject({ period: '2027-H1', dueAt: '2027-06-15T16:59:59.999Z', recurrence: { dueMonthDay: '06-15' } });
  });

  it('goes from the last quarter of a year to the first of the next', () => {
    const quarterly = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-12-31T16:59:59.999Z', {
      period: '2026-Q4',
      recurrence: { dueMonthDay: '12-31', dueMonthDays: ['03-31', '06-30', '09-30', '12-31'], lastPeriod: 2030 },
    });
    expect(computeNextPeriod(quarterly)).toMatchObject({ period: '2027-Q1', dueAt: '2027-03-31T16:59:59.999Z' });
  });

  it('ends with the plan’s last period', () => {
    expect(computeNextPeriod(annualReport('2030', '2030-12-16T16:59:59.999Z', 2030))).toBeNull();
    expect(computeNextPeriod(halfYearReport('2030-H2', '2030-12-16T16:59:59.999Z', 2030))).toBeNull();
    // The first half of the last year still has its second half.
    expect(computeNextPeriod(halfYearReport('2030-H1', '2030-06-17T16:59:59.999Z', 2030))?.period).toBe('2030-H2');
  });

  it('has nothing after one-off work or a period name the cycle does not have', () => {
    expect(computeNextPeriod(educationTask())).toBeNull();
    expect(computeNextPeriod(halfYearReport('2026', '2026-06-15T16:59:59.999Z'))).toBeNull();
  });

  it('keeps who answers and the chasing policy of the period it follows', () => {
    const current = annualReport('2026', '2026-12-15T16:59:59.999Z');
    const next = computeNextPeriod(current)!;
    expect(next).toMatchObject({
      assignmentId: current.assignmentId,
      responsibleAgency: 'SO_GDDT',
      monitoringAgency: 'SO_LDTBXH',
      reminderOffsetsInWorkingDays: [7, 3, 1],
      requiredIndicators: current.requiredIndicators,
    });
  });
});
