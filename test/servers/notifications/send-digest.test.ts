// sendDigest: one mail for several notices when the agency asked for a digest, one each when
// not; either way every notice's key is claimed, so nothing goes out twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNotificationActivities, messageIdForDigest } from '../../../activities/notifications';
import { buildTestNotice } from '../../fixtures/notification-workflows/notice-builder';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

let database: TestDatabase;
let smtp: TestSmtpServer;
let activities: ReturnType<typeof createNotificationActivities>;

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startTestSmtpServer()]);
  activities = createNotificationActivities({ prisma: database.prisma, transport: smtp.url, from: { name: 'dondoc', address: 'dondoc@tinh.example' }, baseUrl: 'https://dondoc.example' });
});

afterAll(async () => {
  await smtp?.stop();
  await database?.drop();
});

beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuse.clear();
});

const agency = { code: 'SO_GDDT', name: 'Sở Giáo dục và Đào tạo' };

describe('sendDigest', () => {
  it('sends one mail listing the notices not sent yet, and nothing when called again', async () => {
    const notices = [
      buildTestNotice({ kind: 'assignment', assignmentId: 'II.2.1:SO_GDDT:2026' }),
      buildTestNotice({ kind: 'reminder', assignmentId: 'II.2.2:SO_GDDT:2026' }),
      buildTestNotice({ kind: 'overdue', assignmentId: 'II.2.3:SO_GDDT:2026' }),
    ];
    await activities.sendNotice(notices[2]!);
    smtp.received.length = 0;

    const result = await activities.sendDigest({ ...agency, digest: true }, notices);
    expect(result.mode).toBe('digest');
    expect(result.digestMessageId).toBe(messageIdForDigest([notices[0]!.idempotencyKey, notices[1]!.idempotencyKey]));
    expect(result.results.map((each) => each.status)).toEqual(['sent', 'sent', 'already-sent']);

    const [mail] = await smtp.waitForMessages(1);
    expect(mail!.parsed.subject).toBe('[dondoc] Tổng hợp 2 thông báo: Sở Giáo dục và Đào tạo');
    expect(mail!.parsed.text).toContain('1. [Giao nhiệm vụ] II.2.4');
    expect(mail!.parsed.text).toContain('2. [Còn 7 ngày đến hạn] II.2.4');
    expect(mail!.parsed.headers.get('x-dondoc-kind')).toBe('digest');
    expect(mail!.parsed.attachments.filter((attachment) => attachment.contentType === 'text/calendar')).toHaveLength(1);

    const rows = await database.prisma.notification.findMany({ where: { idempotencyKey: { in: notices.slice(0, 2).map((notice) => notice.idempotencyKey) } } });
    expect(rows.map((row) => [row.state, row.smtpMessageId])).toEqual([
      ['sent', result.digestMessageId],
      ['sent', result.digestMessageId],
    ]);

    const again = await activities.sendDigest({ ...agency, digest: true }, notices);
    expect(again.results.map((each) => each.status)).toEqual(['already-sent', 'already-sent', 'already-sent']);
    expect(again.digestMessageId).toBeNull();
    expect(smtp.received).toHaveLength(1);
  });

  it('sends one mail per notice when the agency has no digest', async () => {
    const notices = [buildTestNotice({ kind: 'reminder', step: 'separate-1' }), buildTestNotice({ kind: 'reminder', step: 'separate-2' })];
    const result = await activities.sendDigest({ ...agency, digest: false }, notices);
    expect(result.mode).toBe('separate');
    expect(result.results.map((each) => each.status)).toEqual(['sent', 'sent']);
    expect(smtp.received).toHaveLength(2);
  });

  it('records a refused digest against every notice in it and fails non-retryably', async () => {
    const notices = [buildTestNotice({ kind: 'reminder', step: 'refused-1' }), buildTestNotice({ kind: 'overdue', step: 'refused-2' })];
    smtp.refuse.add('dau-moi@so-gddt.example');
    smtp.refuse.add('theo-doi@so-ldtbxh.example');
    await expect(activities.sendDigest({ ...agency, digest: true }, notices)).rejects.toMatchObject({ type: 'PermanentDeliveryFailure', nonRetryable: true });
    const rows = await database.prisma.notification.findMany({ where: { idempotencyKey: { in: notices.map((notice) => notice.idempotencyKey) } } });
    expect(rows.map((row) => row.state)).toEqual(['failed', 'failed']);
  });
});
