// A notice that could not be delivered: the assignment is flagged and the monitor is told, once.
import { describe, expect, it } from 'vitest';
import { applyChase, decideDeliveryFailure, nextChase, noticeKey, type TNoticeRequest } from '../../../../domain/assignment';
import { educationTask, startedState } from './seed-assignment';

const spec = educationTask();
const state = startedState(spec, '2027-03-01T01:00:00Z');
// The 7-day reminder of Thursday 4/3/2027, as the chase produces it.
const { notice: reminder } = applyChase(spec, structuredClone(state), nextChase(spec, state)!, new Date('2027-03-04T01:00:00Z'));
const refusal = { idempotencyKeys: ['k'], assignmentIds: [spec.assignmentId], addresses: ['dau-moi@sogddt.kontum.example'], reason: '550 5.1.1 mailbox unavailable' };

const decide = (request: TNoticeRequest, permanent: boolean, details: unknown = refusal) =>
  decideDeliveryFailure({ assignmentId: spec.assignmentId, state, request, permanent, details, failureMessage: 'Activity task timed out' });

describe('decideDeliveryFailure', () => {
  it('tells the monitoring agency which notice was refused, to which addresses and why', () => {
    expect(reminder).toMatchObject({ kind: 'reminder', step: '7' });
    const { notice } = decide(reminder, true);
    expect(notice).toMatchObject({
      kind: 'delivery-failure',
      step: 'reminder:7',
      audience: 'monitoring_agency',
      // The notice is about the late agency and its deadline.
      agency: 'SO_GDDT',
      dueAt: '2027-03-15T16:59:59.999Z',
      failed: {
        kind: 'reminder',
        idempotencyKey: noticeKey(spec.assignmentId, reminder),
        addresses: ['dau-moi@sogddt.kontum.example'],
        reason: '550 5.1.1 mailbox unavailable',
      },
    });
  });

  it('flags the assignment, leaving the state it was given untouched', () => {
    const decision = decide(reminder, true);
    expect(decision.state.deliveryProblem).toBe(true);
    expect(decision.state.dueAt).toBe(state.dueAt);
    expect(state.deliveryProblem).toBe(false);
  });

  it('gives the failure’s own message when the retries ran out, not a refusal’s addresses', () => {
    const { notice } = decide(reminder, false);
    expect(notice?.failed).toMatchObject({ addresses: [], reason: 'Activity task timed out' });
  });

  it('falls back to the failure’s message when a refusal carries no usable details', () => {
    expect(decide(reminder, true, null).notice?.failed).toMatchObject({ addresses: [], reason: 'Activity task timed out' });
    expect(decide(reminder, true, { addresses: 'not a list', reason: 42 }).notice?.failed).toMatchObject({ addresses: [], reason: 'Activity task timed out' });
  });

  it('does not report a failed failure report again, but still flags the assignment', () => {
    const failureReport = decide(reminder, true).notice!;
    const decision = decide(failureReport, true);
    expect(decision.notice).toBeNull();
    expect(decision.state.deliveryProblem).toBe(true);
  });
});
