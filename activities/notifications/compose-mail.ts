// Turns a rendered notice (or digest) into the message nodemailer sends: addresses, parts, the
// calendar invite, and the headers that let the outbox and receivers sort and de-duplicate.
import { type SendMailOptions } from 'nodemailer';
import {
  buildDeadlineCalendar,
  noticeAgencyCodes,
  renderDigest,
  renderNotice,
  type TDigestAgency,
  type TNotice,
  type TNoticeRecipient,
} from '../../domain/notices';
import { messageIdForDigest, messageIdForKey, threadIdForAssignment } from './message-id';

export interface TMailSender {
  name: string;
  address: string;
}

export interface TComposeOptions {
  from: TMailSender;
  baseUrl: string;
}

/** Headers the embedded outbox reads (`dondoc outbox --agency`) and operators can filter on. */
export const DONDOC_HEADERS = {
  agency: 'X-Dondoc-Agency',
  kind: 'X-Dondoc-Kind',
  noticeKey: 'X-Dondoc-Notice-Key',
  assignment: 'X-Dondoc-Assignment',
} as const;

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

/** One mail for several notices to one agency: To and Cc are the union of theirs. */
export function composeDigestMail(agency: TDigestAgency, notices: readonly TNotice[], { from, baseUrl }: TComposeOptions): SendMailOptions {
  const rendered = renderDigest(agency, notices, { baseUrl });
  const to = uniqueByEmail(notices.flatMap((notice) => notice.recipients.to));
  const toEmails = new Set(to.map((recipient) => recipient.email.toLowerCase()));
  const cc = uniqueByEmail(notices.flatMap((notice) => notice.recipients.cc)).filter((recipient) => !toEmails.has(recipient.email.toLowerCase()));
  const organizer = { name: from.name, email: from.address };
  const calendars = notices.flatMap((notice) => buildDeadlineCalendar(notice, { baseUrl, organizer }) ?? []);
  const agencies = [...new Set([agency.code, ...notices.flatMap((notice) => noticeAgencyCodes(notice))])];
  return {
    ...CLOSED_CONTENT,
    from,
    to: to.map(address),
    cc: cc.map(address),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageIdForDigest(notices.map((notice) => notice.idempotencyKey)),
    attachments: calendars.map((calendar) => ({
      filename: calendar.filename,
      content: calendar.content,
      contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
    })),
    headers: { [DONDOC_HEADERS.agency]: agencies.join(', '), [DONDOC_HEADERS.kind]: 'digest' },
  };
}

function uniqueByEmail(recipients: TNoticeRecipient[]): TNoticeRecipient[] {
  const seen = new Map<string, TNoticeRecipient>();
  for (const recipient of recipients) {
    const key = recipient.email.toLowerCase();
    if (!seen.has(key)) seen.set(key, recipient);
  }
  return [...seen.values()];
}
