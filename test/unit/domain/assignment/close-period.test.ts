// The close of a period nobody closed: a result waiting for review counts, silence lapses.
import { describe, expect, it } from 'vitest';
import { closePeriod, decideCancel, decideSubmitResult } from '../../../../domain/assignment';
import { dolisa, education, seedSpec, startedState } from './seed-assignment';

const spec = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-12-15T16:59:59.999Z', { period: '2026', recurrence: { dueMonthDay: '12-15', lastPeriod: 2030 } });
const closingAt = new Date('2027-06-13T16:59:59.999Z');
const indicators = spec.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 7, total: 9 }));

describe('closePeriod', () => {
  it('records a period without a result as missing (lapsed), at the closing instant', () => {
    const open = startedState(spec, '2026-05-01T01:00:00Z');
    const { state, events } = closePeriod({ state: open, now: closingAt });
    expect(state.phase).toBe('lapsed');
    expect(state.completedAt).toBeNull();
    expect(events).toEqual([
      { seq: 1, at: '2027-06-13T16:59:59.999Z', action: 'period-lapsed', actor: null, details: { dueAt: '2026-12-15T16:59:59.999Z' } },
    ]);
    expect(state.recentEvents.at(-1)).toEqual(events[0]);
    // The workflow's own state is untouched until it takes the decision.
    expect(open.phase).toBe('open');
    expect(open.eventCount).toBe(0);
  });

  it('counts a result the monitor never reviewed as delivered, late as it was submitted', () => {
    const late = new Date('2027-01-20T03:00:00Z');
    const submitted = decideSubmitResult({ spec, state: startedState(spec, '2026-05-01T01:00:00Z'), now: late }, { actor: education, narrative: 'Báo cáo năm 2026', indicators }).state;
    const { state, events } = closePeriod({ state: submitted, now: closingAt });
    expect(state.phase).toBe('completed');
    // Completed when the agency delivered, not when the period closed; and not on time.
    expect(state.completedAt).toBe('2027-01-20T03:00:00.000Z');
    expect(state.lastResult?.onTime).toBe(false);
    expect(events.map((event) => [event.action, event.at, event.details])).toEqual([
      ['result-accepted-at-period-close', '2027-06-13T16:59:59.999Z', { dueAt: '2026-12-15T16:59:59.999Z' }],
    ]);
  });

  it('leaves a period that is already closed as it is', () => {
    const cancelled = decideCancel({ spec, state: startedState(spec, '2026-05-01T01:00:00Z'), now: new Date('2026-06-01T02:00:00Z') }, { actor: dolisa, reason: 'Kế hoạch được thay thế' }).state;
    const { state, events } = closePeriod({ state: cancelled, now: closingAt });
    expect(state.phase).toBe('cancelled');
    expect(events).toEqual([]);
  });
});
