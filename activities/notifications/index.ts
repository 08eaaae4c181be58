// Notifications: exactly-once delivery of notices over SMTP, with a ledger in PostgreSQL.
export { createNotificationActivities, DEFAULT_RESPONSE_BASE_URL, type NotificationActivities, type NotificationActivityDependencies } from './create-notification-activities';
export { noticeActivityOptions, noticeRetryPolicy, NOTICE_CLAIM_LEASE_MS } from './delivery-options';
export { createMailTransport, redact, SMTP_TIMEOUTS, type TMailTransport } from './mail-transport';
export { classifyDeliveryError } from './classify-delivery-error';
export { DONDOC_HEADERS, composeNoticeMail, composeDigestMail, type TMailSender } from './compose-mail';
export { messageIdForKey, messageIdForDigest } from './message-id';
export { TEMPORARY_DELIVERY_FAILURE, type TPermanentFailureDetails } from './deliver';
export { NOTICE_CLAIM_HELD, type TSendNoticeResult } from './send-notice';
export { ZDigestAgency, type TDigestAgencySetting, type TSendDigestResult } from './send-digest';
export { NotificationLedger } from './notification-ledger';
