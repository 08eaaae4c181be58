// sendNotice: one notice, one mail, exactly once per idempotency key.
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { type TNoticeInput } from '../../domain/notices';
import { composeNoticeMail, type TComposeOptions } from './compose-mail';
import { messageIdForKey } from './message-id';
import { deliver, permanentDeliveryFailure, type TDeliveryContext } from './deliver';
import { type TClaim } from '../../data/notification-ledger';
import { noticeAddresses, parseNotice } from './parse-notice';

/** ApplicationFailure type when another live attempt holds the claim: retried after backoff. */
export const NOTICE_CLAIM_HELD = 'NoticeClaimHeld';

/** Returns the Message-ID the mail carries: sent now, or recorded when an earlier attempt or call sent it. */
export async function sendNotice(context: TDeliveryContext & TComposeOptions, input: TNoticeInput): Promise<string> {
  const notice = parseNotice(input);
  const claim = await context.ledger.claim({
    idempotencyKey: notice.idempotencyKey,
    kind: notice.kind,
    assignmentId: notice.assignmentId,
    recipients: noticeAddresses(notice),
  });
  if (claim.outcome !== 'claimed') {
    return answerWithoutSending(claim, notice.idempotencyKey, messageIdForKey(notice.idempotencyKey), notice.assignmentId, noticeAddresses(notice));
  }
  return deliver(context, {
    idempotencyKeys: [notice.idempotencyKey],
    assignmentIds: [notice.assignmentId],
    mail: composeNoticeMail(notice, context),
    addresses: noticeAddresses(notice),
  });
}

/** A key already settled gives the same answer as the first time, with no mail. */
function answerWithoutSending(
  claim: Exclude<TClaim, { outcome: 'claimed' }>,
  idempotencyKey: string,
  messageId: string,
  assignmentId: string | null | undefined,
  addresses: string[],
): string {
  switch (claim.outcome) {
    case 'sent':
      return claim.messageId ?? messageId;
    case 'failed':
      throw permanentDeliveryFailure({ idempotencyKeys: [idempotencyKey], assignmentIds: assignmentId ? [assignmentId] : [], addresses, reason: claim.error });
    case 'held':
      throw ApplicationFailure.create({
        message: `Notice ${idempotencyKey} is being sent by another attempt (claimed at ${claim.claimedAt.toISOString()}); this attempt waits and retries`,
        type: NOTICE_CLAIM_HELD,
        // Expected after a crash until the lease runs out, and it resolves itself: not a warning.
        category: ApplicationFailureCategory.BENIGN,
      });
  }
}
