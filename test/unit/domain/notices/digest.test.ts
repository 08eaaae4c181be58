// The daily digest (#12): which notices wait for it, which day's digest carries them, what the
// mail lists, and how many mails a unit receives with and without it.
import { describe, expect, it } from 'vitest';
import { buildCalendar, instantAt } from '../../../../domain/calendar';
import { composeDigest, countMailsPerUnit, digestDayOf, digestKey, digestSectionOf, nextDigestAt, type TDigestItem } from '../../../../domain/notices';

const calendar = buildCalendar();

describe('digestSectionOf', () => {
  it('gathers what the unit itself is told about its own work', () => {
    expect(digestSectionOf({ kind: 'assignment', audience: 'assignee' })).toBe('assigned');
    expect(digestSectionOf({ kind: 'review-request', audience: 'assignee' })).toBe('assigned');
    expect(digestSectionOf({ kind: 'inspection-notice', audience: 'assignee' })).toBe('assigned');
    expect(digestSectionOf({ kind: 'reminder', audience: 'assignee' })).toBe('due-soon');
    expect(digestSectionOf({ kind: 'due-today', audience: 'assignee' })).toBe('due-soon');
    expect(digestSectionOf({ kind: 'escalation', audience: 'focal_point' })).toBe('overdue');
  });

  it('keeps escalations to heads, the monitoring department and the leadership individual', () => {
    expect(digestSectionOf({ kind: 'escalation', audience: 'agency_head' })).toBeNull();
    expect(digestSectionOf({ kind: 'escalation', audience: 'monitoring_agency' })).toBeNull();
    expect(digestSectionOf({ kind: 'escalation', audience: 'leadership' })).toBeNull();
  });

  it('keeps answers to the unit and notices carrying someone’s words individual', () => {
    for (const kind of ['extension-decided', 'explanation-requested', 'report-accepted', 'report-returned', 'deadline-changed', 'cancelled', 'period-closed'] as const) {
      expect(digestSectionOf({ kind, audience: 'assignee' }), kind).toBeNull();
    }
    expect(digestSectionOf({ kind: 'delivery-failure', audience: 'monitoring_agency' })).toBeNull();
    expect(digestSectionOf({ kind: 'assignment', audience: 'assignee', note: 'moved from Sở Y tế' })).toBeNull();
  });

  it('puts an inspection notice naming the facilities inspected in the digest: the names are its content, not someone’s words', () => {
    expect(digestSectionOf({ kind: 'inspection-notice', audience: 'assignee', note: 'Cơ sở được kiểm tra / Facilities inspected: Trung tâm A.' })).toBe('assigned');
  });
});

describe('digestDayOf and nextDigestAt', () => {
  // Monday 2026-11-30 is a working day; 2026-12-05/06 a weekend; 2027-01-01 New Year's Day (a Friday).
  it('puts a notice decided before the morning digest in that day’s digest, a later one in the next working day’s', () => {
    expect(digestDayOf(instantAt('2026-11-30', '08:00'), calendar)).toBe('2026-11-30');
    expect(digestDayOf(instantAt('2026-11-30', '08:30'), calendar)).toBe('2026-12-01');
    expect(digestDayOf(instantAt('2026-11-30', '15:00'), calendar)).toBe('2026-12-01');
  });

  it('lets weekend and holiday notices wait for the next working day', () => {
    expect(digestDayOf(instantAt('2026-12-05', '08:00'), calendar)).toBe('2026-12-07');
    expect(digestDayOf(instantAt('2026-12-31', '10:00'), calendar)).toBe('2027-01-04');
    expect(nextDigestAt(instantAt('2026-12-31', '10:00'), calendar)).toEqual(instantAt('2027-01-04', '08:30'));
    expect(nextDigestAt(instantAt('2026-11-30', '07:00'), calendar)).toEqual(instantAt('2026-11-30', '08:30'));
  });

  it('keys one digest per agency and day', () => {
    expect(digestKey('SYT', '2026-11-30')).toBe('digest|SYT|2026-11-30');
    expect(digestKey('SYT', '2026-11-30')).not.toBe(digestKey('SYT', '2026-12-01'));
    expect(digestKey('SYT', '2026-11-30')).not.toBe(digestKey('SGDDT', '2026-11-30'));
  });
});

const item = (overrides: Partial<TDigestItem>): TDigestItem => ({
  section: 'assigned',
  kind: 'assignment',
  planTitle: 'Kế hoạch 135',
  taskRef: '1.1',
  taskText: 'Báo cáo tình hình trẻ em',
  assignmentId: 'kh135/1.1/SYT',
  deadline: '2026-12-15T16:59:59.999Z',
  actionPath: '/assignments/kh135%2F1.1%2FSYT',
  agencyCode: 'SYT',
  ...overrides,
});

