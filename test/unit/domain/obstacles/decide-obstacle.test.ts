// The obstacle's steps as pure decisions: who may take each, in which phase, and the deadlines
// in working days that follow (Vietnamese calendar: 1/3/2027 is a Monday, March has no holiday).
import { describe, expect, it } from 'vitest';
import { UpdateRejected } from '../../../../domain/assignment/rejection';
import { createObstacleState, decideAmendment, decideAnswer, decideDecision, decideForward, isObstacleClosed, nextObstacleChase } from '../../../../domain/obstacles';
import { ZPlan } from '../../../../domain/plan/plan';
import { seedObstacleSpec } from '../../../helpers/obstacle-fixtures';
import { loadSeedPlan } from '../../../helpers/assignment-fixtures';

const monitor = { agency: 'QNG_SO_YT', user: 'tp@soldtbxh.example', role: 'officer' as const };
const committee = { agency: 'QNG_UBND_TINH', user: 'vp@ubnd.example', role: 'officer' as const };
const agency = { agency: 'QNG_SO_GDDT', user: 'cv@sogddt.example', role: 'officer' as const };
const auditor = { agency: 'QNG_SO_YT', user: 'kiem-toan@example', role: 'auditor' as const };

const spec = seedObstacleSpec('2027-03-01T02:00:00Z');
const reported = () => createObstacleState(spec).state;

describe('obstacle decisions', () => {
  it('a report awaits the monitoring department for 10 working days, then chases its focal point, then its head 5 working days later', () => {
    const { state, events } = createObstacleState(spec);
    expect(state).toMatchObject({ phase: 'reported', pendingAgency: 'QNG_SO_YT', dueAt: '2027-03-15T16:59:59.999Z', chaseLevel: 0 });
    expect(events.map((event) => event.action)).toEqual(['reported']);
    expect(nextObstacleChase(spec, state)).toEqual({ at: new Date('2027-03-16T01:00:00Z'), level: 1, audience: 'focal_point' });
    expect(nextObstacleChase(spec, { ...state, chaseLevel: 1 })).toEqual({ at: new Date('2027-03-23T01:00:00Z'), level: 2, audience: 'agency_head' });
    expect(nextObstacleChase(spec, { ...state, chaseLevel: 2 })).toBeNull();
  });

  it('only the monitoring department answers or forwards, and an auditor changes nothing', () => {
    const now = new Date('2027-03-05T03:00:00Z');
    expect(() => decideAnswer({ spec, state: reported(), now }, { actor: agency, text: 'tự trả lời' })).toThrow(/only QNG_SO_YT.*you act for QNG_SO_GDDT/);
    expect(() => decideForward({ spec, state: reported(), now }, { actor: committee, opinion: 'x' })).toThrow(UpdateRejected);
    expect(() => decideAnswer({ spec, state: reported(), now }, { actor: auditor, text: 'x' })).toThrow(/auditor/);
    const answered = decideAnswer({ spec, state: reported(), now }, { actor: monitor, text: 'Sử dụng kinh phí sự nghiệp năm 2027.' });
    expect(answered.state).toMatchObject({ phase: 'answered', pendingAgency: null, dueAt: null });
    expect(answered.events[0]).toMatchObject({ action: 'answered', details: { onTime: true }, actor: { agency: 'QNG_SO_YT' } });
    expect(isObstacleClosed(answered.state)).toBe(true);
    expect(() => decideForward({ spec, state: answered.state, now }, { actor: monitor, opinion: 'x' })).toThrow(/is answered/);
  });

  it('a forward gives the People’s Committee 15 working days; only it decides; an amendment closes it only after the plan load', () => {
    const forwarded = decideForward({ spec, state: reported(), now: new Date('2027-03-16T02:00:00Z') }, { actor: monitor, opinion: 'Đề nghị UBND tỉnh điều chỉnh kế hoạch.' });
    expect(forwarded.state).toMatchObject({ phase: 'forwarded', pendingAgency: 'QNG_UBND_TINH', dueAt: '2027-04-06T16:59:59.999Z', chaseLevel: 0 });
    const now = new Date('2027-04-01T02:00:00Z');
    expect(() => decideDecision({ spec, state: forwarded.state, now }, { actor: monitor, outcome: 'rejected', text: 'x' })).toThrow(/only QNG_UBND_TINH/);
    expect(() => decideAmendment({ spec, state: forwarded.state, now }, { actor: monitor, planId: 'kh135', planVersion: 'abc' })).toThrow(/only an obstacle the People's Committee decided/);
    const decided = decideDecision({ spec, state: forwarded.state, now }, { actor: committee, outcome: 'amend-plan', text: 'Điều chỉnh thời hạn nhiệm vụ II.1.' });
    expect(decided.state).toMatchObject({ phase: 'decided', decision: { outcome: 'amend-plan' } });
    expect(isObstacleClosed(decided.state)).toBe(false);
    expect(nextObstacleChase(spec, decided.state)).toBeNull();
    expect(() => decideAmendment({ spec, state: decided.state, now }, { actor: monitor, planId: 'other-plan', planVersion: 'abc' })).toThrow(/not other-plan/);
    const amended = decideAmendment({ spec, state: decided.state, now }, { actor: monitor, planId: 'kh135', planVersion: 'abc123' });
    expect(amended.state).toMatchObject({ phase: 'amended', amendment: { planVersion: 'abc123' } });
    expect(isObstacleClosed(amended.state)).toBe(true);
    expect(amended.events.map((event) => event.seq)).toEqual([4]);
  });

  it('a rejection closes the obstacle', () => {
    const forwarded = decideForward({ spec, state: reported(), now: new Date('2027-03-16T02:00:00Z') }, { actor: monitor, opinion: 'x' });
    const rejected = decideDecision({ spec, state: forwarded.state, now: new Date('2027-04-10T02:00:00Z') }, { actor: committee, outcome: 'rejected', text: 'Không điều chỉnh.' });
    expect(isObstacleClosed(rejected.state)).toBe(true);
    expect(rejected.events[0]!.details).toMatchObject({ onTime: false });
  });

  it('the plan settings default to 10, 15 and 5 working days and may be set', () => {
    const plan = loadSeedPlan();
    expect(plan.policy.obstacles).toMatchObject({ answerWorkingDays: 10, decisionWorkingDays: 15, chaseAgainAfterWorkingDays: 5 });
    const set = ZPlan.parse({ ...plan, policy: { ...plan.policy, obstacles: { ...plan.policy.obstacles, answerWorkingDays: 5 } } });
    expect(set.policy.obstacles.answerWorkingDays).toBe(5);
    expect(() => ZPlan.parse({ ...plan, policy: { ...plan.policy, obstacles: { ...plan.policy.obstacles, answerWorkingDays: 0 } } })).toThrow();
  });
});
