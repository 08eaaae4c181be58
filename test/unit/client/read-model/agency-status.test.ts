// The figures officials report per agency, from read-model rows classified at one instant.
import { describe, expect, it } from 'vitest';
import { classifyRows, DUE_SOON_WORKING_DAYS, dueSoonUntil, selectForAttention, summariseByAgency } from '../../../../client/read-model/agency-status';
import { addDays, countWorkingDays, instantAt, localDayOf, VIETNAM_CALENDAR } from '../../../../domain/calendar';
import { at, endOf, row, rows } from './status-rows';

describe('classifyRows', () => {
  it('classifies each open or completed row with the policy, and leaves cancelled and lapsed work unclassified', () => {
    const byId = new Map(classifyRows(rows, at).map((each) => [each.id, each.classification]));
    expect(byId.get('a-overdue-10')).toMatchObject({ status: 'overdue', colour: 'red', daysOverdue: 10 });
    expect(byId.get('a-overdue-20')).toMatchObject({ status: 'overdue', daysOverdue: 20 });
    expect(byId.get('a-on-time')).toMatchObject({ status: 'completed_on_time', colour: 'green' });
    expect(byId.get('a-late')).toMatchObject({ status: 'completed_late', colour: 'orange', daysOverdue: 2 });
    expect(byId.get('b-in-term')).toMatchObject({ status: 'in_term', colour: 'blue' });
    expect(byId.get('b-due-soon')).toMatchObject({ status: 'due_soon', colour: 'yellow', workingDaysLeft: 2 });
    expect(byId.get('b-not-yet')).toMatchObject({ status: 'not_yet_due', colour: 'grey' });
    expect(byId.get('b-cancelled')).toBeNull();
    expect(byId.get('c-lapsed')).toBeNull();
    expect(byId.get('c-submitted')).toMatchObject({ status: 'in_term' });
  });

  it('counts work without a deadline as not yet due', () => {
    expect(classifyRows([row({ id: 'x', responsibleAgency: 'A', dueAt: null })], at)[0]!.classification?.status).toBe('not_yet_due');
  });

  it('reads a completion after the instant asked about as still open', () => {
    const later = row({ id: 'x', responsibleAgency: 'A', state: 'completed_on_time', dueAt: endOf('2026-12-15'), completedAt: endOf('2026-12-01') });
    expect(classifyRows([later], at)[0]!.classification?.status).toBe('in_term');
  });
});

describe('summariseByAgency', () => {
  const summary = summariseByAgency(classifyRows(rows, at), new Map([['AGENCY_A', 'Sở A']]));

  it('counts per agency: on time, late, in term (due soon included), overdue, not yet due; the share and the oldest overdue age', () => {
    const a = summary.agencies.find((each) => each.agency === 'AGENCY_A')!;
    expect(a).toMatchObject({ name: 'Sở A', total: 4, completedOnTime: 1, completedLate: 1, inTerm: 0, overdue: 2, notYetDue: 0, overdueShare: 0.5, oldestOverdueDays: 20 });
    const b = summary.agencies.find((each) => each.agency === 'AGENCY_B')!;
    expect(b).toMatchObject({ name: null, total: 3, inTerm: 2, dueSoon: 1, notYetDue: 1, overdue: 0, overdueShare: 0, oldestOverdueDays: null, cancelled: 1 });
    const c = summary.agencies.find((each) => each.agency === 'AGENCY_C')!;
    expect(c).toMatchObject({ total: 1, inTerm: 1, lapsed: 1, awaitingReview: 1 });
  });

  it('puts the highest overdue share first and totals every agency', () => {
    expect(summary.agencies.map((each) => each.agency)).toEqual(['AGENCY_A', 'AGENCY_B', 'AGENCY_C']);
    expect(summary.totals).toMatchObject({ agency: 'TOTAL', total: 8, overdue: 2, overdueShare: 0.25, oldestOverdueDays: 20, cancelled: 1, lapsed: 1, awaitingReview: 1 });
  });

  it('counts a request (đề nghị) past its due day as not yet received, apart: never overdue, never in the share or the oldest age', () => {
    const mixed = summariseByAgency(
      classifyRows(
        [
          row({ id: 'front-late', responsibleAgency: 'MTTQ_TINH', dueAt: endOf('2026-10-01'), mandate: 'request' }),
          row({ id: 'front-done', responsibleAgency: 'MTTQ_TINH', state: 'completed_late', dueAt: endOf('2026-10-01'), completedAt: new Date('2026-10-20T02:00:00Z'), mandate: 'request' }),
          row({ id: 'dept-late', responsibleAgency: 'SO_GDDT', dueAt: endOf('2026-11-20') }),
        ],
        at,
      ),
    );
    expect(mixed.agencies.find((each) => each.agency === 'MTTQ_TINH')).toMatchObject({ total: 2, overdue: 0, notYetReceived: 1, completedLate: 1, overdueShare: 0, oldestOverdueDays: null });
    expect(mixed.totals).toMatchObject({ total: 3, overdue: 1, notYetReceived: 1, overdueShare: 0.3333, oldestOverdueDays: 10 });
  });

  it('gives a zero share, not a division by zero, when nothing is counted', () => {
    const closed = summariseByAgency(classifyRows([row({ id: 'x', responsibleAgency: 'A', state: 'cancelled' })], at));
    expect(closed.agencies[0]).toMatchObject({ total: 0, overdueShare: 0, cancelled: 1 });
  });
});

describe('selectForAttention', () => {
  const classified = classifyRows(rows, at);

  it('lists overdue work oldest first', () => {
    expect(selectForAttention(classified, { overdue: true }, at).map((each) => each.id)).toEqual(['a-overdue-20', 'a-overdue-10']);
  });

  it('lists open work falling due within the window, not late or closed work', () => {
    expect(selectForAttention(classified, { dueWithinDays: 14 }, at).map((each) => each.id)).toEqual(['b-due-soon']);
    expect(selectForAttention(classified, { dueWithinDays: 31 }, at).map((each) => each.id)).toEqual(['b-due-soon', 'c-submitted']);
    expect(selectForAttention(classified, { dueWithinDays: 32 }, at).map((each) => each.id)).toEqual(['b-due-soon', 'c-submitted', 'b-in-term']);
  });

  it('combines both filters', () => {
    expect(selectForAttention(classified, { overdue: true, dueWithinDays: 14 }, at).map((each) => each.id)).toEqual(['a-overdue-20', 'a-overdue-10', 'b-due-soon']);
  });
});

describe('dueSoonUntil', () => {
  it('ends on the last day with at most five working days left, every day of 2026 (Tết and the other holidays included)', () => {
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      const at = instantAt(day, '09:30');
      const until = localDayOf(dueSoonUntil(at));
      for (let offset = 0; offset <= 30; offset += 1) {
        const due = addDays(day, offset);
        expect(due <= until, `${day} → ${due}`).toBe(countWorkingDays(day, due, VIETNAM_CALENDAR) <= DUE_SOON_WORKING_DAYS);
      }
    }
  });
});
