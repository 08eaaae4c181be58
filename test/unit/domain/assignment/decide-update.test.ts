// Every update as a decision: what it changes, whom it tells, and how a refusal tells the user
// what to do instead. A one-off task of the Department of Education (SO_GDDT), monitored by
// DOLISA (SO_LDTBXH), due at the end of Monday 15/3/2027.
import { describe, expect, it } from 'vitest';
import {
  decideCancel,
  decideChangeDeadline,
  decideExtension,
  decideReassign,
  decideRequestExplanation,
  decideRequestExtension,
  decideReviewResult,
  decideSubmitExplanation,
  decideSubmitResult,
  decideTransferOversight,
  oversightOf,
  UpdateRejected,
  type TAssignmentSpec,
  type TAssignmentState,
  type TDecision,
} from '../../../../domain/assignment';
import { dolisa, education, educationTask, seedSpec, startedState, system } from './seed-assignment';

const spec = educationTask();
const assigned = startedState(spec, '2027-02-01T01:00:00Z');
const beforeDue = new Date('2027-03-01T02:00:00Z');
const afterDue = new Date('2027-03-17T02:00:00Z');
const at = (now: Date, state: TAssignmentState = assigned, forSpec: TAssignmentSpec = spec) => ({ spec: forSpec, state, now });

/** The message of the refusal `decide` throws; fails when it decides instead, or throws something else. */
function refusal(decide: () => unknown): string {
  try {
    decide();
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateRejected);
    return (error as Error).message;
  }
  throw new Error('the update was accepted, a refusal was expected');
}

const submitted = (now = beforeDue, state = assigned) => decideSubmitResult(at(now, state), { actor: education, narrative: 'Đã triển khai tại 100% trường học.', indicators: [] }).state;
const extensionRequested = (newDueDay = '2027-03-31') => decideRequestExtension(at(beforeDue), { actor: education, reason: 'Chờ số liệu từ các trường', newDueDay }).state;
const explanationRequested = () => decideRequestExplanation(at(afterDue), { actor: dolisa, note: 'Đề nghị giải trình lý do chậm' }).state;
const noticesOf = (decision: TDecision) => decision.notices.map((notice) => ({ kind: notice.kind, audience: notice.audience, agency: notice.agency, dueAt: notice.dueAt }));

describe('every update', () => {
  const updates: [string, (state: TAssignmentState, actor: typeof education | typeof dolisa) => TDecision, 'assignee' | 'monitor'][] = [
    ['submit-result', (state, actor) => decideSubmitResult(at(beforeDue, state), { actor, narrative: 'x', indicators: [] }), 'assignee'],
    ['request-extension', (state, actor) => decideRequestExtension(at(beforeDue, state), { actor, reason: 'x', newDueDay: '2027-03-31' }), 'assignee'],
    ['submit-explanation', (state, actor) => decideSubmitExplanation(at(afterDue, state), { actor, text: 'x' }), 'assignee'],
    ['decide-extension', (state, actor) => decideExtension(at(beforeDue, state), { actor, approve: true }), 'monitor'],
    ['request-explanation', (state, actor) => decideRequestExplanation(at(afterDue, state), { actor }), 'monitor'],
    ['review-result', (state, actor) => decideReviewResult(at(beforeDue, state), { actor, decision: 'accept' }), 'monitor'],
    ['reassign', (state, actor) => decideReassign(at(beforeDue, state), { actor, toAgency: 'SO_YT', effectiveDay: '2027-03-01', reason: 'x' }), 'monitor'],
    ['transfer-oversight', (state, actor) => decideTransferOversight(at(beforeDue, state), { actor, fromAgency: 'SO_LDTBXH', toAgency: 'SO_YT', effectiveDay: '2027-03-01', reason: 'x' }), 'monitor'],
    ['cancel', (state, actor) => decideCancel(at(beforeDue, state), { actor, reason: 'x' }), 'monitor'],
    ['change-deadline', (state, actor) => decideChangeDeadline(at(beforeDue, state), { actor, newDueDay: '2027-04-15', reason: 'x' }), 'monitor'],
  ];

  it.each(updates)('%s is refused on closed work: nothing can be changed any more', (_action, decide, side) => {
    const cancelled = decideCancel(at(beforeDue), { actor: dolisa, reason: 'Nhiệm vụ được bãi bỏ' }).state;
    expect(refusal(() => decide(cancelled, side === 'assignee' ? education : dolisa))).toBe('kh135/II.2.2/SO_GDDT is cancelled: nothing can be changed any more.');
  });

  it.each(updates)('%s is refused to the other side, naming the agency that may', (action, decide, side) => {
    const wrong = side === 'assignee' ? dolisa : education;
    const allowed = side === 'assignee' ? 'SO_GDDT (the agency that answers for it)' : 'SO_LDTBXH (the monitoring agency)';
    expect(refusal(() => decide(assigned, wrong))).toBe(`${wrong.agency} may not ${action} on kh135/II.2.2/SO_GDDT: only ${allowed} may.`);
  });

  it('leaves the state it was given untouched, so that a validator can run it and discard it', () => {
    const before = structuredClone(assigned);
    decideSubmitResult(at(beforeDue), { actor: education, narrative: 'x', indicators: [] });
    decideCancel(at(beforeDue), { actor: dolisa, reason: 'x' });
    expect(assigned).toEqual(before);
  });
});

