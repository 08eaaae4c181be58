// Every status and colour on real dates, including a deadline moved by an approved extension.
import { describe, expect, it } from 'vitest';
import { VIETNAM_CALENDAR, effectiveDeadline } from '../../../../domain/calendar';
import { classifyAssignment, type TClassifyAssignmentOptions } from '../../../../domain/policy';

const calendar = VIETNAM_CALENDAR;
// Due at the end of Friday 13/3/2026.
const dueAt = effectiveDeadline('2026-03-13', calendar).dueAt;

function classify(at: string, options: Partial<TClassifyAssignmentOptions> = {}) {
  return classifyAssignment({ dueAt, at: new Date(at), dueSoonWorkingDays: 3, calendar, ...options });
}

describe('classifyAssignment', () => {
  it.each([
    ['2026-03-02T10:00:00+07:00', { status: 'in_term', colour: 'blue', daysLeft: 11, workingDaysLeft: 9 }],
    ['2026-03-10T10:00:00+07:00', { status: 'due_soon', colour: 'yellow', daysLeft: 3, workingDaysLeft: 3 }],
    ['2026-03-13T16:00:00+07:00', { status: 'due_soon', colour: 'yellow', daysLeft: 0, workingDaysLeft: 0 }],
    ['2026-03-14T00:00:00+07:00', { status: 'overdue', colour: 'red', daysOverdue: 1 }],
    ['2026-03-23T09:00:00+07:00', { status: 'overdue', colour: 'red', daysOverdue: 10 }],
  ])('open at %s: %o', (at, expected) => {
    expect(classify(at)).toEqual(expected);
  });

  it('calls a request (đề nghị) past its day not yet received (purple), never overdue; in term and completed as any work', () => {
    expect(classify('2026-03-23T09:00:00+07:00', { mandate: 'request' })).toEqual({ status: 'not_yet_received', colour: 'purple', daysOverdue: 10 });
    expect(classify('2026-03-10T10:00:00+07:00', { mandate: 'request' })).toMatchObject({ status: 'due_soon', colour: 'yellow' });
    expect(classify('2026-04-01T00:00:00+07:00', { mandate: 'request', completedAt: new Date('2026-03-20T10:00:00+07:00') })).toMatchObject({ status: 'completed_late', colour: 'orange' });
  });

  it('is not yet due (grey) before the work period starts', () => {
    expect(classify('2026-02-20T10:00:00+07:00', { startsAt: new Date('2026-03-01T00:00:00+07:00') })).toEqual({
      status: 'not_yet_due',
      colour: 'grey',
      daysLeft: 21,
      workingDaysLeft: 15,
    });
  });

  it('counts working days, not calendar days, for due_soon: 12 days before a deadline after Tết is only 3 working days', () => {
    const afterTet = effectiveDeadline('2026-02-24', calendar).dueAt;
    expect(classify('2026-02-12T10:00:00+07:00', { dueAt: afterTet })).toMatchObject({ status: 'due_soon', daysLeft: 12, workingDaysLeft: 3 });
  });

  it('is completed on time (green) up to the last millisecond of the due day', () => {
    expect(classify('2026-04-01T00:00:00+07:00', { completedAt: new Date('2026-03-13T23:59:59.999+07:00') })).toEqual({
      status: 'completed_on_time',
      colour: 'green',
    });
  });

  it('is completed late (orange) with its days late in Hà Nội calendar days', () => {
    expect(classify('2026-04-01T00:00:00+07:00', { completedAt: new Date('2026-03-16T09:00:00+07:00') })).toEqual({
      status: 'completed_late',
      colour: 'orange',
      daysOverdue: 3,
    });
  });

  it('counts a completion late the same evening as one day late', () => {
    const fivePm = new Date('2026-03-13T17:00:00+07:00');
    expect(classify('2026-04-01T00:00:00+07:00', { dueAt: fivePm, completedAt: new Date('2026-03-13T18:00:00+07:00') })).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
    });
  });

  it('counts days in UTC+7: 16:59Z and 17:00Z on the same UTC day are different local days', () => {
    expect(classify('2026-03-14T16:59:00Z').daysOverdue).toBe(1);
    expect(classify('2026-03-14T17:00:00Z').daysOverdue).toBe(2);
  });

  it('reads the state as of `at`: a later completion does not count yet', () => {
    expect(classify('2026-03-12T10:00:00+07:00', { completedAt: new Date('2026-03-16T09:00:00+07:00') }).status).toBe('due_soon');
  });

  describe('a deadline moved by an approved extension (gia hạn) to Tuesday 31/3', () => {
    const extended = effectiveDeadline('2026-03-31', calendar).dueAt;

    it('turns an overdue assignment back into one in term', () => {
      expect(classify('2026-03-20T10:00:00+07:00').status).toBe('overdue');
      expect(classify('2026-03-20T10:00:00+07:00', { dueAt: extended })).toEqual({ status: 'in_term', colour: 'blue', daysLeft: 11, workingDaysLeft: 7 });
    });

    it('makes a completion after the original deadline on time', () => {
      const completedAt = new Date('2026-03-25T15:00:00+07:00');
      expect(classify('2026-04-01T00:00:00+07:00', { completedAt })).toMatchObject({ status: 'completed_late', daysOverdue: 12 });
      expect(classify('2026-04-01T00:00:00+07:00', { completedAt, dueAt: extended })).toEqual({ status: 'completed_on_time', colour: 'green' });
    });
  });

  it('refuses a negative due-soon window', () => {
    expect(() => classify('2026-03-02T10:00:00+07:00', { dueSoonWorkingDays: -1 })).toThrow(/dueSoonWorkingDays must be a whole number/);
  });
});
