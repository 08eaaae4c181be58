// Turns a rendered notice into the message nodemailer sends: addresses, parts, the calendar
// invite, and the headers that let the outbox and receivers sort and de-duplicate.
import { type SendMailOptions } from 'nodemailer';
import { noticeAgencyCodes, renderNotice, type TNotice, type TNoticeRecipient } from '../../domain/notices';
import { messageIdForKey, threadIdForAssignment } from './message-id';
import { DONDOC_HEADERS } from '../../domain/notices/mail-headers';

export interface TMailSender {
  name: string;
  address: string;
}

export interface TComposeOptions {
  from: TMailSender;
  baseUrl: string;
}

const address = (recipient: TNoticeRecipient) => ({ name: recipient.name, address: recipient.email });

/** Content is ours: nodemailer must never read a file or URL named in it. */
const CLOSED_CONTENT = { disableFileAccess: true, disableUrlAccess: true } as const;

export function composeNoticeMail(notice: TNotice, { from, baseUrl }: TComposeOptions): SendMailOptions {
  const rendered = renderNotice(notice, { baseUrl, organizer: { name: from.name, email: from.address } });
  return {
    ...CLOSED_CONTENT,
    from,
    to: notice.recipients.to.map(address),
    cc: notice.recipients.cc.map(address),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageIdForKey(notice.idempotencyKey),
    ...(notice.assignmentId ? { references: threadIdForAssignment(notice.assignmentId) } : {}),
    ...(rendered.calendar
      ? { icalEvent: { filename: rendered.calendar.filename, method: rendered.calendar.method, content: rendered.calendar.content } }
      : {}),
    headers: {
      [DONDOC_HEADERS.agency]: noticeAgencyCodes(notice).join(', '),
      [DONDOC_HEADERS.kind]: notice.kind,
      [DONDOC_HEADERS.noticeKey]: notice.idempotencyKey,
      ...(notice.assignmentId ? { [DONDOC_HEADERS.assignment]: encodeURIComponent(notice.assignmentId) } : {}),
    },
  };
}