describe('decideSubmitResult', () => {
  it('waits for review, on time before the deadline, with the monitor told through its status views only', () => {
    const decision = decideSubmitResult(at(beforeDue), { actor: education, narrative: 'Đã triển khai', indicators: [] });
    expect(decision.state.phase).toBe('submitted');
    expect(decision.state.lastResult).toMatchObject({ submittedAt: '2027-03-01T02:00:00.000Z', onTime: true, submissions: 1, submittedBy: education });
    expect(decision.events.map((event) => [event.action, event.actor?.agency, event.details.onTime])).toEqual([['result-submitted', 'SO_GDDT', true]]);
    expect(decision.notices).toEqual([]);
  });

  it('counts a result after the deadline as late', () => {
    expect(submitted(afterDue).lastResult).toMatchObject({ onTime: false });
  });

  it('refuses a second result while the first waits for review', () => {
    expect(refusal(() => submitted(beforeDue, submitted()))).toBe('A result is already waiting for review; wait for it to be accepted or returned.');
  });

  // A district holds the figures of footnote 2 (a department holds none: it is asked for none).
  const district = { agency: 'HUYEN_VI_DU_A', user: 'chuyen-vien@huyen-vi-du-a.kontum.example', role: 'officer' } as const;

  it('refuses indicators that do not add up, listing every problem and what was expected', () => {
    const report = seedSpec('ANNUAL_CHILDREN_REPORT', 'HUYEN_VI_DU_A', '2027-12-15T16:59:59.999Z', { period: '2027', recurrence: null });
    const [first, second, ...rest] = report.requiredIndicators.map((indicator) => indicator.code);
    const message = refusal(() =>
      decideSubmitResult(at(beforeDue, startedState(report, '2027-02-01T01:00:00Z'), report), {
        actor: district,
        narrative: 'Báo cáo năm 2027',
        indicators: [
          { code: first!, count: 41, total: 40 },
          { code: second!, count: 3 },
          { code: second!, count: 3, total: 9 },
          { code: 'CHILDREN_IN_SCHOOL', count: 5 },
          ...rest.slice(1).map((code) => ({ code, count: 1, total: 2 })),
        ],
      }),
    );
    expect(message).toMatch(/^The result was not accepted: /);
    expect(message).toContain(`indicator ${first}: the count 41 is larger than its whole 40`);
    expect(message).toContain(`indicator ${second} is given twice`);
    expect(message).toContain(`indicator CHILDREN_IN_SCHOOL is not one this assignment reports (expected: ${report.requiredIndicators.map((indicator) => indicator.code).join(', ')})`);
    expect(message).toContain(`indicator ${rest[0]} is missing`);
  });

  it('asks for the whole of an indicator that is a share of it', () => {
    const report = seedSpec('ANNUAL_CHILDREN_REPORT', 'HUYEN_VI_DU_A', '2027-12-15T16:59:59.999Z', { period: '2027', recurrence: null });
    const indicators = report.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 7 }));
    expect(refusal(() => decideSubmitResult(at(beforeDue, startedState(report, '2027-02-01T01:00:00Z'), report), { actor: district, narrative: 'x', indicators }))).toContain(
      `indicator ${indicators[0]!.code} is a share of a whole: give its total too`,
    );
  });

  it('reads the figures asked from the spec: an optional one may be left out, a required one not', () => {
    const asked = seedSpec('ANNUAL_CHILDREN_REPORT', 'HUYEN_VI_DU_A', '2027-12-15T16:59:59.999Z', { period: '2027', recurrence: null });
    const [first, ...rest] = asked.requiredIndicators;
    const report = { ...asked, requiredIndicators: [{ ...first!, optional: true }, ...rest] };
    const state = at(beforeDue, startedState(report, '2027-02-01T01:00:00Z'), report);
    const others = rest.map((indicator) => ({ code: indicator.code, count: 7, total: 9 }));
    expect(decideSubmitResult(state, { actor: district, narrative: 'x', indicators: others }).state.phase).toBe('submitted');
    expect(refusal(() => decideSubmitResult(state, { actor: district, narrative: 'x', indicators: [{ code: first!.code, count: 7, total: 9 }, ...others.slice(1)] }))).toContain(
      `indicator ${rest[0]!.code} is missing`,
    );
  });

  it('takes a department’s annual report in words: it is asked for no figure', () => {
    const report = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2027-12-15T16:59:59.999Z', { period: '2027', recurrence: null });
    expect(report.requiredIndicators).toEqual([]);
    const state = at(beforeDue, startedState(report, '2027-02-01T01:00:00Z'), report);
    expect(decideSubmitResult(state, { actor: education, narrative: 'Báo cáo năm 2027', indicators: [] }).state.phase).toBe('submitted');
  });
});

