// Message-IDs derived from idempotency keys: a notice sent twice (a crash after the server said
// 250 but before the ledger recorded it) carries the same Message-ID both times, so receivers
// and the embedded outbox drop the second copy.
import { createHash } from 'node:crypto';

export const MESSAGE_ID_DOMAIN = 'dondoc';

export function messageIdForKey(idempotencyKey: string): string {
  return `<${sha256(idempotencyKey)}@${MESSAGE_ID_DOMAIN}>`;
}

/** A digest is identified by the set of notices it carries, whatever their order. */
export function messageIdForDigest(idempotencyKeys: readonly string[]): string {
  return messageIdForKey(`digest:${[...idempotencyKeys].sort().join('\n')}`);
}

/** Every notice of one assignment refers to the same thread root, so inboxes group them. */
export function threadIdForAssignment(assignmentId: string): string {
  return `<assignment-${sha256(assignmentId).slice(0, 32)}@${MESSAGE_ID_DOMAIN}>`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
