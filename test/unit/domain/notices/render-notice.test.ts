// Rendering is pure: the subject, the text and HTML parts, in Vietnamese first, with the
// deadline as a Vietnamese official reads it.
import { describe, expect, it } from 'vitest';
import { ENGLISH_SEPARATOR, formatVietnameseDate, renderNotice, renderNoticeSubject } from '../../../../domain/notices';
import { TASK_TEXT, buildTestNotice } from '../../../fixtures/notification-workflows/notice-builder';

const options = { baseUrl: 'https://dondoc.example/' };

describe('formatVietnameseDate', () => {
  it('writes dd/mm/yyyy in Asia/Ho_Chi_Minh across the UTC date boundary', () => {
    expect(formatVietnameseDate('2026-12-31T16:59:59.999Z')).toBe('31/12/2026');
    // 17:30 UTC on 31/12 is already 00:30 on New Year's Day in Vietnam.
    expect(formatVietnameseDate('2026-12-31T17:30:00.000Z')).toBe('01/01/2027');
    expect(formatVietnameseDate('2026-03-04T23:00:00+07:00')).toBe('04/03/2026');
  });
});

describe('renderNoticeSubject', () => {
  it('reads "[dondoc] Còn 7 ngày đến hạn: II.2.4 …" and stays on one short line', () => {
    const subject = renderNoticeSubject(buildTestNotice({ kind: 'reminder' }));
    expect(subject).toBe('[dondoc] Còn 7 ngày đến hạn: II.2.4 Tăng cường công tác truyền thông, giáo dục, vận động xã hội…');
    expect(subject).not.toMatch(/\n/);
  });

  it('names each kind so that a folder sorted by subject groups them', () => {
    const subjects = {
      assignment: renderNoticeSubject(buildTestNotice({ kind: 'assignment' })),
      reminder: renderNoticeSubject(buildTestNotice({ kind: 'reminder' })),
      dueToday: renderNoticeSubject(buildTestNotice({ kind: 'due-today', daysLeft: 0 })),
      escalation: renderNoticeSubject(buildTestNotice({ kind: 'escalation', escalationLevel: 3, daysOverdue: 12 })),
      extension: renderNoticeSubject(buildTestNotice({ kind: 'extension-decided', deadline: '2027-01-15T16:59:59.999Z' })),
      refused: renderNoticeSubject(buildTestNotice({ kind: 'extension-decided', extension: { approved: false } })),
      changed: renderNoticeSubject(buildTestNotice({ kind: 'deadline-changed', deadline: '2027-02-26T16:59:59.999Z' })),
      cancelled: renderNoticeSubject(buildTestNotice({ kind: 'cancelled' })),
    };
    expect(subjects.assignment).toMatch(/^\[dondoc\] Giao nhiệm vụ: II\.2\.4 /);
    expect(subjects.reminder).toMatch(/^\[dondoc\] Còn 7 ngày đến hạn: II\.2\.4 /);
    expect(subjects.dueToday).toMatch(/^\[dondoc\] Đến hạn hôm nay: II\.2\.4 /);
    expect(subjects.escalation).toMatch(/^\[dondoc\] Đôn đốc cấp 3, quá hạn 12 ngày: II\.2\.4 /);
    expect(subjects.extension).toMatch(/^\[dondoc\] Chấp thuận gia hạn đến 15\/01\/2027: /);
    expect(subjects.refused).toMatch(/^\[dondoc\] Không chấp thuận gia hạn: /);
    expect(subjects.changed).toMatch(/^\[dondoc\] Điều chỉnh thời hạn đến 26\/02\/2027: /);
    expect(subjects.cancelled).toMatch(/^\[dondoc\] Hủy nhiệm vụ: /);
  });
});