describe('decideRequestExtension', () => {
  it('records the request for the monitor to decide, changing no deadline yet', () => {
    const decision = decideRequestExtension(at(beforeDue), { actor: education, reason: 'Chờ số liệu', newDueDay: '2027-03-31' });
    expect(decision.state.pendingExtension).toMatchObject({ newDueDay: '2027-03-31', reason: 'Chờ số liệu', requestedBy: education });
    expect(decision.state.dueAt).toBe('2027-03-15T16:59:59.999Z');
    expect(decision.events.map((event) => event.action)).toEqual(['extension-requested']);
  });

  it('refuses a second request while one waits, saying whose decision it waits for', () => {
    expect(refusal(() => decideRequestExtension(at(beforeDue, extensionRequested()), { actor: education, reason: 'x', newDueDay: '2027-04-15' }))).toBe(
      'An extension request (to 2027-03-31) is already waiting for a decision: wait for SO_LDTBXH to approve or deny it.',
    );
  });

  it('refuses a day already past, saying from when a day is accepted', () => {
    expect(refusal(() => extensionRequested('2027-02-26'))).toBe('The new due day 2027-02-26 is already past; give a day after 2027-03-01.');
  });

  it('refuses a day that does not move the deadline, such as the weekend before it', () => {
    // Saturday 13/3 runs to the end of the next working day: Monday 15/3, the current deadline.
    expect(refusal(() => extensionRequested('2027-03-13'))).toBe('An extension must move the deadline later than the current one (2027-03-15T16:59:59.999Z).');
  });
});

