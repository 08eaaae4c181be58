// Notices: from a workflow's notice request to one e-mail, exactly once. deliverNotice (in
// activities/index.ts) resolves the recipients, then the sender built by createNoticeSender
// builds the notice, claims its key in the ledger (PostgreSQL) and sends it over SMTP.
export { createDigestSender, createNoticeSender } from './create-notice-sender';
export { type TDigestSender, type TSendDigestsResult } from './send-digests';
export { NoRecipientError, resolveRecipients, type TRecipients } from './resolve-recipients';
export { createMailTransport, redact } from './mail-transport';
export { messageIdForKey } from './message-id';
export { NOTICE_CLAIM_LEASE_MS } from '../../data/notification-ledger';
export { NOTICE_CLAIM_HELD } from './send-notice';
