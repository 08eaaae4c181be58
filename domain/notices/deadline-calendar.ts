// The calendar event that puts an assignment's deadline into the agency's calendar. The
// assignment notice creates it; an approved extension or a changed deadline updates it (same
// UID, higher SEQUENCE); a cancelled assignment withdraws it.
import { formatVietnameseDate, localDayOfInstant, nfc, responseLink } from './format';
import { buildCalendarEvent, calendarMethodOf, type TCalendarMethod, type TCalendarPerson } from './icalendar';
import { type TNotice } from './notice';
import { type TRenderOptions } from './notice-facts';

export interface TCalendarOptions extends TRenderOptions {
  /** The sender: with it the event is an invitation (METHOD:REQUEST) that calendars update in place. */
  organizer?: TCalendarPerson;
}

export interface TNoticeCalendar {
  filename: string;
  method: TCalendarMethod;
  content: string;
}

/**
 * 08:00 local on the day before the deadline: the all-day event starts at 00:00, so 16 hours
 * earlier is the start of office hours the previous day, time enough to send the report.
 */
const DEADLINE_ALARM_TRIGGER = '-PT16H';

/** Notices that create, move or withdraw the deadline in the agency's calendar. */
function carriesCalendarEvent(notice: TNotice): boolean {
  if (!notice.assignmentId || !notice.deadline) return false;
  if (notice.kind === 'extension-decided') return notice.extension?.approved === true;
  return notice.kind === 'assignment' || notice.kind === 'deadline-changed' || notice.kind === 'cancelled';
}

/** One UID per assignment, whatever the deadline: that is what makes a moved deadline an update. */
export function deadlineEventUid(assignmentId: string): string {
  return `deadline-${encodeURIComponent(assignmentId)}@dondoc`;
}

export function buildDeadlineCalendar(notice: TNotice, options: TCalendarOptions): TNoticeCalendar | null {
  if (!carriesCalendarEvent(notice)) return null;
  const deadline = notice.deadline!;
  const date = formatVietnameseDate(deadline);
  const link = responseLink(options.baseUrl, notice.actionPath);
  const plan = notice.plan.number ? `${notice.plan.number} — ${notice.plan.title}` : notice.plan.title;
  const cancelled = notice.kind === 'cancelled';
  const content = buildCalendarEvent({
    uid: deadlineEventUid(notice.assignmentId!),
    // A cancellation must outrank the last version sent, which carried deadlineSequence.
    sequence: cancelled ? notice.deadlineSequence + 1 : notice.deadlineSequence,
    cancelled,
    day: localDayOfInstant(deadline),
    stamp: notice.issuedAt,
    summary: nfc(`Hạn báo cáo ${notice.task.ref}: ${notice.task.text}`),
    description: nfc(
      [
        `Thời hạn: hết ngày ${date} (giờ Việt Nam, UTC+7). Deadline: end of ${date}, Vietnam time (UTC+7).`,
        `Kế hoạch / Plan: ${plan}`,
        `Nhiệm vụ / Task: ${notice.task.ref} — ${notice.task.text}`,
        `Phản hồi / Respond: ${link}`,
      ].join('\n'),
    ),
    url: link,
    organizer: options.organizer,
    attendees: notice.recipients.to.map((recipient) => ({ name: recipient.name, email: recipient.email })),
    alarmTrigger: DEADLINE_ALARM_TRIGGER,
    alarmDescription: nfc(`Ngày mai đến hạn ${notice.task.ref} / ${notice.task.ref} is due tomorrow`),
  });
  return {
    filename: `han-${notice.task.ref.replace(/[^\w.-]+/g, '_')}.ics`,
    method: calendarMethodOf({ organizer: options.organizer, cancelled }),
    content,
  };
}