describe('decideExtension', () => {
  it('moves the deadline when approved, restarts the chase, and tells the agency', () => {
    const decision = decideExtension(at(beforeDue, extensionRequested()), { actor: dolisa, approve: true, note: 'Đồng ý gia hạn' });
    expect(decision.state).toMatchObject({ dueAt: '2027-03-31T16:59:59.999Z', deadlineChanges: 1, escalationLevel: 0, pendingExtension: null, noticeCursor: '2027-03-01T02:00:00.000Z' });
    expect(decision.events.map((event) => [event.action, event.details.from, event.details.to])).toEqual([['extension-approved', '2027-03-15T16:59:59.999Z', '2027-03-31T16:59:59.999Z']]);
    expect(decision.notices).toEqual([
      expect.objectContaining({ kind: 'extension-decided', audience: 'assignee', agency: 'SO_GDDT', approved: true, dueAt: '2027-03-31T16:59:59.999Z', previousDueAt: '2027-03-15T16:59:59.999Z', note: 'Đồng ý gia hạn', deadlineChanges: 1 }),
    ]);
  });

  it('keeps the deadline when denied, and tells the agency so', () => {
    const decision = decideExtension(at(beforeDue, extensionRequested()), { actor: dolisa, approve: false, note: 'Không đủ căn cứ' });
    expect(decision.state).toMatchObject({ dueAt: '2027-03-15T16:59:59.999Z', deadlineChanges: 0, pendingExtension: null });
    expect(decision.events.map((event) => event.action)).toEqual(['extension-denied']);
    expect(decision.notices).toEqual([expect.objectContaining({ kind: 'extension-decided', approved: false, audience: 'assignee', dueAt: '2027-03-15T16:59:59.999Z' })]);
  });

  it('refuses a decision when nothing was requested, saying who must ask first', () => {
    expect(refusal(() => decideExtension(at(beforeDue), { actor: dolisa, approve: true }))).toBe('There is no extension request to decide: SO_GDDT must request one first.');
  });

  it('refuses to approve a requested day that has passed meanwhile', () => {
    const late = new Date('2027-04-01T02:00:00Z');
    expect(refusal(() => decideExtension(at(late, extensionRequested()), { actor: dolisa, approve: true }))).toBe('The new due day 2027-03-31 is already past; give a day after 2027-04-01.');
  });
});

describe('decideRequestExplanation', () => {
  it('asks the late agency for a written explanation (giải trình)', () => {
    const decision = decideRequestExplanation(at(afterDue), { actor: dolisa, note: 'Đề nghị giải trình' });
    expect(decision.state.explanation).toEqual({ requestedAt: '2027-03-17T02:00:00.000Z', submittedAt: null, text: null });
    expect(noticesOf(decision)).toEqual([{ kind: 'explanation-requested', audience: 'assignee', agency: 'SO_GDDT', dueAt: '2027-03-15T16:59:59.999Z' }]);
  });

  it('refuses it for a request (đề nghị): the People\'s Committee cannot demand an explanation from a body it can only ask', () => {
    const requested = seedSpec('III.4.1', 'MTTQ_TINH', '2027-03-15T16:59:59.999Z', { period: 'once', recurrence: null });
    expect(requested.mandate).toBe('request');
    const message = refusal(() => decideRequestExplanation(at(afterDue, startedState(requested, '2027-02-01T01:00:00Z'), requested), { actor: dolisa }));
    expect(message).toContain('III.4.1 is a request (đề nghị) to MTTQ_TINH, not an order');
    expect(message).toContain('cannot demand a written explanation (giải trình)');
    // A spec started before the mandate was carried says a request with escalate: false alone.
    const legacy = { ...requested, mandate: undefined, escalate: false } as unknown as TAssignmentSpec;
    expect(refusal(() => decideRequestExplanation(at(afterDue, startedState(legacy, '2027-02-01T01:00:00Z'), legacy), { actor: dolisa }))).toContain('is a request (đề nghị)');
  });

  it('refuses before the deadline, saying when it can be asked', () => {
    expect(refusal(() => decideRequestExplanation(at(beforeDue), { actor: dolisa }))).toBe(
      'An explanation (giải trình) can be requested only once the assignment is overdue: ask after its deadline, 2027-03-15T23:59:59.999+07:00.',
    );
  });
});

