// The notice sender (notice request and recipients → notice → ledger claim → mail) against a
// real SMTP server and a real PostgreSQL: what arrives (headers, encodings, Vietnamese text, the
// calendar invite) and the exactly-once ledger.
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TNoticeSender } from '../../../activities';
import { createNoticeSender, NOTICE_CLAIM_HELD, NOTICE_CLAIM_LEASE_MS } from '../../../activities/notices';
import type { TDeliverNoticeInput } from '../../../activities/types';
import { FOCAL_POINT, MONITOR, TASK_TEXT, TEST_RECIPIENTS, buildTestDelivery } from '../../fixtures/notification-workflows/notice-builder';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { ASSIGNMENT_ID, seedAssignment } from './seed';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

let database: TestDatabase;
let smtp: TestSmtpServer;
let sendNotice: TNoticeSender;

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startTestSmtpServer()]);
  await seedAssignment(database.prisma);
  sendNotice = createNoticeSender({
    prisma: database.prisma,
    transport: smtp.url,
    from: { name: 'dondoc – Sở LĐTBXH', address: 'dondoc@tinh.example' },
    baseUrl: 'https://dondoc.example',
  });
});

afterAll(async () => {
  await smtp?.stop();
  await database?.drop();
});

beforeEach(() => {
  smtp.received.length = 0;
  smtp.recipientAttempts.clear();
  smtp.refuse.clear();
  smtp.deferring = false;
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Sends to the focal point of SO_GDDT with the monitor in Cc, as deliverNotice would after resolving them. */
const send = (input: TDeliverNoticeInput, sender = sendNotice) => sender({ ...input, recipients: TEST_RECIPIENTS });

describe('what arrives', () => {
  it('carries the headers, the Vietnamese text intact in both parts, and a Message-ID derived from the key', async () => {
    // 08:00 on 3/1/2027 in Vietnam: 3 days after the deadline.
    const input = buildTestDelivery({ kind: 'escalation', step: 'headers', level: 2, audience: 'agency_head', issuedAt: '2027-01-03T01:00:00.000Z' });
    const result = await send(input);
    const [mail] = await smtp.waitForMessages(1);
    const { parsed, raw } = mail!;

    expect(result).toEqual({ messageId: `<${sha256(input.idempotencyKey)}@dondoc>` });
    expect(parsed.messageId).toBe(result.messageId);
    expect(parsed.subject).toBe('[dondoc] Đôn đốc cấp 2, quá hạn 3 ngày: II.2.4 Tăng cường công tác truyền thông, giáo dục, vận động xã hội…');
    expect(parsed.from?.value).toEqual([{ name: 'dondoc – Sở LĐTBXH', address: 'dondoc@tinh.example' }]);
    expect(parsed.to).toMatchObject({ value: [{ name: FOCAL_POINT.name, address: FOCAL_POINT.email }] });
    expect(parsed.cc).toMatchObject({ value: [{ name: MONITOR.name, address: MONITOR.email }] });
    expect(mail!.envelopeTo.sort()).toEqual([FOCAL_POINT.email, MONITOR.email].sort());
    expect(parsed.headers.get('x-dondoc-agency')).toBe('SO_GDDT, SO_LDTBXH');
    expect(parsed.headers.get('x-dondoc-kind')).toBe('escalation');
    expect(parsed.headers.get('x-dondoc-notice-key')).toBe(input.idempotencyKey);

    // Encodings: the message travels as 7-bit ASCII (RFC 2047 words, quoted-printable or
    // base64 bodies) and decodes back to the same composed Vietnamese.
    expect([...raw].every((byte) => byte < 128)).toBe(true);
    expect(raw.toString('ascii')).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
    expect(raw.toString('ascii')).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(parsed.text).toContain(`Nhiệm vụ:     II.2.4 — ${TASK_TEXT}`);
    expect(parsed.text).toContain('Nhiệm vụ dưới đây đã quá hạn 3 ngày và được đôn đốc ở cấp 2');
    expect(parsed.text).toContain('The task below is 3 days overdue and has been escalated to level 2');
    expect(parsed.text).toBe(parsed.text!.normalize('NFC'));
    expect(parsed.html).toContain(TASK_TEXT);
    expect(parsed.html).toContain('Phản hồi tại');

    const row = await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    expect(row).toMatchObject({ state: 'sent', smtpMessageId: result.messageId, assignmentId: ASSIGNMENT_ID, error: null, kind: 'escalation' });
    expect(row.recipients).toEqual([FOCAL_POINT.email, MONITOR.email]);
  });

  it('attaches a valid invite for the deadline, on the right day in Asia/Ho_Chi_Minh', async () => {
    // 00:30 on 1/1/2027 in Vietnam: still 31/12/2026 in UTC.
    await send(buildTestDelivery({ kind: 'assignment', step: 'ics', dueAt: '2026-12-31T17:30:00.000Z' }));
    const [mail] = await smtp.waitForMessages(1);
    const parsed = mail!.parsed;
    const invite = parsed.attachments.find((attachment) => attachment.contentDisposition === 'attachment' && attachment.filename?.endsWith('.ics'));
    expect(invite?.filename).toBe('han-II.2.4.ics');
    const calendarPart = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
    expect(calendarPart?.contentType).toBe('text/calendar');
    const ics = invite!.content.toString('utf8');
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(expect.arrayContaining(['METHOD:REQUEST', 'DTSTART;VALUE=DATE:20270101', 'SEQUENCE:0', 'TRIGGER:-PT16H']));
    expect(lines).toContain(`UID:deadline-${encodeURIComponent(ASSIGNMENT_ID)}@dondoc`);
    expect(lines.find((line) => line.startsWith('SUMMARY:'))).toContain('Hạn báo cáo II.2.4: Tăng cường công tác truyền thông');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(parsed.text).toContain('Thời hạn:     01/01/2027');
  });
});

describe('exactly once', () => {
  it('sends a notice sent twice only once, and answers the second call with the first Message-ID', async () => {
    const input = buildTestDelivery({ kind: 'reminder', step: 'twice' });
    const first = await send(input);
    const second = await send(input);
    expect(second).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(1);
  });

  it('sends once a notice left claimed by an attempt that crashed before sending', async () => {
    const input = buildTestDelivery({ kind: 'due-today', step: 'crashed' });
    await database.prisma.notification.create({
      data: { idempotencyKey: input.idempotencyKey, kind: input.request.kind, recipients: [], state: 'claimed', claimedAt: new Date(Date.now() - NOTICE_CLAIM_LEASE_MS - 1_000) },
    });
    await send(input);
    expect(smtp.received).toHaveLength(1);
    await send(input);
    expect(smtp.received).toHaveLength(1);
    expect(await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } })).toMatchObject({ state: 'sent' });
  });

  it('leaves alone a claim younger than the lease: another attempt may be sending it right now', async () => {
    const input = buildTestDelivery({ kind: 'due-today', step: 'held' });
    await database.prisma.notification.create({ data: { idempotencyKey: input.idempotencyKey, kind: input.request.kind, recipients: [], state: 'claimed' } });
    const failure = await send(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: NOTICE_CLAIM_HELD, nonRetryable: false });
    expect(smtp.received).toHaveLength(0);
  });

  it('sends 20 concurrent calls for one notice once: the others answer with its Message-ID or wait for the claim', async () => {
    const input = buildTestDelivery({ kind: 'reminder', step: 'concurrent' });
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => send(input)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') expect(outcome.value.messageId).toBe(smtp.received[0]!.parsed.messageId);
      else expect(outcome.reason).toMatchObject({ type: NOTICE_CLAIM_HELD });
    }
  });
});

