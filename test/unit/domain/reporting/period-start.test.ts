// When a period's work opens: before it, the assignment is not yet due.
import { describe, expect, it } from 'vitest';
import { periodStartsAt } from '../../../../domain/reporting/period-start';

const annualData = { startMonthDay: '12-15', startsPreviousYear: true, endMonthDay: '12-14' };

describe('periodStartsAt', () => {
  it("opens an annual report's period with its data period: 15/12 of the previous year, 00:00 in Hà Nội", () => {
    expect(periodStartsAt({ period: '2027', dataPeriod: annualData, planStartDay: '2024-05-15' })?.toISOString()).toBe('2026-12-14T17:00:00.000Z');
  });

  it('opens a yearly period without a data period on 1 January', () => {
    expect(periodStartsAt({ period: '2027', planStartDay: '2024-05-15' })?.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('never opens before the plan starts', () => {
    expect(periodStartsAt({ period: '2024', dataPeriod: annualData, planStartDay: '2024-05-15' })?.toISOString()).toBe('2024-05-14T17:00:00.000Z');
  });

  it('opens one-off work with the plan, or at no known time', () => {
    expect(periodStartsAt({ period: 'once', planStartDay: '2024-05-15' })?.toISOString()).toBe('2024-05-14T17:00:00.000Z');
    expect(periodStartsAt({ period: 'once' })).toBeNull();
  });
});
