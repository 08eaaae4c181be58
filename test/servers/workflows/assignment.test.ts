import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { isWorkingDay, localDayOf, VIETNAM_CALENDAR } from '../../../domain/calendar';
import { verifyAuditChain } from '../../../data/audit-log';
import { type SmtpCapture } from '../../../embedded/smtp-capture';
import { listOutbox, readOutboxMessage } from '../../../data/outbox';
import { assignmentWorkflow } from '../../../workflows/assignment';
import * as messages from '../../../contracts';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { seedAssignmentSpec, settle, sleepUntil, waitUntil, type SentNotice } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let capture: SmtpCapture;
let sent: SentNotice[];
const taskQueue = 'assignment-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, database, capture, sent } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

// To the minute: the activity runs a few milliseconds after its timer fires.
const local = (notice: SentNotice) => `${notice.kind} ${notice.step} ${notice.at.toISOString().slice(0, 16)}`;
/**
 * Waits until the read model holds the assignment's next period, recorded by the new run's first
 * activity. Not by querying in a loop: on the embedded database a query sent while the workflow
 * continues as new hung the time-skipping server (query, describe, and every later test's clock).
 */
const periodRecorded = (assignmentId: string, period: string) =>
  waitUntil(`${assignmentId} is recorded in period ${period}`, async () => (await database.prisma.assignment.findUnique({ where: { id: assignmentId }, select: { period: true } }))?.period === period);
const noticesOf = (assignmentId: string) => sent.filter((notice) => notice.key.startsWith(`${assignmentId}|`));
const dolisa = { agency: 'SO_LDTBXH', user: 'chuyen-vien@soldtbxh.kontum.example' };
const education = { agency: 'SO_GDDT', user: 'chuyen-vien@sogddt.kontum.example' };

