// sendDigest: several notices for one agency at one slot. With the agency's digest setting on,
// one mail lists them all; off, each goes as its own mail. Either way every notice's key is
// claimed in the ledger, so a notice sent once (alone or in a digest) is never sent again.
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { z } from 'zod';
import { PERMANENT_DELIVERY_FAILURE, type TNotice, type TNoticeInput } from '../../domain/notices';
import { composeDigestMail, type TComposeOptions } from './compose-mail';
import { deliver, permanentDeliveryFailure, type TDeliveryContext, type TPermanentFailureDetails } from './deliver';
import { noticeAddresses, parseNotice } from './parse-notice';
import { NOTICE_CLAIM_HELD, sendNotice } from './send-notice';

/** The agency and its setting; where the setting is stored is the caller's business. */
export const ZDigestAgency = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  /** true: one mail listing the notices; false: one mail per notice. */
  digest: z.boolean(),
});
export type TDigestAgencySetting = z.infer<typeof ZDigestAgency>;

export interface TDigestNoticeResult {
  idempotencyKey: string;
  status: 'sent' | 'already-sent' | 'failed';
  messageId: string | null;
  error?: string;
}

export interface TSendDigestResult {
  mode: 'digest' | 'separate';
  /** The digest's Message-ID when one was sent now. */
  digestMessageId: string | null;
  /** One per notice, in the order given. */
  results: TDigestNoticeResult[];
}

type TContext = TDeliveryContext & TComposeOptions;

export async function sendDigest(context: TContext, agencyInput: TDigestAgencySetting, inputs: TNoticeInput[]): Promise<TSendDigestResult> {
  const agency = ZDigestAgency.parse(agencyInput);
  const notices = inputs.map(parseNotice);
  const outcome = agency.digest && notices.length > 1 ? await sendAsOneMail(context, agency, notices) : await sendSeparately(context, notices);
  const failed = outcome.results.filter((result) => result.status === 'failed');
  if (failed.length) {
    const failedNotices = notices.filter((notice) => failed.some((result) => result.idempotencyKey === notice.idempotencyKey));
    throw permanentDeliveryFailure(failureDetails(failedNotices, failed));
  }
  return outcome;
}

async function sendSeparately(context: TContext, notices: TNotice[]): Promise<TSendDigestResult> {
  const results: TDigestNoticeResult[] = [];
  for (const notice of notices) {
    try {
      const sent = await sendNotice(context, notice);
      results.push({ idempotencyKey: notice.idempotencyKey, status: sent.status, messageId: sent.messageId });
    } catch (error) {
      // A permanent refusal of one notice must not hold back the others; anything else is
      // retried as a whole, and the notices already sent are skipped by the ledger.
      if (!(error instanceof ApplicationFailure && error.type === PERMANENT_DELIVERY_FAILURE)) throw error;
      results.push({ idempotencyKey: notice.idempotencyKey, status: 'failed', messageId: null, error: error.message });
    }
  }
  return { mode: 'separate', digestMessageId: null, results };
}

async function sendAsOneMail(context: TContext, agency: TDigestAgencySetting, notices: TNotice[]): Promise<TSendDigestResult> {
  const settled = new Map<string, TDigestNoticeResult>();
  const included: TNotice[] = [];
  for (const notice of notices) {
    const claim = await context.ledger.claim({
      idempotencyKey: notice.idempotencyKey,
      kind: notice.kind,
      assignmentId: notice.assignmentId,
      recipients: noticeAddresses(notice),
    });
    if (claim.outcome === 'claimed') included.push(notice);
    else if (claim.outcome === 'sent') settled.set(notice.idempotencyKey, { idempotencyKey: notice.idempotencyKey, status: 'already-sent', messageId: claim.messageId });
    else if (claim.outcome === 'failed') settled.set(notice.idempotencyKey, { idempotencyKey: notice.idempotencyKey, status: 'failed', messageId: null, error: claim.error });
    else {
      const reason = `digest for ${agency.code} waits: notice ${notice.idempotencyKey} is being sent by another attempt`;
      await context.ledger.releaseAfterTemporaryFailure(included.map((each) => each.idempotencyKey), reason);
      throw ApplicationFailure.create({ message: reason, type: NOTICE_CLAIM_HELD, category: ApplicationFailureCategory.BENIGN });
    }
  }
  let digestMessageId: string | null = null;
  if (included.length) {
    const mail = composeDigestMail({ code: agency.code, name: agency.name }, included, context);
    try {
      digestMessageId = (
        await deliver(context, {
          idempotencyKeys: included.map((notice) => notice.idempotencyKey),
          assignmentIds: included.map((notice) => notice.assignmentId),
          mail,
          addresses: [...new Set(included.flatMap(noticeAddresses))],
        })
      ).messageId;
      for (const notice of included) settled.set(notice.idempotencyKey, { idempotencyKey: notice.idempotencyKey, status: 'sent', messageId: digestMessageId });
    } catch (error) {
      if (!(error instanceof ApplicationFailure && error.type === PERMANENT_DELIVERY_FAILURE)) throw error;
      for (const notice of included) settled.set(notice.idempotencyKey, { idempotencyKey: notice.idempotencyKey, status: 'failed', messageId: null, error: error.message });
    }
  }
  return { mode: 'digest', digestMessageId, results: notices.map((notice) => settled.get(notice.idempotencyKey)!) };
}

function failureDetails(notices: TNotice[], failed: TDigestNoticeResult[]): TPermanentFailureDetails {
  return {
    idempotencyKeys: notices.map((notice) => notice.idempotencyKey),
    assignmentIds: notices.flatMap((notice) => (notice.assignmentId ? [notice.assignmentId] : [])),
    addresses: [...new Set(notices.flatMap(noticeAddresses))],
    reason: [...new Set(failed.map((result) => result.error ?? 'delivery failed'))].join('; '),
  };
}
