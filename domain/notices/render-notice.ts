// Everything a notice needs to become a mail: subject, text and HTML parts, and the calendar
// event when it carries one.
import { buildDeadlineCalendar, type TCalendarOptions, type TNoticeCalendar } from './deadline-calendar';
import { type TNotice } from './notice';
import { renderNoticeHtml } from './render-html';
import { renderNoticeSubject } from './render-subject';
import { renderNoticeText } from './render-text';

interface TRenderedNotice {
  subject: string;
  text: string;
  html: string;
  calendar: TNoticeCalendar | null;
}

export function renderNotice(notice: TNotice, options: TCalendarOptions): TRenderedNotice {
  return {
    subject: renderNoticeSubject(notice),
    text: renderNoticeText(notice, options),
    html: renderNoticeHtml(notice, options),
    calendar: buildDeadlineCalendar(notice, options),
  };
}
