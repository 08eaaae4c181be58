// The notifications ledger: every notice is claimed here before it is sent, so that a retry,
// a replay or a second worker cannot send it twice. The unique idempotency key makes the first
// claim win; a claim left behind by a crashed attempt is taken over once its lease has expired,
// with a conditional update so that only one attempt takes it.
import { NOTICE_ACTIVITY_OPTIONS, type TDigestItem } from '../domain/notices';
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

  /**
   * Records a routine notice as waiting for its agency's daily digest instead of mailing it (#12).
   * Keyed like every notice: a retried activity finds its row and queues nothing twice. Returns
   * the row's state (queued, or sent once a digest took it).
   */
  async queueForDigest(request: TClaimRequest & { digestAgency: string; digestItem: TDigestItem; issuedAt: Date }): Promise<string> {
    const assignmentId = await this.existingAssignmentId(request.assignmentId);
    await this.prisma.notification.createMany({
      data: [
        {
          idempotencyKey: request.idempotencyKey,
          kind: request.kind,
          assignmentId,
          recipients: request.recipients,
          // Workflow time, as the digest compares it with Temporal's clock (years apart on a time-skipping server).
          claimedAt: request.issuedAt,
          state: 'queued',
          digestAgency: request.digestAgency,
          digestItem: request.digestItem,
        },
      ],
      skipDuplicates: true,
    });
    const row = await this.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey }, select: { state: true } });
    return row.state;
  }

  /** Agencies with routine notices waiting for a digest, decided at or before `until`. */
  async agenciesWithQueued(until: Date): Promise<string[]> {
    const rows = await this.prisma.notification.findMany({
      where: { state: 'queued', digestAgency: { not: null }, claimedAt: { lte: until } },
      distinct: ['digestAgency'],
      select: { digestAgency: true },
      orderBy: { digestAgency: 'asc' },
    });
    return rows.map((row) => row.digestAgency!);
  }

  /**
   * The queued notices one digest carries. The first attempt of a digest takes the agency's
   * notices decided by `until`; a later attempt (after a crash or a temporary failure) takes the
   * same ones again, so a digest sent twice over a crash carries the same list (and Message-ID).
   */
  async takeForDigest(digestKey: string, agencyCode: string, until: Date): Promise<{ idempotencyKey: string; assignmentId: string | null; recipients: string[]; digestItem: unknown }[]> {
    const select = { idempotencyKey: true, assignmentId: true, recipients: true, digestItem: true } as const;
    const taken = await this.prisma.notification.findMany({ where: { digestKey, state: 'queued' }, select, orderBy: { idempotencyKey: 'asc' } });
    if (taken.length) return taken;
    await this.prisma.notification.updateMany({
      where: { state: 'queued', digestAgency: agencyCode, digestKey: null, claimedAt: { lte: until } },
      data: { digestKey },
    });
    return this.prisma.notification.findMany({ where: { digestKey, state: 'queued' }, select, orderBy: { idempotencyKey: 'asc' } });
  }

  /** A digest claimed with nothing left to carry (another worker sent them): its claim is withdrawn. */
  async withdrawClaim(idempotencyKey: string): Promise<void> {
    await this.prisma.notification.deleteMany({ where: { idempotencyKey, state: 'claimed' } });
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