describe('composeDigest', () => {
  it('lists newly assigned, due soon and overdue items, each with its deadline and link', () => {
    const mail = composeDigest({
      agencyName: 'Sở Y tế',
      day: '2026-11-30',
      baseUrl: 'https://dondoc.example/',
      items: [
        item({}),
        item({ section: 'due-soon', kind: 'reminder', taskRef: '2.3', assignmentId: 'kh135/2.3/SYT', actionPath: '/assignments/kh135%2F2.3%2FSYT' }),
        item({ section: 'overdue', kind: 'escalation', taskRef: '3.1', taskText: 'Kiểm tra <cơ sở>', assignmentId: 'kh135/3.1/SYT', actionPath: '/assignments/kh135%2F3.1%2FSYT', deadline: '2026-11-20T16:59:59.999Z' }),
      ],
    });
    expect(mail.subject).toBe('[dondoc] Tổng hợp công việc ngày 30/11/2026 (3) / Daily digest');
    expect(mail.text).toContain('Kính gửi Sở Y tế,');
    expect(mail.text).toMatch(/NHIỆM VỤ MỚI ĐƯỢC GIAO \(1\)\n- 1\.1: Báo cáo tình hình trẻ em\n {2}Hạn: 15\/12\/2026/);
    expect(mail.text).toContain('SẮP ĐẾN HẠN (1)\n- 2.3');
    expect(mail.text).toContain('QUÁ HẠN (1)\n- 3.1');
    expect(mail.text).toContain('https://dondoc.example/assignments/kh135%2F3.1%2FSYT');
    expect(mail.text).toContain('OVERDUE (1)');
    expect(mail.html).toContain('<a href="https://dondoc.example/assignments/kh135%2F1.1%2FSYT">1.1</a>');
    expect(mail.html).toContain('Kiểm tra &lt;cơ sở&gt;');
  });

  it('lists an item several notices speak of once, in its most urgent section', () => {
    const mail = composeDigest({
      agencyName: 'Sở Y tế',
      day: '2026-12-15',
      baseUrl: 'https://dondoc.example',
      items: [item({ section: 'due-soon', kind: 'reminder' }), item({ section: 'due-soon', kind: 'due-today' }), item({ section: 'overdue', kind: 'escalation' })],
    });
    expect(mail.subject).toContain('(1)');
    expect(mail.text).not.toContain('SẮP ĐẾN HẠN');
    expect(mail.text).toContain('QUÁ HẠN (1)');
  });

  it('lists the facilities an inspection notice names with its item', () => {
    const note = 'Cơ sở được kiểm tra / Facilities inspected: Trung tâm Bảo trợ xã hội <tỉnh>.';
    const mail = composeDigest({ agencyName: 'Sở Y tế', day: '2026-11-30', baseUrl: 'https://dondoc.example', items: [item({ kind: 'inspection-notice', note })] });
    expect(mail.text).toContain(`- 1.1: Báo cáo tình hình trẻ em\n  ${note}\n  Hạn: 15/12/2026`);
    expect(mail.html).toContain('Trung tâm Bảo trợ xã hội &lt;tỉnh&gt;');
  });

  it('refuses an empty digest', () => {
    expect(() => composeDigest({ agencyName: 'Sở Y tế', day: '2026-11-30', baseUrl: 'https://dondoc.example', items: [] })).toThrow(/at least one item/);
  });
});

describe('countMailsPerUnit', () => {
  it('counts one digest per unit and working day for its routine notices, and every individual mail', () => {
    const at = (day: string, time: string) => instantAt(day, time).toISOString();
    const notices = [
      // Loaded on Monday afternoon: three assignments, one digest on Tuesday.
      { at: at('2026-11-30', '15:00'), kind: 'assignment' as const, audience: 'assignee' as const, agency: 'SYT' },
      { at: at('2026-11-30', '15:00'), kind: 'assignment' as const, audience: 'assignee' as const, agency: 'SYT' },
      { at: at('2026-11-30', '15:00'), kind: 'inspection-notice' as const, audience: 'assignee' as const, agency: 'SYT' },
      // Tuesday 08:00 reminder: before Tuesday's digest, so in it too.
      { at: at('2026-12-01', '08:00'), kind: 'reminder' as const, audience: 'assignee' as const, agency: 'SYT' },
      // An escalation to the head stays its own mail.
      { at: at('2026-12-01', '08:00'), kind: 'escalation' as const, audience: 'agency_head' as const, agency: 'SYT' },
      { at: at('2026-11-30', '15:00'), kind: 'assignment' as const, audience: 'assignee' as const, agency: 'SGDDT' },
    ];
    const { before, after } = countMailsPerUnit(notices, calendar);
    expect(before.get('SYT')?.get('2026')).toBe(5);
    expect(after.get('SYT')?.get('2026')).toBe(2);
    expect(before.get('SGDDT')?.get('2026')).toBe(1);
    expect(after.get('SGDDT')?.get('2026')).toBe(1);
  });

  it('counts a digest in the year it is sent: New Year’s Eve notices arrive in January', () => {
    const notices = [{ at: instantAt('2026-12-31', '10:00').toISOString(), kind: 'reminder' as const, audience: 'assignee' as const, agency: 'SYT' }];
    const { before, after } = countMailsPerUnit(notices, calendar);
    expect(before.get('SYT')?.get('2026')).toBe(1);
    expect(after.get('SYT')?.get('2027')).toBe(1);
    expect(after.get('SYT')?.get('2026')).toBeUndefined();
  });
});
