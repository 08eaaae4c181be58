// Notices: the contract between workflows and the notice activity, their idempotency keys, and
// pure renderers (subject, text, HTML, iCalendar). Safe to import from workflow code.
export { ZNotice, noticeAgencyCodes, type TNotice, type TNoticeInput, type TNoticeKind, type TNoticeRecipient } from './notice';
export { buildNoticeIdempotencyKey } from './idempotency-key';
export { formatVietnameseDate } from './format';
export { foldLine } from './icalendar';
export { buildDeadlineCalendar, deadlineEventUid } from './deadline-calendar';
export { renderNotice } from './render-notice';
export { renderNoticeSubject } from './render-subject';
export { ENGLISH_SEPARATOR } from './render-text';
export { INVALID_NOTICE, NOTICE_ACTIVITY_OPTIONS, PERMANENT_DELIVERY_FAILURE } from './delivery-options';
export { DIGEST_TIME, ZDigestItem, composeDigest, countMailsPerUnit, digestDayOf, digestKey, digestSectionOf, nextDigestAt, type TDigestItem, type TDigestMail, type TDigestSection } from './digest';
