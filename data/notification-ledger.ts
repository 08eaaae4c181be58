// The notifications ledger: every notice is claimed here before it is sent, so that a retry,
// a replay or a second worker cannot send it twice. The unique idempotency key makes the first
// claim win; a claim left behind by a crashed attempt is taken over once its lease has expired,
// with a conditional update so that only one attempt takes it.
import { NOTICE_ACTIVITY_OPTIONS } from '../domain/notices';
import { type PrismaClient } from '../prisma/client';

/**
 * How long a claim protects a notice that is being sent. Temporal starts the next attempt only
 * after the previous one failed or ran past startToCloseTimeout, so a claim older than that
 * belongs to an attempt that is gone (a crashed worker) and may be taken over; a younger one
 * belongs to an attempt that may still be talking to the mail server, and is left alone.
 */
export const NOTICE_CLAIM_LEASE_MS = NOTICE_ACTIVITY_OPTIONS.startToCloseTimeout;

interface TClaimRequest {
  idempotencyKey: string;
  kind: string;
  assignmentId?: string | null;
  recipients: string[];
}

export type TClaim =
  /** This attempt holds the claim (new, or taken over from a gone attempt): it sends. */
  | { outcome: 'claimed'; claimedAt: Date; takenOver: boolean }
  | { outcome: 'sent'; messageId: string | null }
  | { outcome: 'failed'; error: string }
  /** Another attempt claimed it less than a lease ago and may be sending right now. */
  | { outcome: 'held'; claimedAt: Date };

export class NotificationLedger {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
    private readonly leaseMs: number,
  ) {}

  async claim(request: TClaimRequest): Promise<TClaim> {
    const claimedAt = this.now();
    const assignmentId = await this.existingAssignmentId(request.assignmentId);
    // ON CONFLICT DO NOTHING: the unique key decides, with no exception to tell apart.
    const created = await this.prisma.notification.createMany({
      data: [{ idempotencyKey: request.idempotencyKey, kind: request.kind, assignmentId, recipients: request.recipients, claimedAt }],
      skipDuplicates: true,
    });
    if (created.count === 1) return { outcome: 'claimed', claimedAt, takenOver: false };

    const row = await this.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } });
    if (row.state === 'sent') return { outcome: 'sent', messageId: row.smtpMessageId };
    if (row.state === 'failed') return { outcome: 'failed', error: row.error ?? 'delivery failed' };
    const taken = await this.prisma.notification.updateMany({
      where: { idempotencyKey: request.idempotencyKey, state: 'claimed', claimedAt: { lte: new Date(claimedAt.getTime() - this.leaseMs) } },
      data: { claimedAt },
    });
    return taken.count === 1 ? { outcome: 'claimed', claimedAt, takenOver: true } : { outcome: 'held', claimedAt: row.claimedAt };
  }

  async markSent(idempotencyKeys: readonly string[], messageId: string, problem: string | null = null): Promise<void> {
    await this.prisma.notification.updateMany({
      where: { idempotencyKey: { in: [...idempotencyKeys] } },
      data: { state: 'sent', sentAt: this.now(), smtpMessageId: messageId, error: problem },
    });
  }

  /**
   * Keeps the claim row (its error shows the delay meanwhile) and releases it: back-dated by one
   * lease, so the next attempt takes it at once instead of waiting for the lease to run out.
   */
  async releaseAfterTemporaryFailure(idempotencyKeys: readonly string[], error: string): Promise<void> {
    await this.prisma.notification.updateMany({
      where: { idempotencyKey: { in: [...idempotencyKeys] }, state: 'claimed' },
      data: { claimedAt: new Date(this.now().getTime() - this.leaseMs), error },
    });
  }

  async markFailed(idempotencyKeys: readonly string[], error: string): Promise<void> {
    await this.prisma.notification.updateMany({
      where: { idempotencyKey: { in: [...idempotencyKeys] } },
      data: { state: 'failed', error },
    });
  }

  /** Sets Assignment.deliveryProblem on those of the assignments that exist. */
  async flagDeliveryProblem(assignmentIds: readonly (string | null | undefined)[]): Promise<void> {
    const ids = [...new Set(assignmentIds.filter((id): id is string => Boolean(id)))];
    if (ids.length === 0) return;
    await this.prisma.assignment.updateMany({ where: { id: { in: ids } }, data: { deliveryProblem: true } });
  }

  /** The foreign key accepts only assignments the database knows; a notice about another is still claimed. */
  private async existingAssignmentId(assignmentId: string | null | undefined): Promise<string | null> {
    if (!assignmentId) return null;
    const found = await this.prisma.assignment.findUnique({ where: { id: assignmentId }, select: { id: true } });
    return found ? found.id : null;
  }
}