describe('decideSubmitExplanation', () => {
  it('records the agency’s explanation', () => {
    const decision = decideSubmitExplanation(at(new Date('2027-03-18T02:00:00Z'), explanationRequested()), { actor: education, text: 'Chờ số liệu từ các trường' });
    expect(decision.state.explanation).toEqual({ requestedAt: '2027-03-17T02:00:00.000Z', submittedAt: '2027-03-18T02:00:00.000Z', text: 'Chờ số liệu từ các trường' });
    expect(decision.events.map((event) => event.action)).toEqual(['explanation-submitted']);
  });

  it('refuses an explanation nobody asked for, saying who asks', () => {
    expect(refusal(() => decideSubmitExplanation(at(afterDue), { actor: education, text: 'x' }))).toBe(
      'No explanation has been requested for this assignment: submit one when SO_LDTBXH asks for it.',
    );
  });
});

describe('decideReviewResult', () => {
  it('completes the work when accepted, as of the day it was submitted, and tells the agency', () => {
    const decision = decideReviewResult(at(new Date('2027-03-25T02:00:00Z'), submitted()), { actor: dolisa, decision: 'accept' });
    expect(decision.state).toMatchObject({ phase: 'completed', completedAt: '2027-03-01T02:00:00.000Z' });
    expect(decision.events.map((event) => [event.action, event.details.onTime])).toEqual([['result-accepted', true]]);
    expect(noticesOf(decision)).toEqual([{ kind: 'report-accepted', audience: 'assignee', agency: 'SO_GDDT', dueAt: '2027-03-15T16:59:59.999Z' }]);
  });

  it('returns the result for revision with a new deadline, reopening the chase', () => {
    const decision = decideReviewResult(at(beforeDue, submitted()), { actor: dolisa, decision: 'return', note: 'Bổ sung số liệu', newDueDay: '2027-03-22' });
    expect(decision.state).toMatchObject({ phase: 'open', dueAt: '2027-03-22T16:59:59.999Z', deadlineChanges: 1, escalationLevel: 0 });
    expect(decision.notices).toEqual([expect.objectContaining({ kind: 'report-returned', audience: 'assignee', note: 'Bổ sung số liệu', dueAt: '2027-03-22T16:59:59.999Z' })]);
    // The agency can then submit again: its second submission.
    expect(submitted(beforeDue, decision.state).lastResult?.submissions).toBe(2);
  });

  it('refuses a review when no result waits, saying who must submit first', () => {
    expect(refusal(() => decideReviewResult(at(beforeDue), { actor: dolisa, decision: 'accept' }))).toBe(
      'There is no submitted result waiting for review: SO_GDDT must submit one first.',
    );
  });

  it('refuses a return whose new deadline is already past', () => {
    expect(refusal(() => decideReviewResult(at(beforeDue, submitted()), { actor: dolisa, decision: 'return', note: 'x', newDueDay: '2027-02-15' }))).toBe(
      'The new due day 2027-02-15 is already past; give a day after 2027-03-01.',
    );
  });
});