describe('renderNotice', () => {
  it('writes Vietnamese first, then English, with the plan, the task, the deadline and the link', () => {
    const { text } = renderNotice(buildTestNotice({ kind: 'reminder' }), options);
    const [vietnamese, english] = text.split(ENGLISH_SEPARATOR);
    expect(vietnamese).toContain('Kính gửi: Nguyễn Thị Đầu Mối (SO_GDDT)');
    expect(vietnamese).toContain('Nhiệm vụ dưới đây còn 7 ngày đến hạn.');
    expect(vietnamese).toContain('Kế hoạch:     135-KH/TU — Kế hoạch thực hiện Chỉ thị 28-CT/TW');
    expect(vietnamese).toContain(`Nhiệm vụ:     II.2.4 — ${TASK_TEXT}`);
    expect(vietnamese).toContain('Thời hạn:     31/12/2026 (còn 7 ngày), theo giờ Việt Nam (UTC+7)');
    expect(vietnamese).toContain('Đồng gửi:     Trần Văn Theo Dõi <theo-doi@so-ldtbxh.example> (SO_LDTBXH)');
    expect(vietnamese).toContain('Phản hồi tại: https://dondoc.example/assignments/II.2.4%3ASO_GDDT%3A2026');
    expect(english).toContain('The task below is due in 7 days.');
    expect(english).toContain('Deadline:           31/12/2026 (7 days left), Vietnam time (UTC+7)');
    expect(english).toContain('Also informed (Cc): Trần Văn Theo Dõi');
  });

  it('keeps every Vietnamese letter intact and composed (NFC), even from decomposed input', () => {
    const notice = buildTestNotice({ kind: 'escalation' });
    const decomposed = { ...notice, task: { ...notice.task, text: TASK_TEXT.normalize('NFD') } };
    const rendered = renderNotice(decomposed, options);
    for (const part of [rendered.subject, rendered.text, rendered.html]) {
      expect(part).toBe(part.normalize('NFC'));
      expect(part).toContain('Tăng cường công tác truyền thông');
    }
    expect(rendered.text).toContain('Nhiệm vụ dưới đây đã quá hạn 3 ngày và được đôn đốc ở cấp 2');
  });

  it('says the escalation level and whom it reaches', () => {
    const { text } = renderNotice(buildTestNotice({ kind: 'escalation', escalationLevel: 4, daysOverdue: 25 }), options);
    expect(text).toContain('Mức đôn đốc:  cấp 4 — lãnh đạo Ủy ban nhân dân tỉnh');
    expect(text).toContain("Escalation level:   level 4 — the provincial People's Committee leadership");
  });

  it('escapes HTML and marks each section with its language', () => {
    const { html } = renderNotice(buildTestNotice({ kind: 'report-returned', note: 'Thiếu số liệu <chỉ tiêu 3> & phụ lục' }), options);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<div lang="vi">');
    expect(html).toContain('<div lang="en">');
    expect(html.indexOf('<div lang="vi">')).toBeLessThan(html.indexOf('<div lang="en">'));
    expect(html).toContain('Thiếu số liệu &lt;chỉ tiêu 3&gt; &amp; phụ lục');
    expect(html).toContain('href="https://dondoc.example/assignments/II.2.4%3ASO_GDDT%3A2026"');
  });

  it('tells the monitor which notice failed, to whom and why', () => {
    const notice = buildTestNotice({
      kind: 'delivery-failure',
      recipients: { to: [{ name: 'Trần Văn Theo Dõi', email: 'theo-doi@so-ldtbxh.example', agencyCode: 'SO_LDTBXH' }], cc: [] },
      failedDelivery: { kind: 'reminder', idempotencyKey: 'k', addresses: ['sai@so-gddt.example'], reason: '550 mailbox unavailable' },
    });
    const { subject, text } = renderNotice(notice, options);
    expect(subject).toMatch(/^\[dondoc\] Không gửi được thông báo: II\.2\.4/);
    expect(text).toContain('Hệ thống không gửi được thông báo "Nhắc hạn" tới sai@so-gddt.example: 550 mailbox unavailable.');
    expect(text).toContain('Đồng gửi:     không có');
  });

  it('states the old deadline beside the new one when an extension is approved', () => {
    const { text } = renderNotice(buildTestNotice({ kind: 'extension-decided', deadline: '2027-01-15T16:59:59.999Z' }), options);
    expect(text).toContain('Đề nghị gia hạn của quý cơ quan đã được chấp thuận. Thời hạn mới: 15/01/2027 (thời hạn cũ: 30/11/2026).');
    expect(text).toContain('New deadline: 15/01/2027 (previously 30/11/2026).');
  });

  it('carries a calendar event only for a new assignment and an approved extension', () => {
    expect(renderNotice(buildTestNotice({ kind: 'assignment' }), options).calendar).not.toBeNull();
    expect(renderNotice(buildTestNotice({ kind: 'extension-decided' }), options).calendar).not.toBeNull();
    expect(renderNotice(buildTestNotice({ kind: 'extension-decided', extension: { approved: false } }), options).calendar).toBeNull();
    expect(renderNotice(buildTestNotice({ kind: 'reminder' }), options).calendar).toBeNull();
  });
});

describe('notices to a body the plan can only request from (đề nghị)', () => {
  it('asks courteously instead of assigning and urging, with the same notice key', () => {
    for (const kind of ['assignment', 'reminder', 'due-today'] as const) {
      const ordered = buildTestNotice({ kind, ...(kind === 'due-today' ? { daysLeft: 0 } : {}) });
      const requested = buildTestNotice({ kind, mandate: 'request', ...(kind === 'due-today' ? { daysLeft: 0 } : {}) });
      expect(requested.idempotencyKey).toBe(ordered.idempotencyKey);
      const [vietnamese, english] = renderNotice(requested, options).text.split(ENGLISH_SEPARATOR);
      expect(vietnamese).toMatch(/trân trọng đề nghị/iu);
      expect(vietnamese).not.toMatch(/được giao|khẩn trương/u);
      expect(english).not.toMatch(/has been assigned/);
      expect(renderNoticeSubject(requested)).not.toBe(renderNoticeSubject(ordered));
    }
    expect(renderNoticeSubject(buildTestNotice({ kind: 'assignment', mandate: 'request' }))).toMatch(/^\[dondoc\] Đề nghị phối hợp thực hiện: II\.2\.4/u);
  });

  it('keeps the usual wording of the other kinds, and of every kind for an order', () => {
    expect(renderNotice(buildTestNotice({ kind: 'report-accepted', mandate: 'request' }), options).text).toBe(renderNotice(buildTestNotice({ kind: 'report-accepted' }), options).text);
    expect(renderNotice(buildTestNotice({ kind: 'reminder', mandate: 'order' }), options).text).toContain('Đề nghị quý cơ quan khẩn trương hoàn thành');
  });
});
