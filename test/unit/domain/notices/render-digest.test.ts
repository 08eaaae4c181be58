// A digest lists several notices for one agency in one mail, Vietnamese first.
import { describe, expect, it } from 'vitest';
import { ENGLISH_SEPARATOR, renderDigest } from '../../../../domain/notices';
import { buildTestNotice } from '../../../fixtures/notification-workflows/notice-builder';

describe('renderDigest', () => {
  it('lists each notice with its kind, task, deadline and link, in the order given', () => {
    const notices = [buildTestNotice({ kind: 'reminder' }), buildTestNotice({ kind: 'overdue', assignmentId: 'II.2.5:SO_GDDT:2026' })];
    const digest = renderDigest({ code: 'SO_GDDT', name: 'Sở Giáo dục và Đào tạo' }, notices, { baseUrl: 'https://dondoc.example' });
    expect(digest.subject).toBe('[dondoc] Tổng hợp 2 thông báo: Sở Giáo dục và Đào tạo');
    const [vietnamese, english] = digest.text.split(ENGLISH_SEPARATOR);
    expect(vietnamese).toContain('1. [Còn 7 ngày đến hạn] II.2.4 Tăng cường');
    expect(vietnamese).toContain('— hạn 31/12/2026, còn 7 ngày');
    expect(vietnamese).toContain('2. [Quá hạn 3 ngày] II.2.4');
    expect(vietnamese).toContain('https://dondoc.example/assignments/II.2.5%3ASO_GDDT%3A2026');
    expect(english).toContain('1. [Due in 7 days] II.2.4');
    expect(digest.html).toContain('<ol><li>');
  });

  it('refuses an empty digest', () => {
    expect(() => renderDigest({ code: 'SO_GDDT', name: 'Sở GDĐT' }, [], { baseUrl: 'https://dondoc.example' })).toThrow(/at least one notice/);
  });
});
