// Sends one prepared mail for one or more claimed notices and records the outcome in the
// ledger: sent (with the Message-ID), released after a temporary failure (the next attempt
// retries), or failed for good (the assignment is flagged, the workflow told).
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { type SMTPSentMessageInfo, type SendMailOptions } from 'nodemailer';
import { PERMANENT_DELIVERY_FAILURE } from '../../domain/notices';
import { classifyDeliveryError } from './classify-delivery-error';
import { type TMailTransport } from './mail-transport';
import { type NotificationLedger } from '../../data/notification-ledger';

/** ApplicationFailure type of a failure that may pass later: Temporal retries it. */
const TEMPORARY_DELIVERY_FAILURE = 'TemporaryDeliveryFailure';

export interface TDeliveryContext {
  ledger: NotificationLedger;
  transport: TMailTransport;
  now: () => Date;
}

interface TDeliveryBatch {
  idempotencyKeys: string[];
  assignmentIds: (string | null | undefined)[];
  mail: SendMailOptions;
  /** Every address the mail goes to, for the failure report. */
  addresses: string[];
}

/** Details attached to a PermanentDeliveryFailure, enough for a delivery-failure notice to the monitor. */
interface TPermanentFailureDetails {
  idempotencyKeys: string[];
  assignmentIds: string[];
  addresses: string[];
  reason: string;
}

/** Returns the Message-ID of the mail the server took (to all recipients or to those it did not refuse). */
export async function deliver(context: TDeliveryContext, batch: TDeliveryBatch): Promise<string> {
  let info: SMTPSentMessageInfo;
  try {
    info = (await context.transport.sendMail(batch.mail)) as SMTPSentMessageInfo;
  } catch (error) {
    const failure = classifyDeliveryError(error);
    if (failure.permanent) {
      await context.ledger.markFailed(batch.idempotencyKeys, `permanent: ${failure.reason}`);
      await context.ledger.flagDeliveryProblem(batch.assignmentIds);
      throw permanentDeliveryFailure({
        idempotencyKeys: batch.idempotencyKeys,
        assignmentIds: batch.assignmentIds.filter((id): id is string => Boolean(id)),
        addresses: failure.rejectedAddresses.length ? failure.rejectedAddresses : batch.addresses,
        reason: failure.reason,
      });
    }
    const attempt = currentAttempt();
    const when = context.now().toISOString();
    await context.ledger.releaseAfterTemporaryFailure(batch.idempotencyKeys, `temporary${attempt ? ` (attempt ${attempt})` : ''} at ${when}: ${failure.reason}`);
    throw ApplicationFailure.create({
      message: `The mail server could not take the notice now, it will be retried: ${failure.reason}`,
      type: TEMPORARY_DELIVERY_FAILURE,
      cause: error instanceof Error ? error : undefined,
    });
  }
  const rejected = (info.rejected ?? []).map(String);
  const problem = rejected.length ? `refused by the mail server: ${describeRejections(info, rejected)}` : null;
  await context.ledger.markSent(batch.idempotencyKeys, info.messageId, problem);
  if (rejected.length) await context.ledger.flagDeliveryProblem(batch.assignmentIds);
  return info.messageId;
}

export function permanentDeliveryFailure(details: TPermanentFailureDetails): ApplicationFailure {
  return ApplicationFailure.create({
    message: `Notice not delivered to ${details.addresses.join(', ') || 'its recipients'}, and it will not be retried: ${details.reason}`,
    type: PERMANENT_DELIVERY_FAILURE,
    nonRetryable: true,
    details: [details],
  });
}

function describeRejections(info: SMTPSentMessageInfo, rejected: string[]): string {
  const errors = info.rejectedErrors ?? [];
  return rejected.map((recipient, index) => `${recipient}${errors[index]?.response ? ` (${errors[index].response})` : ''}`).join('; ');
}

/** The attempt number when running as a Temporal activity; unknown when called directly (tests). */
function currentAttempt(): number | null {
  try {
    return Context.current().info.attempt;
  } catch {
    return null;
  }
}