describe('delivery failures', () => {
  it('records a temporary failure, retries on the next call without waiting for the lease, and sends once', async () => {
    const input = buildTestDelivery({ kind: 'reminder', step: 'greylisted' });
    smtp.deferring = true;
    const failure = await send(input).catch((error: unknown) => error);
    expect(failure).toMatchObject({ type: 'TemporaryDeliveryFailure', nonRetryable: false });
    const delayed = await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    expect(delayed.state).toBe('claimed');
    expect(delayed.error).toMatch(/^temporary at .*451 4\.7\.1 Greylisted/);
    smtp.deferring = false;
    await send(input);
    expect(smtp.received).toHaveLength(1);
    expect(await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } })).toMatchObject({ state: 'sent', error: null });
  });

  it('treats a refused connection as temporary', async () => {
    const closed = await startTestSmtpServer();
    await closed.stop();
    const unreachable = createNoticeSender({ prisma: database.prisma, transport: closed.url, from: { name: 'dondoc', address: 'dondoc@tinh.example' } });
    const failure = await send(buildTestDelivery({ step: 'refused-connection' }), unreachable).catch((error: unknown) => error);
    expect(failure).toMatchObject({ type: 'TemporaryDeliveryFailure', nonRetryable: false });
    expect((failure as Error).message).toMatch(/ECONNREFUSED/);
  });

  it('records a permanently refused address, flags the assignment and fails non-retryably, then and on every later call', async () => {
    const input = buildTestDelivery({ kind: 'reminder', step: 'refused' });
    smtp.refuse.add(FOCAL_POINT.email);
    smtp.refuse.add(MONITOR.email);
    const failure = await send(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'PermanentDeliveryFailure', nonRetryable: true });
    expect((failure as ApplicationFailure).details?.[0]).toMatchObject({ idempotencyKeys: [input.idempotencyKey], assignmentIds: [ASSIGNMENT_ID] });
    const row = await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    expect(row.state).toBe('failed');
    expect(row.error).toMatch(/^permanent: .*550 5\.1\.1/);
    expect(await database.prisma.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT_ID } })).toMatchObject({ deliveryProblem: true });

    await expect(send(input)).rejects.toMatchObject({ type: 'PermanentDeliveryFailure', nonRetryable: true });
    expect(smtp.recipientAttempts.get(FOCAL_POINT.email)).toBe(1);
    expect(smtp.received).toHaveLength(0);
  });

  it('delivers to the accepted recipients when one is refused, and records the refusal', async () => {
    await database.prisma.assignment.update({ where: { id: ASSIGNMENT_ID }, data: { deliveryProblem: false } });
    const input = buildTestDelivery({ kind: 'reminder', step: 'partly-refused' });
    smtp.refuse.add(MONITOR.email);
    await send(input);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.envelopeTo).toEqual([FOCAL_POINT.email]);
    const row = await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    expect(row).toMatchObject({ state: 'sent' });
    expect(row.error).toContain(`refused by the mail server: ${MONITOR.email}`);
    expect(await database.prisma.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT_ID } })).toMatchObject({ deliveryProblem: true });
  });

  it('refuses an invalid notice at once, saying which field', async () => {
    // An escalation addressed to the assignee carries no escalation level: a bug in the workflow.
    const failure = await send(buildTestDelivery({ kind: 'escalation', step: 'invalid', level: 1, audience: 'assignee' })).catch((error: unknown) => error);
    expect(failure).toMatchObject({ type: 'InvalidNotice', nonRetryable: true });
    expect((failure as Error).message).toContain('a notice of kind escalation needs escalationLevel');
  });
});
