// The escalation ladder on a deadline just before Tết 2026: steps, repeats, and the end of the ladder.
import { describe, expect, it } from 'vitest';
import { VIETNAM_CALENDAR, endOfLocalDay, formatLocalInstant } from '../../../../domain/calendar';
import { DEFAULT_ESCALATION_LADDER, ZEscalationLadder, escalationStepAt } from '../../../../domain/policy';

const calendar = VIETNAM_CALENDAR;
// Due at the end of Friday 13/2/2026, the last working day before Tết.
const dueAt = endOfLocalDay('2026-02-13');

function position(local: string, ladder = DEFAULT_ESCALATION_LADDER) {
  const result = escalationStepAt({ dueAt, ladder, at: new Date(local), calendar });
  const describe = (occurrence: typeof result.current) =>
    occurrence && { level: occurrence.level, to: occurrence.step.to, occurrence: occurrence.occurrence, at: formatLocalInstant(occurrence.at) };
  return { workingDaysOverdue: result.workingDaysOverdue, current: describe(result.current), next: describe(result.next) };
}

describe('escalationStepAt with the default ladder', () => {
  it('waits through Tết: nothing is due before the first working day after it', () => {
    expect(position('2026-02-23T07:59:00+07:00')).toEqual({
      workingDaysOverdue: 0,
      current: null,
      next: { level: 1, to: 'focal_point', occurrence: 1, at: '2026-02-23T08:00:00.000+07:00' },
    });
  });

  it('writes to the focal point on Monday 23/2 and repeats three working days later', () => {
    expect(position('2026-02-23T08:00:00+07:00')).toEqual({
      workingDaysOverdue: 1,
      current: { level: 1, to: 'focal_point', occurrence: 1, at: '2026-02-23T08:00:00.000+07:00' },
      next: { level: 1, to: 'focal_point', occurrence: 2, at: '2026-02-26T08:00:00.000+07:00' },
    });
  });

  it('does not repeat a step once the next level is due sooner', () => {
    expect(position('2026-02-26T09:00:00+07:00')).toEqual({
      workingDaysOverdue: 4,
      current: { level: 1, to: 'focal_point', occurrence: 2, at: '2026-02-26T08:00:00.000+07:00' },
      next: { level: 2, to: 'agency_head', occurrence: 1, at: '2026-02-27T08:00:00.000+07:00' },
    });
  });

  it('moves to the monitoring agency after ten working days and to the People’s Committee after twenty', () => {
    expect(position('2026-03-05T12:00:00+07:00')).toMatchObject({
      workingDaysOverdue: 9,
      current: { level: 2, occurrence: 1 },
      next: { level: 3, to: 'monitoring_agency', at: '2026-03-06T08:00:00.000+07:00' },
    });
    expect(position('2026-03-06T08:00:00+07:00').next).toEqual({ level: 4, to: 'leadership', occurrence: 1, at: '2026-03-20T08:00:00.000+07:00' });
  });

  it('keeps repeating the last step, skipping Hùng Kings and 30/4–1/5', () => {
    expect(position('2026-05-01T12:00:00+07:00')).toEqual({
      workingDaysOverdue: 47,
      current: { level: 4, to: 'leadership', occurrence: 2, at: '2026-04-17T08:00:00.000+07:00' },
      next: { level: 4, to: 'leadership', occurrence: 3, at: '2026-05-20T08:00:00.000+07:00' },
    });
  });
});

describe('escalationStepAt with other ladders', () => {
  it('ends when the last step does not repeat', () => {
    const ladder = ZEscalationLadder.parse([
      { level: 1, to: 'focal_point', afterWorkingDays: 1 },
      { level: 2, to: 'agency_head', afterWorkingDays: 2, repeatEveryWorkingDays: null },
    ]);
    expect(position('2026-03-02T08:00:00+07:00', ladder)).toMatchObject({ current: { level: 2, occurrence: 1 }, next: null });
  });

  it('accepts the plan file’s step shape (no level field; levels follow the order)', () => {
    const planSteps = [
      { to: 'assignee', role: 'focal_point', afterWorkingDays: 2, repeatEveryWorkingDays: null },
      { to: 'agency', agency: 'so-y-te', role: 'head', afterWorkingDays: 6, repeatEveryWorkingDays: 4 },
    ];
    const result = escalationStepAt({ dueAt, ladder: planSteps, at: new Date('2026-03-04T09:00:00+07:00'), calendar });
    expect(result.current).toMatchObject({ level: 2, occurrence: 1, step: { agency: 'so-y-te' }, day: '2026-03-02' });
    expect(result.next).toMatchObject({ level: 2, occurrence: 2, day: '2026-03-06' });
  });
});

describe('ZEscalationLadder', () => {
  it('explains a ladder out of order', () => {
    const result = ZEscalationLadder.safeParse([
      { level: 1, to: 'focal_point', afterWorkingDays: 5 },
      { level: 3, to: 'agency_head', afterWorkingDays: 5 },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'levels are numbered 1, 2, 3… in order; step 2 has level 3',
      'each level starts later than the one before: give level 3 more than 5 working days; received 5',
    ]);
  });

  it('refuses an unknown recipient', () => {
    expect(ZEscalationLadder.safeParse([{ level: 1, to: 'minister', afterWorkingDays: 1 }]).success).toBe(false);
  });
});