describe('decideReassign', () => {
  it('moves the work to the successor, keeping the deadline, and tells the successor', () => {
    const decision = decideReassign(at(beforeDue), { actor: dolisa, toAgency: 'SO_YT', effectiveDay: '2027-03-01', reason: 'Chức năng chuyển sang Sở Y tế' });
    expect(decision.state).toMatchObject({ responsibleAgency: 'SO_YT', dueAt: '2027-03-15T16:59:59.999Z' });
    expect(decision.events.map((event) => [event.action, event.details.from, event.details.to])).toEqual([['reassigned', 'SO_GDDT', 'SO_YT']]);
    expect(noticesOf(decision)).toEqual([{ kind: 'assignment', audience: 'assignee', agency: 'SO_YT', dueAt: '2027-03-15T16:59:59.999Z' }]);
  });

  it('refuses to move the work to the agency that already has it', () => {
    expect(refusal(() => decideReassign(at(beforeDue), { actor: dolisa, toAgency: 'SO_GDDT', effectiveDay: '2027-03-01', reason: 'x' }))).toBe(
      'SO_GDDT already answers for this assignment.',
    );
  });
});

describe('decideTransferOversight', () => {
  const transfer = (fromAgency: string) => decideTransferOversight(at(beforeDue), { actor: system, fromAgency, toAgency: 'SO_YT', effectiveDay: '2027-03-01', reason: 'Sắp xếp tổ chức bộ máy' });

  it('hands the monitoring role to the successor', () => {
    const decision = transfer('SO_LDTBXH');
    expect(oversightOf(spec, decision.state)).toEqual({ monitoringAgency: 'SO_YT', leadershipAgency: 'UBND_TINH' });
    expect(decision.state.responsibleAgency).toBe('SO_GDDT');
    expect(decision.events.map((event) => [event.action, event.details.roles])).toEqual([['oversight-transferred', ['monitoringAgency']]]);
  });

  it('hands the leadership role to the successor', () => {
    expect(oversightOf(spec, transfer('UBND_TINH').state)).toEqual({ monitoringAgency: 'SO_LDTBXH', leadershipAgency: 'SO_YT' });
  });

  it('refuses an agency that neither monitors nor leads, naming the ones that do', () => {
    expect(refusal(() => transfer('SO_TTTT'))).toBe('SO_TTTT neither monitors nor leads kh135/II.2.2/SO_GDDT (monitor SO_LDTBXH, leadership UBND_TINH).');
  });
});

describe('decideCancel', () => {
  it('closes the work with its reason and tells the agency', () => {
    const decision = decideCancel(at(beforeDue), { actor: dolisa, reason: 'Nhiệm vụ được bãi bỏ' });
    expect(decision.state).toMatchObject({ phase: 'cancelled', cancelReason: 'Nhiệm vụ được bãi bỏ' });
    expect(decision.notices).toEqual([expect.objectContaining({ kind: 'cancelled', audience: 'assignee', agency: 'SO_GDDT', note: 'Nhiệm vụ được bãi bỏ' })]);
  });
});

describe('decideChangeDeadline', () => {
  it('moves the deadline of an amended plan off the weekend, and tells the agency', () => {
    // Saturday 10/4/2027 runs to the end of Monday 12/4.
    const decision = decideChangeDeadline(at(beforeDue), { actor: dolisa, newDueDay: '2027-04-10', reason: 'Kế hoạch sửa đổi' });
    expect(decision.state).toMatchObject({ dueAt: '2027-04-12T16:59:59.999Z', originalDueAt: '2027-03-15T16:59:59.999Z', deadlineChanges: 1 });
    expect(decision.events.map((event) => [event.action, event.details.from, event.details.to])).toEqual([['deadline-changed', '2027-03-15T16:59:59.999Z', '2027-04-12T16:59:59.999Z']]);
    expect(decision.notices).toEqual([expect.objectContaining({ kind: 'deadline-changed', step: '1', audience: 'assignee', dueAt: '2027-04-12T16:59:59.999Z', note: 'Kế hoạch sửa đổi' })]);
  });

  it('changes nothing and tells nobody when the amended day ends at the same instant', () => {
    const decision = decideChangeDeadline(at(beforeDue), { actor: dolisa, newDueDay: '2027-03-13', reason: 'Kế hoạch sửa đổi' });
    expect(decision).toEqual({ state: assigned, events: [], notices: [] });
  });
});
