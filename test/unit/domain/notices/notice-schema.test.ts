// The notice contract: what each kind must carry, and text composed to NFC on the way in.
import { describe, expect, it } from 'vitest';
import { ZNotice, noticeAgencyCodes } from '../../../../domain/notices';
import { TASK_TEXT, buildTestNotice } from '../../../fixtures/notification-workflows/notice-builder';

describe('ZNotice', () => {
  it('composes decomposed Vietnamese text to NFC', () => {
    const notice = buildTestNotice({ task: { ref: 'II.2.4', text: TASK_TEXT.normalize('NFD') } });
    expect(notice.task.text).toBe(TASK_TEXT);
    expect(notice.task.text.normalize('NFC')).toBe(notice.task.text);
  });

  it('counts days left or overdue from issuedAt in Vietnam days when the caller gives neither', () => {
    // Issued 08:00 on 29/11/2026 in Vietnam (01:00Z); due at the end of 31/12/2026.
    expect(buildTestNotice({ kind: 'assignment' })).toMatchObject({ daysLeft: 32 });
    expect(buildTestNotice({ kind: 'reminder', daysLeft: undefined })).toMatchObject({ daysLeft: 32 });
    expect(buildTestNotice({ kind: 'due-today', daysLeft: undefined })).toMatchObject({ daysLeft: 0 });
    // Issued 06:30 on 2/1/2027 in Vietnam, which is still 1/1 in UTC: 2 days late, not 1.
    const late = buildTestNotice({ kind: 'escalation', daysOverdue: undefined, issuedAt: '2027-01-01T23:30:00.000Z' });
    expect(late).toMatchObject({ daysOverdue: 2 });
    expect(late.daysLeft).toBeUndefined();
    expect(buildTestNotice({ kind: 'escalation', daysOverdue: undefined })).toMatchObject({ daysOverdue: 1 });
    expect(buildTestNotice({ kind: 'report-accepted' }).daysLeft).toBeUndefined();
  });

  it('asks an escalation for its level and a deadline notice for its deadline, naming the field', () => {
    const escalation = { ...buildTestNotice({ kind: 'escalation' }), escalationLevel: undefined };
    expect(ZNotice.safeParse(escalation).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['escalationLevel'], 'a notice of kind escalation needs escalationLevel: the notice says which level it is'],
    ]);
    expect(ZNotice.safeParse({ ...buildTestNotice({ kind: 'reminder' }), deadline: null }).error?.issues[0]?.path).toEqual(['deadline']);
  });

  it('asks a delivery-failure notice which notice failed, and lets plan-level notices go without an assignment', () => {
    expect(ZNotice.safeParse({ ...buildTestNotice({ kind: 'report-accepted' }), kind: 'delivery-failure' }).success).toBe(false);
    expect(buildTestNotice({ kind: 'period-closed', assignmentId: null, deadline: null }).assignmentId).toBeNull();
  });

  it('refuses a notice with nobody to write to, and a deadline without its offset', () => {
    expect(ZNotice.safeParse({ ...buildTestNotice(), recipients: { to: [], cc: [] } }).error?.issues[0]?.message).toBe('a notice needs at least one recipient in `to`');
    expect(ZNotice.safeParse({ ...buildTestNotice(), deadline: '2026-12-31 23:59' }).success).toBe(false);
  });

  it('lists the agencies a notice reaches, To first, each once', () => {
    const notice = buildTestNotice();
    expect(noticeAgencyCodes({ recipients: { to: notice.recipients.to, cc: [...notice.recipients.cc, ...notice.recipients.to] } })).toEqual(['SO_GDDT', 'SO_LDTBXH']);
  });
});
