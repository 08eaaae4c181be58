import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TPlan } from '../../../../domain/plan/plan';
import { validatePlan } from '../../../../domain/plan/validate-plan';
import { closingCycles, periodClose, periodsOf } from '../../../../domain/reporting/period-close';

const seedText = readFileSync(fileURLToPath(new URL('../../../../plans/ke-hoach-135-tre-em.yaml', import.meta.url)), 'utf8');
const result = validatePlan(seedText);
if (!result.ok) throw new Error('the seed plan does not validate');
const seed = result.plan;

const withCycle = (changes: Partial<TPlan['reportingCycles'][number]>, calendar: Partial<NonNullable<TPlan['calendar']>> = {}): TPlan => ({
  ...seed,
  calendar: { ...seed.calendar!, ...calendar },
  reportingCycles: seed.reportingCycles.map((cycle) => (cycle.id === 'ANNUAL_CHILDREN_REPORT' ? { ...cycle, ...changes } : cycle)),
});

describe('when a reporting period closes', () => {
  it('closes only the cycles another cycle consolidates: the units’ annual report, not DOLISA’s own', () => {
    expect(closingCycles(seed).map((cycle) => cycle.id)).toEqual(['ANNUAL_CHILDREN_REPORT']);
    expect(periodsOf({ firstYear: 2024, lastYear: 2030, dueDays: ['12-15'] })).toEqual(['2024', '2025', '2026', '2027', '2028', '2029', '2030']);
  });

  it('2026: due Tuesday 15/12, three working days of grace to Friday 18/12, closed Monday 21/12 at 08:00', () => {
    expect(periodClose(seed, 'ANNUAL_CHILDREN_REPORT', '2026')).toEqual({
      cycle: 'ANNUAL_CHILDREN_REPORT',
      kind: 'cycle',
      period: '2026',
      dueAt: '2026-12-15T16:59:59.999Z',
      graceEndsAt: '2026-12-18T16:59:59.999Z',
      closesAt: '2026-12-21T01:00:00.000Z',
      consolidatedBy: ['CONSOLIDATED_REPORT'],
      reviewLead: null,
      indicators: seed.reportingCycles[0]!.indicators,
    });
  });

  it('counts the grace in working days of the plan’s calendar: a provincial holiday pushes the close', () => {
    const plan = withCycle({}, { extraHolidays: [{ day: '2026-12-17', reason: 'ngày lễ của tỉnh' }] });
    expect(periodClose(plan, 'ANNUAL_CHILDREN_REPORT', '2026')).toMatchObject({ graceEndsAt: '2026-12-21T16:59:59.999Z', closesAt: '2026-12-22T01:00:00.000Z' });
  });

  it('with no grace, closes the next working day; a due day on a weekend first moves to Monday', () => {
    // 15/12/2029 is a Saturday: due Monday 17/12, closed Tuesday 18/12.
    expect(periodClose(withCycle({ graceWorkingDays: 0 }), 'ANNUAL_CHILDREN_REPORT', '2029')).toMatchObject({
      dueAt: '2029-12-17T16:59:59.999Z',
      graceEndsAt: '2029-12-17T16:59:59.999Z',
      closesAt: '2029-12-18T01:00:00.000Z',
    });
  });

  it('closes a review once: reports due a month before the meeting, then the grace', () => {
    // Sơ kết on 30/11/2027: reports due 31/10, a Sunday, so Monday 1/11; grace to Thursday 4/11; closed Friday 5/11 at 08:00.
    expect(periodClose(seed, 'PRELIMINARY_REVIEW_2027', 'once')).toEqual({
      cycle: 'PRELIMINARY_REVIEW_2027',
      kind: 'review',
      period: 'once',
      dueAt: '2027-11-01T16:59:59.999Z',
      graceEndsAt: '2027-11-04T16:59:59.999Z',
      closesAt: '2027-11-05T01:00:00.000Z',
      consolidatedBy: [],
      reviewLead: 'SO_LDTBXH',
      indicators: [],
    });
    expect(() => periodClose(seed, 'PRELIMINARY_REVIEW_2027', '2027')).toThrow('PRELIMINARY_REVIEW_2027 is a review: it has one period, "once"');
  });

  it('refuses a cycle the plan does not have and a year outside the cycle, saying what there is', () => {
    expect(() => periodClose(seed, 'QUARTERLY', '2026')).toThrow('the plan has no reporting cycle or review QUARTERLY (it has: ANNUAL_CHILDREN_REPORT, CONSOLIDATED_REPORT, PRELIMINARY_REVIEW_2027, FINAL_REVIEW_2030)');
    expect(() => periodClose(seed, 'ANNUAL_CHILDREN_REPORT', '2031')).toThrow('runs from 2024 to 2030: there is no period 2031');
  });
});
