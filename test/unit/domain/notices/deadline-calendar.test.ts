// The iCalendar event of a deadline (RFC 5545): the right local day, a UID stable per
// assignment, a SEQUENCE that grows when the deadline moves, an alarm, well-formed lines.
import { describe, expect, it } from 'vitest';
import { buildDeadlineCalendar, deadlineEventUid, foldLine } from '../../../../domain/notices';
import { buildTestNotice } from '../../../fixtures/notification-workflows/notice-builder';

const organizer = { name: 'dondoc', email: 'dondoc@tinh.example' };
const options = { baseUrl: 'https://dondoc.example', organizer };

/** Unfolded content lines as a map of name (with parameters) to value. */
function properties(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe('buildDeadlineCalendar', () => {
  it('puts the event on the deadline day in Vietnam, even when that day has not begun in UTC', () => {
    // 00:30 on 1/1/2027 in Vietnam is still 31/12/2026 in UTC.
    const ics = buildDeadlineCalendar(buildTestNotice({ deadline: '2026-12-31T17:30:00.000Z' }), options)!.content;
    expect(properties(ics)).toContain('DTSTART;VALUE=DATE:20270101');
    expect(properties(ics)).toContain('DTEND;VALUE=DATE:20270102');
    const endOfDay = buildDeadlineCalendar(buildTestNotice(), options)!.content;
    expect(properties(endOfDay)).toContain('DTSTART;VALUE=DATE:20261231');
  });

  it('keeps the UID of the assignment and raises SEQUENCE when the deadline moves', () => {
    const first = buildDeadlineCalendar(buildTestNotice({ kind: 'assignment' }), options)!;
    const moved = buildDeadlineCalendar(buildTestNotice({ kind: 'extension-decided', deadline: '2027-01-15T16:59:59.999Z', deadlineSequence: 1 }), options)!;
    const uid = `UID:${deadlineEventUid('II.2.4:SO_GDDT:2026')}`;
    expect(properties(first.content)).toContain(uid);
    expect(properties(moved.content)).toContain(uid);
    expect(properties(first.content)).toContain('SEQUENCE:0');
    expect(properties(moved.content)).toContain('SEQUENCE:1');
    expect(properties(moved.content)).toContain('DTSTART;VALUE=DATE:20270115');
  });

  it('is an invitation (METHOD:REQUEST) with organizer, attendee and an alarm at 08:00 the day before', () => {
    const calendar = buildDeadlineCalendar(buildTestNotice(), options)!;
    const lines = properties(calendar.content);
    expect(calendar.method).toBe('REQUEST');
    expect(lines).toEqual(expect.arrayContaining(['METHOD:REQUEST', 'ORGANIZER;CN="dondoc":mailto:dondoc@tinh.example', 'DTSTAMP:20261129T010000Z']));
    expect(lines.find((line) => line.startsWith('ATTENDEE;'))).toBe(
      'ATTENDEE;CN="Nguyễn Thị Đầu Mối";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:dau-moi@so-gddt.example',
    );
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual(['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Ngày mai đến hạn II.2.4 / II.2.4 is due tomorrow', 'TRIGGER:-PT16H', 'END:VALARM']);
    expect(buildDeadlineCalendar(buildTestNotice(), { baseUrl: 'https://dondoc.example' })!.method).toBe('PUBLISH');
  });

  it('moves the event for a changed deadline and withdraws it for a cancelled assignment', () => {
    const changed = buildDeadlineCalendar(buildTestNotice({ kind: 'deadline-changed', deadline: '2027-02-26T16:59:59.999Z', deadlineSequence: 2 }), options)!;
    expect(properties(changed.content)).toEqual(expect.arrayContaining(['METHOD:REQUEST', 'SEQUENCE:2', 'DTSTART;VALUE=DATE:20270226', 'STATUS:CONFIRMED']));
    const cancelled = buildDeadlineCalendar(buildTestNotice({ kind: 'cancelled', deadline: '2027-02-26T16:59:59.999Z', deadlineSequence: 2 }), options)!;
    expect(cancelled.method).toBe('CANCEL');
    expect(properties(cancelled.content)).toEqual(
      expect.arrayContaining(['METHOD:CANCEL', 'SEQUENCE:3', 'STATUS:CANCELLED', `UID:${deadlineEventUid('II.2.4:SO_GDDT:2026')}`]),
    );
  });

  it('writes CRLF lines of at most 75 octets, escapes TEXT and keeps Vietnamese intact when unfolded', () => {
    const ics = buildDeadlineCalendar(buildTestNotice(), options)!.content;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const summary = properties(ics).find((line) => line.startsWith('SUMMARY:'))!;
    expect(summary).toBe(
      'SUMMARY:Hạn báo cáo II.2.4: Tăng cường công tác truyền thông\\, giáo dục\\, vận động xã hội nâng cao nhận thức về bảo vệ\\, chăm sóc trẻ em\\; phòng\\, chống xâm hại trẻ em',
    );
  });

  it('never splits a multi-byte letter when folding', () => {
    const folded = foldLine(`DESCRIPTION:${'ệ'.repeat(60)}`);
    for (const piece of folded.split('\r\n')) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
      expect(piece.replace(/^ /, '')).toMatch(/^(DESCRIPTION:)?ệ+$/);
    }
  });
});
