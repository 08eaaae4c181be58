// Work started after its deadline (a plan loaded late): one catch-up notice counted from the
// real deadline, never a burst of every step missed; and work declared done at load.
import { describe, expect, it } from 'vitest';
import { applyChase, declareDoneAtLoad, describeStatus, lateStartChase, nextChase, type TAssignmentSpec } from '../../../../domain/assignment';
import { formatLocalInstant } from '../../../../domain/calendar';
import { dolisa, educationTask, startedState } from './seed-assignment';

const spec = educationTask(); // due at the end of Monday 15/3/2027
const at = (instant: string) => formatLocalInstant(new Date(instant)).slice(0, 16);

/** What a workflow started at `startedAt` sends at once and next. */
function startAt(of: TAssignmentSpec, startedAt: string) {
  const now = new Date(startedAt);
  const state = startedState(of, startedAt);
  const catchUp = lateStartChase(of, state, now);
  if (catchUp) applyChase(of, state, catchUp, now);
  const next = nextChase(of, state);
  return {
    catchUp: catchUp && `${catchUp.kind} ${catchUp.step} to ${catchUp.audience}`,
    next: next && `${next.kind} ${next.step} at ${at(next.at.toISOString())}`,
    state,
    status: describeStatus(of, state, now),
  };
}

describe('lateStartChase', () => {
  it('sends nothing extra when the work starts before its due-day notice', () => {
    expect(startAt(spec, '2027-03-11T03:00:00Z').catchUp).toBeNull();
  });

  it('sends the due-day notice when the work starts on its due day after 08:00', () => {
    expect(startAt(spec, '2027-03-15T03:00:00Z')).toMatchObject({ catchUp: 'due-today 0 to assignee', next: 'escalation 1.1 at 2027-03-16T08:00' });
  });

  it('sends only the step the work stands on, counted from the real deadline, then goes on up the ladder', () => {
    // Thursday 25/3/2027: eight working days late, on step 3 (from 5 working days), whose repeat is not due yet.
    const started = startAt(spec, '2027-03-25T03:00:00Z');
    expect(started).toMatchObject({ catchUp: 'escalation 3.1 to monitoring_agency', next: 'escalation 4.1 at 2027-03-29T08:00' });
    expect(started.state.escalationLevel).toBe(3);
    expect(started.status.classification).toMatchObject({ status: 'overdue', daysOverdue: 10 });
    expect(started.status.dueAt).toBe(spec.dueAt);
  });

  it('long overdue: the leadership once, and nothing after (the last step does not repeat)', () => {
    expect(startAt(spec, '2027-06-01T03:00:00Z')).toMatchObject({ catchUp: 'escalation 4.1 to leadership', next: null });
  });

  it('never escalates work the plan can only request: not yet received past its day (never overdue), with the assignment notice only', () => {
    const requested = startAt(educationTask({ escalate: false }), '2027-03-25T03:00:00Z');
    expect(requested).toMatchObject({ catchUp: null, next: null });
    expect(requested.status.classification?.status).toBe('not_yet_received');
  });
});

describe('declareDoneAtLoad', () => {
  const declared = { actor: { ...dolisa, role: 'system' as const }, planVersion: 'abc123' };

  it('completes overdue work at once, counted on time (no lateness claimed), with the declaration in its events', () => {
    const now = new Date('2027-06-01T03:00:00Z');
    const { state, events } = declareDoneAtLoad(startedState(spec, now.toISOString()), declared, now);
    expect(state).toMatchObject({ phase: 'completed', completedAt: spec.dueAt });
    expect(events.map((event) => event.action)).toEqual(['assigned', 'declared-done-at-load']);
    expect(events[1]).toMatchObject({ actor: declared.actor, details: { declaredAt: now.toISOString(), planVersion: 'abc123' } });
    expect(describeStatus(spec, state, now).classification?.status).toBe('completed_on_time');
    expect(nextChase(spec, state)).toBeNull();
  });

  it('accepts work not yet due: completed at the declaration', () => {
    const now = new Date('2027-03-01T03:00:00Z');
    const { state } = declareDoneAtLoad(startedState(spec, now.toISOString()), declared, now);
    expect(state.completedAt).toBe(now.toISOString());
  });
});
