// The facts every notice states, in both languages, arranged once for the text and HTML parts.
import { formatVietnameseDate, responseLink } from './format';
import { type TNotice, type TNoticeRecipient } from './notice';
import { ESCALATION_RECIPIENT_NAMES, deadlineStanding, escalationRecipientOf, noticeLead, type TWording } from './wording';

export interface TRenderOptions {
  /** Base URL of the web app that serves the response links, e.g. https://dondoc.example.gov.vn. */
  baseUrl: string;
}

interface TNoticeFact {
  label: TWording;
  value: TWording;
  /** A link the HTML part makes clickable. */
  href?: string;
}

export interface TNoticeFacts {
  greeting: TWording;
  lead: TWording;
  facts: TNoticeFact[];
  link: string;
  footer: TWording;
}

const same = (text: string): TWording => ({ vi: text, en: text });

function describeRecipient(recipient: TNoticeRecipient): string {
  return `${recipient.name} <${recipient.email}> (${recipient.agencyCode})`;
}

export function noticeFacts(notice: TNotice, { baseUrl }: TRenderOptions): TNoticeFacts {
  const link = responseLink(baseUrl, notice.actionPath);
  const facts: TNoticeFact[] = [
    { label: { vi: 'Kế hoạch', en: 'Plan' }, value: same(notice.plan.number ? `${notice.plan.number} — ${notice.plan.title}` : notice.plan.title) },
    { label: { vi: 'Nhiệm vụ', en: 'Task' }, value: same(`${notice.task.ref} — ${notice.task.text}`) },
  ];
  if (notice.deadline) {
    const date = formatVietnameseDate(notice.deadline);
    const standing = deadlineStanding(notice);
    facts.push({
      label: { vi: 'Thời hạn', en: 'Deadline' },
      value: {
        vi: `${date}${standing ? ` (${standing.vi})` : ''}, theo giờ Việt Nam (UTC+7)`,
        en: `${date}${standing ? ` (${standing.en})` : ''}, Vietnam time (UTC+7)`,
      },
    });
  }
  if (notice.kind === 'escalation') {
    const recipient = ESCALATION_RECIPIENT_NAMES[escalationRecipientOf(notice)];
    facts.push({
      label: { vi: 'Mức đôn đốc', en: 'Escalation level' },
      value: { vi: `cấp ${notice.escalationLevel} — ${recipient.vi}`, en: `level ${notice.escalationLevel} — ${recipient.en}` },
    });
  }
  if (notice.note) facts.push({ label: { vi: 'Ghi chú', en: 'Note' }, value: same(notice.note) });
  const cc = notice.recipients.cc.map(describeRecipient).join('; ');
  facts.push({ label: { vi: 'Đồng gửi', en: 'Also informed (Cc)' }, value: cc ? same(cc) : { vi: 'không có', en: 'nobody' } });
  facts.push({ label: { vi: 'Phản hồi tại', en: 'Respond at' }, value: same(link), href: link });

  const addressees = notice.recipients.to.map((recipient) => `${recipient.name} (${recipient.agencyCode})`).join('; ');
  return {
    greeting: { vi: `Kính gửi: ${addressees}`, en: `To: ${addressees}` },
    lead: noticeLead(notice),
    facts,
    link,
    footer: {
      vi: `Thư này do hệ thống dondoc gửi tự động. Mã thông báo: ${notice.idempotencyKey}`,
      en: `Sent automatically by dondoc. Notice key: ${notice.idempotencyKey}`,
    },
  };
}
