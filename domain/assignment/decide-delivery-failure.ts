// A notice that could not be delivered: refused for good (bad address, mailbox gone) or not
// delivered within the activity's retry window. The chase goes on; the assignment is flagged,
// and the monitor is told, once.
import { noticeKey, type TNoticeRequest } from './notice-request';
import type { TAssignmentState } from './state';

export interface TDecideDeliveryFailureOptions {
  assignmentId: string;
  state: TAssignmentState;
  /** The notice that was not delivered. */
  request: TNoticeRequest;
  /** True when the mail server refused it for good; false when the retries ran out. */
  permanent: boolean;
  /** What the refusal carried: the addresses tried and the server's reason (read only when permanent). */
  details: unknown;
  /** The failure's own message: the reason when the details give none. */
  failureMessage: string;
}

export interface TDeliveryFailureDecision {
  state: TAssignmentState;
  /** The delivery-failure notice to the monitoring agency; null when the failed notice was one. */
  notice: TNoticeRequest | null;
}

export function decideDeliveryFailure({ assignmentId, state, request, permanent, details, failureMessage }: TDecideDeliveryFailureOptions): TDeliveryFailureDecision {
  const flagged: TAssignmentState = { ...state, deliveryProblem: true };
  // A failure notice that fails in turn is not reported again: that would loop on a monitor
  // whose own mailbox is the problem. The flag on the assignment still shows it.
  if (request.kind === 'delivery-failure') return { state: flagged, notice: null };
  const refusal = permanent ? readRefusalDetails(details) : {};
  return {
    state: flagged,
    notice: {
      ...request,
      kind: 'delivery-failure',
      // The failed notice's kind and step: one failure notice per failed notice.
      step: `${request.kind}:${request.step}`,
      audience: 'monitoring_agency',
      failed: {
        kind: request.kind,
        idempotencyKey: noticeKey(assignmentId, request),
        addresses: refusal.addresses ?? [],
        reason: refusal.reason ?? failureMessage,
      },
    },
  };
}

/** The parts of a PermanentDeliveryFailure's details this decision uses; anything else is ignored. */
function readRefusalDetails(details: unknown): { addresses?: string[]; reason?: string } {
  if (typeof details !== 'object' || details === null) return {};
  const { addresses, reason } = details as Record<string, unknown>;
  return {
    addresses: Array.isArray(addresses) && addresses.every((address) => typeof address === 'string') ? addresses : undefined,
    reason: typeof reason === 'string' ? reason : undefined,
  };
}
