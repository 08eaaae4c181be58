// Periods of recurring work that closed before the current one: read from the audit log,
// because the read-model row has already moved on to the next period.
import { describe, expect, it } from 'vitest';
import { classifyRows, summariseByAgency } from '../../../client/read-model/agency-status';
import { closedPeriodsOf, type TClosingRecord } from '../../../data/closed-periods';
import { classifyClosedPeriods } from '../../../client/read-model/agency-status';
import { at, row } from '../client/read-model/status-rows';

const closing = (subjectId: string, action: string, payload: Record<string, unknown>, iso = '2025-12-20T02:00:00Z'): TClosingRecord => ({
  subjectId,
  action,
  occurredAt: new Date(iso),
  payload,
});

const records = [
  closing('report', 'result-submitted', { period: '2024', onTime: true }),
  closing('report', 'result-accepted', { period: '2024', onTime: true, note: null }),
  closing('report', 'result-submitted', { period: '2025', onTime: false }),
  closing('report', 'result-accepted-at-period-close', { period: '2025', dueAt: '2025-12-15T16:59:59.999Z' }),
  closing('task', 'period-lapsed', { period: '2025', dueAt: '2025-12-15T16:59:59.999Z' }),
  closing('once', 'result-submitted', { period: 'once', onTime: true }),
  closing('once', 'result-accepted', { period: 'once', onTime: true }),
];

describe('closedPeriodsOf', () => {
  it('says how each period ended: accepted on time or late, accepted at the period close (as last submitted), or lapsed', () => {
    expect(closedPeriodsOf(records).map(({ assignmentId, period, outcome }) => [assignmentId, period, outcome])).toEqual([
      ['report', '2024', 'completed_on_time'],
      ['report', '2025', 'completed_late'],
      ['task', '2025', 'lapsed'],
      ['once', 'once', 'completed_on_time'],
    ]);
  });
});

describe('classifyClosedPeriods', () => {
  const current = [
    row({ id: 'report', responsibleAgency: 'AGENCY_A', period: '2026' }),
    row({ id: 'task', responsibleAgency: 'AGENCY_B', period: '2026' }),
    row({ id: 'once', responsibleAgency: 'AGENCY_B', period: 'once', state: 'completed_on_time', completedAt: new Date('2025-12-20T02:00:00Z') }),
  ];
  const closed = classifyClosedPeriods(current, closedPeriodsOf(records));

  it('adds one row per earlier period, under the agency answering today, and none for the period the read model still shows', () => {
    expect(closed.map(({ id, period, state, responsibleAgency }) => [id, period, state, responsibleAgency])).toEqual([
      ['report', '2024', 'completed_on_time', 'AGENCY_A'],
      ['report', '2025', 'completed_late', 'AGENCY_A'],
      ['task', '2025', 'lapsed', 'AGENCY_B'],
    ]);
  });

  it('counts them with the current periods: completed on time and late, lapsed apart', () => {
    const summary = summariseByAgency([...classifyRows(current, at), ...closed]);
    expect(summary.agencies.find((each) => each.agency === 'AGENCY_A')).toMatchObject({ total: 3, completedOnTime: 1, completedLate: 1, inTerm: 1 });
    expect(summary.agencies.find((each) => each.agency === 'AGENCY_B')).toMatchObject({ total: 2, completedOnTime: 1, inTerm: 1, lapsed: 1 });
  });
});
