import { describe, expect, it } from 'vitest';
import { buildAssignmentSpecs, parsePeriodLabel, periodLabel, periodLabels } from '../../../../domain/plan-assignments';
import { periodClose, periodDueDay, periodFiredOn, periodsOf } from '../../../../domain/reporting/period-close';
import { periodStartsAt } from '../../../../domain/reporting/period-start';
import { loadSeedPlan } from '../../../helpers/assignment-fixtures';

describe('periods of work due several times a year', () => {
  it('names a year once a year, halves, quarters and months otherwise, and reads the names back', () => {
    expect(periodLabels(2026, 2027, 1)).toEqual(['2026', '2027']);
    expect(periodLabels(2026, 2026, 2)).toEqual(['2026-H1', '2026-H2']);
    expect(periodLabels(2026, 2026, 4)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodLabel(2026, 4, 12)).toBe('2026-M05');
    expect(periodLabel(2026, 2, 3)).toBe('2026-P3');
    expect(parsePeriodLabel('2026-Q3', 4)).toEqual({ year: 2026, index: 2 });
    expect(parsePeriodLabel('2026-M05', 12)).toEqual({ year: 2026, index: 4 });
    expect(parsePeriodLabel('2026', 1)).toEqual({ year: 2026, index: 0 });
    // A name that belongs to another count of periods is not one of these.
    expect(parsePeriodLabel('2026-H3', 2)).toBeNull();
    expect(parsePeriodLabel('2026-Q1', 2)).toBeNull();
    expect(parsePeriodLabel('2026', 2)).toBeNull();
    expect(parsePeriodLabel('once', 1)).toBeNull();
  });

  it('starts a semi-annual cycle at the next half due after the plan is read, and chases both halves', () => {
    const seed = loadSeedPlan();
    const plan = { ...seed, reportingCycles: seed.reportingCycles.map((cycle) => (cycle.id === 'ANNUAL_CHILDREN_REPORT' ? { ...cycle, frequency: 'semi_annual' as const, dueDays: ['12-15', '06-15'] } : cycle)) };
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh', asOfDay: '2026-07-01', reportGrouping: 'per_task' });
    const report = specs.find((spec) => spec.taskRef === 'ANNUAL_CHILDREN_REPORT' && spec.assigneeAsWritten === 'SO_GDDT')!;
    expect(report).toMatchObject({ period: '2026-H2', dueAt: '2026-12-15T16:59:59.999Z', recurrence: { dueMonthDay: '12-15', dueMonthDays: ['06-15', '12-15'], lastPeriod: 2030 } });
    // Annual work keeps its plain shape: one due day, the year as the period.
    expect(specs.find((spec) => spec.taskRef === 'CONSOLIDATED_REPORT')!.recurrence).toEqual({ dueMonthDay: '12-25', lastPeriod: 2030 });

    const cycle = plan.reportingCycles.find((each) => each.id === 'ANNUAL_CHILDREN_REPORT')!;
    expect(periodsOf(cycle).slice(0, 3)).toEqual(['2024-H1', '2024-H2', '2025-H1']);
    expect(periodDueDay(cycle, '2027-H1')).toBe('2027-06-15');
    expect(periodDueDay(cycle, '2027')).toBeNull();
    // A schedule firing on a due day closes that half; fired late or by hand, the latest one due.
    expect(periodFiredOn(cycle, '2027-06-15')).toBe('2027-H1');
    expect(periodFiredOn(cycle, '2027-06-20')).toBe('2027-H1');
    expect(periodFiredOn(cycle, '2027-06-14')).toBe('2026-H2');
    expect(periodFiredOn(cycle, '2024-01-01')).toBeNull();
    // 15/6/2027 is a Tuesday: three working days of grace to Friday 18/6, closed Monday 21/6 at 08:00.
    expect(periodClose(plan, 'ANNUAL_CHILDREN_REPORT', '2027-H1')).toMatchObject({ dueAt: '2027-06-15T16:59:59.999Z', closesAt: '2027-06-21T01:00:00.000Z' });
    expect(() => periodClose(plan, 'ANNUAL_CHILDREN_REPORT', '2027')).toThrow('there is no period 2027 (its periods are 2024-H1 … 2030-H2)');
  });

  it('opens a half, quarter or month on the first day of its first month', () => {
    expect(periodStartsAt({ period: '2026-H2' })?.toISOString()).toBe('2026-06-30T17:00:00.000Z');
    expect(periodStartsAt({ period: '2026-Q2' })?.toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(periodStartsAt({ period: '2026-M11' })?.toISOString()).toBe('2026-10-31T17:00:00.000Z');
  });
});
