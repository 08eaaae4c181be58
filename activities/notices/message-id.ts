// Message-IDs derived from idempotency keys: a notice sent twice (a crash after the server said
// 250 but before the ledger recorded it) carries the same Message-ID both times, so receivers
// and the embedded outbox drop the second copy.
import { createHash } from 'node:crypto';

const MESSAGE_ID_DOMAIN = 'dondoc';

export function messageIdForKey(idempotencyKey: string): string {
  return `<${sha256(idempotencyKey)}@${MESSAGE_ID_DOMAIN}>`;
}

/** Every notice of one assignment refers to the same thread root, so inboxes group them. */
export function threadIdForAssignment(assignmentId: string): string {
  return `<assignment-${sha256(assignmentId).slice(0, 32)}@${MESSAGE_ID_DOMAIN}>`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
