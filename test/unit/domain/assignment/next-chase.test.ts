// What the clock does to open work: reminders before the deadline, the due-day notice, then the
// escalation ladder, each at 08:00 on a working day; and nothing once the work is closed.
import { describe, expect, it } from 'vitest';
import {
  applyChase,
  closePeriod,
  decideCancel,
  decideExtension,
  decideRequestExtension,
  decideSubmitResult,
  mandateOf,
  nextChase,
  type TAssignmentSpec,
  type TAssignmentState,
} from '../../../../domain/assignment';
import { formatLocalInstant } from '../../../../domain/calendar';
import { dolisa, education, educationTask, startedState } from './seed-assignment';

/** Every notice the chase sends, in order, until it has nothing left or reaches `until`. */
function chaseUntil(spec: TAssignmentSpec, start: TAssignmentState, until = '2099-01-01T00:00:00Z') {
  const state = structuredClone(start);
  const sent: string[] = [];
  for (let chase = nextChase(spec, state); chase && chase.at.getTime() <= Date.parse(until); chase = nextChase(spec, state)) {
    const { notice } = applyChase(spec, state, chase, chase.at);
    sent.push(`${notice.kind} ${notice.step} to ${notice.audience} at ${formatLocalInstant(chase.at).slice(0, 16)}`);
  }
  return { sent, state };
}

const spec = educationTask();

describe('nextChase', () => {
  it('reminds 7, 3 and 1 working days before, on the due day, then climbs the ladder to the leadership and stops', () => {
    const { sent, state } = chaseUntil(spec, startedState(spec, '2027-02-01T01:00:00Z'));
    expect(sent).toEqual([
      'reminder 7 to assignee at 2027-03-04T08:00',
      'reminder 3 to assignee at 2027-03-10T08:00',
      'reminder 1 to assignee at 2027-03-12T08:00',
      'due-today 0 to assignee at 2027-03-15T08:00',
      'escalation 1.1 to focal_point at 2027-03-16T08:00',
      'escalation 2.1 to agency_head at 2027-03-18T08:00',
      'escalation 3.1 to monitoring_agency at 2027-03-22T08:00',
      'escalation 4.1 to leadership at 2027-03-29T08:00',
    ]);
    expect(state.escalationLevel).toBe(4);
    expect(nextChase(spec, state)).toBeNull();
  });

  it('repeats a step every few working days until the next one starts, over the weekend', () => {
    // A plan whose focal point is written to every working day until the head is, three working
    // days late. Due Friday 5/3/2027 (assigned that morning, after the due-day notice's 08:00):
    // the focal point on Monday and Tuesday, then the head on Wednesday, once.
    const daily = educationTask({
      dueAt: '2027-03-05T16:59:59.999Z',
      escalationLadder: [
        { level: 1, to: 'focal_point', afterWorkingDays: 1, repeatEveryWorkingDays: 1 },
        { level: 2, to: 'agency_head', afterWorkingDays: 3, repeatEveryWorkingDays: null },
      ],
    });
    const { sent } = chaseUntil(daily, startedState(daily, '2027-03-05T02:00:00Z'));
    expect(sent).toEqual([
      'escalation 1.1 to focal_point at 2027-03-08T08:00',
      'escalation 1.2 to focal_point at 2027-03-09T08:00',
      'escalation 2.1 to agency_head at 2027-03-10T08:00',
    ]);
  });

  it('skips the reminders already past when the work is assigned late', () => {
    const { sent } = chaseUntil(spec, startedState(spec, '2027-03-11T03:00:00Z'), '2027-03-15T23:00:00Z');
    expect(sent).toEqual(['reminder 1 to assignee at 2027-03-12T08:00', 'due-today 0 to assignee at 2027-03-15T08:00']);
  });

  it('only reminds a body the plan can merely request from: no escalation after the due day', () => {
    const request = educationTask({ mandate: 'request' });
    const { sent } = chaseUntil(request, startedState(request, '2027-03-11T03:00:00Z'));
    expect(sent.at(-1)).toBe('due-today 0 to assignee at 2027-03-15T08:00');
  });

  it('never escalates a request, whatever its escalate flag says, and reads older specs by that flag', () => {
    const contradictory = educationTask({ mandate: 'request', escalate: true });
    expect(chaseUntil(contradictory, startedState(contradictory, '2027-03-11T03:00:00Z')).sent.at(-1)).toBe('due-today 0 to assignee at 2027-03-15T08:00');
    expect(mandateOf({ ...educationTask(), mandate: undefined, escalate: false })).toBe('request');
    expect(mandateOf(educationTask())).toBe('order');
  });

  it('chases the new deadline from scratch after an approved extension', () => {
    const { state: escalated } = chaseUntil(spec, startedState(spec, '2027-02-01T01:00:00Z'), '2027-03-18T02:00:00Z');
    expect(escalated.escalationLevel).toBe(2);
    const at = new Date('2027-03-18T03:00:00Z');
    const requested = decideRequestExtension({ spec, state: escalated, now: at }, { actor: education, reason: 'Chờ số liệu', newDueDay: '2027-03-31' }).state;
    const extended = decideExtension({ spec, state: requested, now: at }, { actor: dolisa, approve: true }).state;
    expect(extended.escalationLevel).toBe(0);
    const { sent } = chaseUntil(spec, extended, '2027-04-01T00:00:00Z');
    expect(sent).toEqual([
      'reminder 7 to assignee at 2027-03-22T08:00',
      'reminder 3 to assignee at 2027-03-26T08:00',
      'reminder 1 to assignee at 2027-03-30T08:00',
      'due-today 0 to assignee at 2027-03-31T08:00',
    ]);
  });

  it('sends nothing while a result waits for review, nor once the work is closed', () => {
    const open = startedState(spec, '2027-02-01T01:00:00Z');
    const now = new Date('2027-03-02T02:00:00Z');
    const submitted = decideSubmitResult({ spec, state: open, now }, { actor: education, narrative: 'Đã triển khai', indicators: [] }).state;
    expect(nextChase(spec, submitted)).toBeNull();
    expect(nextChase(spec, decideCancel({ spec, state: open, now }, { actor: dolisa, reason: 'Nhiệm vụ được bãi bỏ' }).state)).toBeNull();
    expect(nextChase(spec, closePeriod({ state: open, now }).state)).toBeNull();
  });
});