describe('assignment workflow (time-skipping server)', () => {
  it('reminds 7, 3 and 1 working days before, on the due day, then climbs the escalation ladder, on working days at 08:00', async () => {
    // Due Monday 15/3/2027, end of day in Hà Nội.
    const spec = seedAssignmentSpec('II.2.2', 'SO_GDDT', '2027-03-15T16:59:59.999Z', { period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    await sleepUntil(env, '2027-04-20T00:00:00Z');
    const status = await handle.query(messages.statusQuery);
    expect(status.phase).toBe('open');
    expect(status.escalationLevel).toBe(4);
    expect(status.classification).toMatchObject({ status: 'overdue', colour: 'red' });

    const notices = noticesOf(spec.assignmentId);
    expect(notices.map(local)).toEqual([
      expect.stringMatching(/^assignment assigned /),
      'reminder 7 2027-03-04T01:00',
      'reminder 3 2027-03-10T01:00',
      'reminder 1 2027-03-12T01:00',
      'due-today 0 2027-03-15T01:00',
      'escalation 1.1 2027-03-16T01:00',
      'escalation 2.1 2027-03-18T01:00',
      'escalation 3.1 2027-03-22T01:00',
      'escalation 4.1 2027-03-29T01:00',
    ]);
    for (const notice of notices.slice(1)) expect(isWorkingDay(localDayOf(notice.at), VIETNAM_CALENDAR).working).toBe(true);
    // Who is told at each level: the focal point, then the head (focal point copied), then DOLISA, then the People's Committee.
    expect(notices[5]!.to).toEqual(['dau-moi@sogddt.kontum.example']);
    expect(notices[6]!.to).toEqual(['giam-doc@sogddt.kontum.example']);
    expect(notices[6]!.cc).toEqual(['dau-moi@sogddt.kontum.example']);
    expect(notices[7]!.to).toEqual(['dau-moi@soldtbxh.kontum.example']);
    expect(notices[8]!.cc).toContain('giam-doc@sogddt.kontum.example');

    // What the head of the department finds in the mailbox for level 2.
    const entries = await listOutbox({ directory: capture.directory });
    const headMail = entries.find((entry) => entry.messageId === notices[6]!.messageId);
    expect(headMail).toBeDefined();
    const message = await readOutboxMessage(capture.directory, headMail!.id);
    expect(message?.subject).toMatch(/^\[dondoc\] .*II\.2\.2/);
    expect(message?.text).toContain('15/03/2027');
    expect(message?.text).toContain(spec.taskText.slice(0, 40));
    await settle(handle);
    await handle.terminate('test over');
  });

  it('stops chasing once a result arrives, and counts it on time when accepted', async () => {
    const spec = seedAssignmentSpec('II.2.2', 'SO_GDDT', '2027-05-14T16:59:59.999Z', { period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    await sleepUntil(env, '2027-05-07T12:00:00Z'); // after the 7- and 3-day reminders (5/5, 11/5 is later)
    const submitted = await handle.executeUpdate(messages.submitResultUpdate, {
      args: [{ actor: education, narrative: 'Đã triển khai tại 100% trường học.', indicators: [] }],
    });
    expect(submitted.phase).toBe('submitted');
    expect(submitted.nextNoticeAt).toBeNull();
    await sleepUntil(env, '2027-06-10T00:00:00Z');
    expect(noticesOf(spec.assignmentId).map((notice) => notice.kind)).toEqual(['assignment', 'reminder']);

    const accepted = await handle.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: dolisa, decision: 'accept' }] });
    expect(accepted.classification).toMatchObject({ status: 'completed_on_time', colour: 'green' });
    // Not handle.result(): the time-skipping client would unlock time and let the server jump
    // to its next timer (years ahead), disturbing the other tests' clock.
    while ((await handle.describe()).status.name === 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await handle.describe()).status.name).toBe('COMPLETED');

    const row = await database.prisma.assignment.findUniqueOrThrow({ where: { id: spec.assignmentId } });
    expect(row.state).toBe('completed_on_time');
    const actions = await database.prisma.auditEvent.findMany({ where: { subjectId: spec.assignmentId }, orderBy: { sequence: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual(['assigned', 'reminded', 'result-submitted', 'result-accepted']);
    expect(actions[2]).toMatchObject({ actorAgency: 'SO_GDDT', actorUser: education.user });
    expect((await verifyAuditChain(database.prisma)).firstBroken).toBeNull();
  });

  it('refuses updates from the wrong actor or with bad input, leaving no trace', async () => {
    // A department is asked for no figure of footnote 2; this one is given the six a district is
    // asked for (the spec carries the list), so that bad figures can be refused.
    const districtFigures = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', 'HUYEN_VI_DU_A', '2027-12-15T16:59:59.999Z').requiredIndicators;
    const spec = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2027-12-15T16:59:59.999Z', { period: '2027', recurrence: null, requiredIndicators: districtFigures });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    const before = await handle.query(messages.statusQuery);
    const goodIndicators = spec.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 12, ...(indicator.needsTotal ? { total: 40 } : {}) }));
    const attempts: [string, () => Promise<unknown>][] = [
      ['only SO_GDDT', () => handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: dolisa, narrative: 'x', indicators: goodIndicators }] })],
      ['auditor', () => handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { ...education, role: 'auditor' }, narrative: 'x', indicators: goodIndicators }] })],
      ['counts cannot be negative', () => handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: education, narrative: 'x', indicators: goodIndicators.map((value, index) => (index === 0 ? { ...value, count: -1 } : value)) }] })],
      ['is larger than its whole', () => handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: education, narrative: 'x', indicators: goodIndicators.map((value) => (value.total !== undefined ? { ...value, count: 41 } : value)) }] })],
      [`indicator ${goodIndicators[5]!.code} is missing`, () => handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: education, narrative: 'x', indicators: goodIndicators.slice(0, 5) }] })],
      ['only SO_LDTBXH', () => handle.executeUpdate(messages.decideExtensionUpdate, { args: [{ actor: education, approve: true }] })],
      ['expected a calendar day', () => handle.executeUpdate(messages.requestExtensionUpdate, { args: [{ actor: education, reason: 'Chờ số liệu', newDueDay: '31/12/2027' }] })],
      ['no extension request', () => handle.executeUpdate(messages.decideExtensionUpdate, { args: [{ actor: dolisa, approve: true }] })],
    ];
    for (const [expected, attempt] of attempts) {
      const failure = await attempt().then(() => null, (error: unknown) => error);
      expect(failure, expected).toBeInstanceOf(WorkflowUpdateFailedError);
      expect(String((failure as WorkflowUpdateFailedError).cause?.message), expected).toContain(expected);
    }
    const after = await handle.query(messages.statusQuery);
    expect(after).toEqual(before);
    const accepted = await handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: education, narrative: 'Báo cáo năm 2027', indicators: goodIndicators }] });
    expect(accepted.phase).toBe('submitted');
    await settle(handle);
    await handle.terminate('test over');
  });

  it('moves the deadline on an approved extension and reminds again before the new one', async () => {
    const spec = seedAssignmentSpec('II.2.2', 'SO_GDDT', '2027-09-10T16:59:59.999Z', { period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    await sleepUntil(env, '2027-09-06T00:00:00Z');
    await handle.executeUpdate(messages.requestExtensionUpdate, { args: [{ actor: education, reason: 'Chờ số liệu từ các trường', newDueDay: '2027-09-30' }] });
    const approved = await handle.executeUpdate(messages.decideExtensionUpdate, { args: [{ actor: dolisa, approve: true, note: 'Đồng ý gia hạn' }] });
    expect(approved.dueAt).toBe('2027-09-30T16:59:59.999Z');
    expect(approved.escalationLevel).toBe(0);
    await sleepUntil(env, '2027-10-02T00:00:00Z');
    const kinds = noticesOf(spec.assignmentId).map((notice) => `${notice.kind} ${notice.at.toISOString().slice(0, 10)}`);
    // Thu 2/9–Fri 3/9 are the National Day holidays of 2027; the old deadline (Fri 10/9) had its 7-day
    // reminder on Mon 30/8; after the extension on 6/9 only the new deadline (Thu 30/9) is chased.
    expect(kinds).toEqual([
      expect.stringMatching(/^assignment /),
      'reminder 2027-08-30',
      'extension-decided 2027-09-06',
      'reminder 2027-09-21',
      'reminder 2027-09-27',
      'reminder 2027-09-29',
      'due-today 2027-09-30',
      'escalation 2027-10-01',
    ].sort(byDate));
    await settle(handle);
    await handle.terminate('test over');
  });

  it('moves open work to a successor, keeping the deadline and the history', async () => {
    const spec = seedAssignmentSpec('II.2.1', 'SO_LDTBXH', '2027-11-30T16:59:59.999Z', { period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    const moved = await handle.executeUpdate(messages.reassignUpdate, {
      args: [{ actor: dolisa, toAgency: 'SO_YT', effectiveDay: '2027-01-01', reason: 'Chức năng bảo vệ trẻ em chuyển sang Sở Y tế' }],
    });
    expect(moved).toMatchObject({ responsibleAgency: 'SO_YT', assigneeAsWritten: 'SO_LDTBXH', dueAt: '2027-11-30T16:59:59.999Z' });
    const refused = await handle
      .executeUpdate(messages.submitResultUpdate, { args: [{ actor: dolisa, narrative: 'x', indicators: [] }] })
      .catch((error: WorkflowUpdateFailedError) => error.cause?.message);
    expect(refused).toContain('only SO_YT');
    await sleepUntil(env, '2027-11-22T00:00:00Z');
    const reminder = noticesOf(spec.assignmentId).find((notice) => notice.kind === 'reminder');
    expect(reminder?.to).toEqual(['dau-moi@soyt.kontum.example']);
    const row = await database.prisma.assignment.findUniqueOrThrow({ where: { id: spec.assignmentId } });
    expect(row).toMatchObject({ assigneeAsWrittenCode: 'SO_LDTBXH', responsibleAgencyCode: 'SO_YT' });
    await settle(handle);
    await handle.terminate('test over');
  });

  it('hands the monitoring role to a successor: its decisions, its escalations, and the next period keep it', async () => {
    const spec = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2027-12-15T16:59:59.999Z', { period: '2027', recurrence: { dueMonthDay: '12-15', lastPeriod: 2028 } });
    expect(spec.monitoringAgency).toBe('SO_LDTBXH');
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    const system = { agency: 'SO_YT', user: 'to-chuc-lai', role: 'system' as const };
    const transfer = (fromAgency: string) => ({ actor: system, fromAgency, toAgency: 'SO_YT', effectiveDay: '2027-11-25', reason: 'Sắp xếp tổ chức bộ máy' });

    const notOverseeing = await handle.executeUpdate(messages.transferOversightUpdate, { args: [transfer('SO_TTTT')] }).catch((error: WorkflowUpdateFailedError) => error.cause?.message);
    expect(notOverseeing).toContain('SO_TTTT neither monitors nor leads');
    const moved = await handle.executeUpdate(messages.transferOversightUpdate, { args: [transfer('SO_LDTBXH')] });
    expect(moved).toMatchObject({ responsibleAgency: 'SO_GDDT', monitoringAgency: 'SO_YT', leadershipAgency: spec.leadershipAgency });

    // Five working days late, the monitoring agency is told: the successor, no longer DOLISA.
    await sleepUntil(env, '2027-12-23T00:00:00Z');
    const monitorEscalation = noticesOf(spec.assignmentId).find((notice) => notice.kind === 'escalation' && notice.level === 3);
    expect(monitorEscalation?.to).toEqual(['dau-moi@soyt.kontum.example']);

    await handle.executeUpdate(messages.submitResultUpdate, {
      args: [{ actor: education, narrative: 'Báo cáo năm 2027', indicators: spec.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 7, ...(indicator.needsTotal ? { total: 9 } : {}) })) }],
    });
    const refused = await handle.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: dolisa, decision: 'accept' }] }).catch((error: WorkflowUpdateFailedError) => error.cause?.message);
    expect(refused).toContain('only SO_YT (the monitoring agency) may');
    await handle.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: { agency: 'SO_YT', user: 'giam-sat@soyt' }, decision: 'accept' }] });
    // The 2027 period is completed; the workflow goes on with 2028, monitored by the successor.
    await periodRecorded(spec.assignmentId, '2028');
    const next = await handle.query(messages.statusQuery);
    expect(next).toMatchObject({ period: '2028', phase: 'open', monitoringAgency: 'SO_YT' });
    await settle(handle);
    await handle.terminate('test over');
  });

  it('runs semi-annual work half by half: a missing half lapses two weeks before the next one is due', async () => {
    // Two due days a year, close together so that the test stays short; no escalation ladder (a
    // request), so only the reminders and the due-day notice go out.
    const spec = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', 'SO_TTTT', '2028-11-02T16:59:59.999Z', {
      period: '2028-H1',
      escalate: false,
      recurrence: { dueMonthDay: '11-02', dueMonthDays: ['11-02', '12-15'], lastPeriod: 2028 },
    });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    // Nobody reports the first half: it is closed as missing on 1/12, two weeks before the second
    // half's deadline, which then runs with its own reminders.
    await sleepUntil(env, '2028-12-02T00:00:00Z');
    await periodRecorded(spec.assignmentId, '2028-H2');
    const status = await handle.query(messages.statusQuery);
    expect(status).toMatchObject({ period: '2028-H2', phase: 'open', dueAt: '2028-12-15T16:59:59.999Z' });
    const lapsed = await database.prisma.auditEvent.findFirstOrThrow({ where: { subjectId: spec.assignmentId, action: 'period-lapsed' } });
    expect(Math.abs(lapsed.occurredAt.getTime() - Date.parse('2028-12-01T16:59:59.999Z'))).toBeLessThan(1_000);
    expect(lapsed.payload).toMatchObject({ period: '2028-H1' });
    await sleepUntil(env, '2028-12-16T00:00:00Z');
    const reminders = noticesOf(spec.assignmentId).filter((notice) => notice.kind === 'reminder' && notice.at.getTime() > Date.parse('2028-12-02T00:00:00Z'));
    expect(reminders.map((notice) => notice.step)).toEqual(['7', '3', '1']);
    await settle(handle);
    await handle.terminate('test over');
  });

});

function byDate(left: unknown, right: unknown): number {
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(-10) : '');
  return day(left) < day(right) ? -1 : day(left) > day(right) ? 1 : 0;
}
