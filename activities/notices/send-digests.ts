// The daily digest (#12): each agency with routine notices waiting receives one mail for the
// working day, listing them with their links. Exactly once per agency-day, like every notice:
// the digest's key ("digest|<agency>|<day>") is claimed in the ledger before the mail goes out,
// the notices it carries are tied to it, and all are marked sent together. A crash after the
// server took the mail but before the ledger said so sends the same list again under the same
// Message-ID, which receivers and the embedded outbox drop.
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { buildCalendar, isWorkingDay } from '../../domain/calendar';
import { PERMANENT_DELIVERY_FAILURE, ZDigestItem, composeDigest, digestKey } from '../../domain/notices';
import { DONDOC_HEADERS } from '../../domain/notices/mail-headers';
import { type PrismaClient } from '../../prisma/client';
import { type TComposeOptions } from './compose-mail';
import { deliver, type TDeliveryContext } from './deliver';
import { messageIdForKey } from './message-id';
import { NOTICE_CLAIM_HELD } from './send-notice';

export interface TSendDigestsInput {
  /** The local working day (YYYY-MM-DD) whose digests go out. */
  day: string;
  /** Temporal's clock when the activity runs: the digest carries the notices decided until then. */
  now: string;
}

export interface TSendDigestsResult {
  day: string;
  /** Why nothing was sent: the day is not a working day. */
  skipped?: string;
  /** Agency code → the digest's Message-ID, for the digests sent now. */
  sent: Record<string, string>;
  /** Agencies whose digest of the day had already gone out (their later notices wait for the next working day). */
  alreadySent: string[];
  /** Agencies whose digest the mail server refused for good (their assignments are flagged). */
  failed: string[];
}

export type TDigestSender = (input: TSendDigestsInput) => Promise<TSendDigestsResult>;

/** Weekends and statutory holidays: routine notices wait for the next working day. */
const calendar = buildCalendar();

export async function sendDigests(context: TDeliveryContext & TComposeOptions & { prisma: PrismaClient }, input: TSendDigestsInput): Promise<TSendDigestsResult> {
  const result: TSendDigestsResult = { day: input.day, sent: {}, alreadySent: [], failed: [] };
  const workingDay = isWorkingDay(input.day, calendar);
  if (!workingDay.working) return { ...result, skipped: `${input.day} is not a working day (${workingDay.reason})` };
  const until = new Date(input.now);
  const retry: string[] = [];
  for (const agencyCode of await context.ledger.agenciesWithQueued(until)) {
    const key = digestKey(agencyCode, input.day);
    const claim = await context.ledger.claim({ idempotencyKey: key, kind: 'digest', recipients: [] });
    if (claim.outcome === 'sent') {
      result.alreadySent.push(agencyCode);
      continue;
    }
    if (claim.outcome === 'failed') {
      result.failed.push(agencyCode);
      continue;
    }
    if (claim.outcome === 'held') {
      retry.push(`${agencyCode} (being sent by another attempt since ${claim.claimedAt.toISOString()})`);
      continue;
    }
    const rows = await context.ledger.takeForDigest(key, agencyCode, until);
    if (!rows.length) {
      await context.ledger.withdrawClaim(key);
      continue;
    }
    const items = rows.map((row) => ZDigestItem.parse(row.digestItem));
    const recipients = [...new Set(rows.flatMap((row) => row.recipients))].sort();
    const agency = await context.prisma.agency.findUnique({ where: { code: agencyCode }, select: { nameVi: true } });
    const mail = composeDigest({ agencyName: agency?.nameVi ?? agencyCode, day: input.day, items, baseUrl: context.baseUrl });
    try {
      result.sent[agencyCode] = await deliver(context, {
        idempotencyKeys: [key, ...rows.map((row) => row.idempotencyKey)],
        assignmentIds: rows.map((row) => row.assignmentId),
        addresses: recipients,
        mail: {
          disableFileAccess: true,
          disableUrlAccess: true,
          from: context.from,
          to: recipients,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          date: until,
          messageId: messageIdForKey(key),
          headers: { [DONDOC_HEADERS.agency]: agencyCode, [DONDOC_HEADERS.kind]: 'digest', [DONDOC_HEADERS.noticeKey]: key },
        },
      });
    } catch (error) {
      // Refused for good: recorded and flagged by deliver; the other agencies' digests still go.
      if (error instanceof ApplicationFailure && error.type === PERMANENT_DELIVERY_FAILURE) {
        result.failed.push(agencyCode);
        continue;
      }
      retry.push(`${agencyCode} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (retry.length) {
    // The digests sent are recorded: the retry sends only these.
    throw ApplicationFailure.create({
      message: `The digests of ${input.day} for ${retry.join('; ')} could not be sent now; they will be retried`,
      type: NOTICE_CLAIM_HELD,
      category: ApplicationFailureCategory.BENIGN,
    });
  }
  return result;
}
