// What the next period of recurring work inherits from the one that closed.
import { describe, expect, it } from 'vitest';
import { carryIntoNextPeriod, closePeriod, decideCancel, decideReassign, decideTransferOversight } from '../../../../domain/assignment';
import { dolisa, educationTask, seedSpec, startedState, system } from './seed-assignment';

const spec = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2026-12-15T16:59:59.999Z', { period: '2026', recurrence: { dueMonthDay: '12-15', lastPeriod: 2030 } });
const now = new Date('2026-09-01T02:00:00Z');

describe('carryIntoNextPeriod', () => {
  it('starts next year’s period with the agencies that answer and oversee after a reorganisation', () => {
    let state = startedState(spec, '2026-05-01T01:00:00Z');
    state = decideReassign({ spec, state, now }, { actor: dolisa, toAgency: 'SO_YT', effectiveDay: '2026-09-01', reason: 'Chức năng chuyển sang Sở Y tế' }).state;
    state = decideTransferOversight({ spec, state, now }, { actor: system, fromAgency: 'SO_LDTBXH', toAgency: 'SO_YT', effectiveDay: '2026-09-01', reason: 'Sắp xếp tổ chức bộ máy' }).state;
    state = closePeriod({ state, now: new Date('2027-06-13T16:59:59.999Z') }).state;
    const next = carryIntoNextPeriod({ spec, state });
    expect(next).toMatchObject({
      period: '2027',
      dueAt: '2027-12-15T16:59:59.999Z',
      assigneeAsWritten: 'SO_GDDT',
      responsibleAgency: 'SO_YT',
      monitoringAgency: 'SO_YT',
      leadershipAgency: 'UBND_TINH',
    });
  });

  it('ends cancelled work for good', () => {
    const cancelled = decideCancel({ spec, state: startedState(spec, '2026-05-01T01:00:00Z'), now }, { actor: dolisa, reason: 'Nhiệm vụ được bãi bỏ' }).state;
    expect(carryIntoNextPeriod({ spec, state: cancelled })).toBeNull();
  });

  it('has no next period after the plan’s last one, nor for one-off work', () => {
    const last = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2030-12-16T16:59:59.999Z', { period: '2030', recurrence: { dueMonthDay: '12-15', lastPeriod: 2030 } });
    expect(carryIntoNextPeriod({ spec: last, state: startedState(last, '2030-05-01T01:00:00Z') })).toBeNull();
    const task = educationTask();
    expect(carryIntoNextPeriod({ spec: task, state: startedState(task, '2027-02-01T01:00:00Z') })).toBeNull();
  });
});
