// The notice sender that createActivities uses: it turns a workflow's notice request, with its
// resolved recipients, into the notice the renderer expects, claims its key in the ledger and
// mails it. Built from its dependencies (database, mail transport, sender, clock) so that tests
// pass a real SMTP server and database without module mocking.
import nodemailer, { type SMTPTransportOptions } from 'nodemailer';
import { noticePagePath } from '../../contracts/workflow-ids';
import { type TNoticeInput } from '../../domain/notices';
import { type PrismaClient } from '../../prisma/client';
import type { TNoticeSender } from '../index';
import type { TDeliverNoticeInput } from '../types';
import { SMTP_TIMEOUTS, createMailTransport, type TMailTransport } from './mail-transport';
import { NOTICE_CLAIM_LEASE_MS, NotificationLedger } from '../../data/notification-ledger';
import { type TRecipients } from './resolve-recipients';
import { sendNotice } from './send-notice';
import { parseNotice } from './parse-notice';
import { type TDeliveryContext } from './deliver';
import { type TComposeOptions, type TMailSender } from './compose-mail';
import { sendDigests, type TDigestSender } from './send-digests';
import { digestSectionOf, type TDigestSection } from '../../domain/notices';

/** Without a configured base URL (tests), the links point at the pages on this machine: the default of DONDOC_BASE_URL. */
const DEFAULT_RESPONSE_BASE_URL = 'http://127.0.0.1:3000';

interface NoticeSenderDependencies {
  prisma: PrismaClient;
  /** A nodemailer transport, an smtp:// or smtps:// URL, or nodemailer SMTP options. */
  transport: TMailTransport | string | SMTPTransportOptions;
  from: TMailSender;
  now?: () => Date;
  /** Base URL of the response links in every notice. */
  baseUrl?: string;
  /** Age after which a claim left by a vanished attempt is taken over; see NOTICE_CLAIM_LEASE_MS. */
  claimLeaseMs?: number;
  /**
   * Gather routine notices (new work, reminders, the first overdue notice to the unit) in one
   * daily digest per agency instead of mailing each (#12); the digest sender mails them.
   * Escalations to heads and the monitoring department and every other notice are mailed at once.
   */
  digest?: boolean;
}

/** Sends each notice exactly once per idempotency key (or, with `digest`, queues the routine ones for the daily digest). */
export function createNoticeSender(deps: NoticeSenderDependencies): TNoticeSender {
  const context = deliveryContextOf(deps);
  return async (input) => {
    const section = deps.digest ? digestSectionOf(input.request) : null;
    if (section) {
      await queueForDigest(context.ledger, input, section);
      return { messageId: null };
    }
    return { messageId: await sendNotice(context, noticeOf(input)) };
  };
}

/** Sends each agency's digest of a working day once (see send-digests.ts). */
export function createDigestSender(deps: NoticeSenderDependencies): TDigestSender {
  const context = deliveryContextOf(deps);
  return (input) => sendDigests({ ...context, prisma: deps.prisma }, input);
}

function deliveryContextOf(deps: NoticeSenderDependencies): TDeliveryContext & TComposeOptions {
  const now = deps.now ?? (() => new Date());
  return {
    ledger: new NotificationLedger(deps.prisma, now, deps.claimLeaseMs ?? NOTICE_CLAIM_LEASE_MS),
    transport: toTransport(deps.transport),
    now,
    from: deps.from,
    baseUrl: deps.baseUrl ?? DEFAULT_RESPONSE_BASE_URL,
  };
}

/** A routine notice, validated like one that is mailed, waits in the ledger for its agency's digest. */
async function queueForDigest(ledger: NotificationLedger, input: TDeliverNoticeInput & { recipients: TRecipients }, section: TDigestSection): Promise<void> {
  const notice = parseNotice(noticeOf(input));
  await ledger.queueForDigest({
    idempotencyKey: notice.idempotencyKey,
    kind: notice.kind,
    assignmentId: notice.assignmentId,
    recipients: notice.recipients.to.map((recipient) => recipient.email),
    digestAgency: input.request.agency,
    issuedAt: new Date(notice.issuedAt),
    digestItem: {
      section,
      kind: notice.kind,
      planTitle: notice.plan.title,
      taskRef: notice.task.ref,
      taskText: notice.task.text,
      assignmentId: input.assignment.assignmentId,
      deadline: notice.deadline ?? null,
      actionPath: notice.actionPath,
      agencyCode: input.request.agency,
      ...(input.request.note ? { note: input.request.note } : {}),
    },
  });
}

function noticeOf({ assignment, request, recipients, idempotencyKey, issuedAt }: TDeliverNoticeInput & { recipients: TRecipients }): TNoticeInput {
  const strip = ({ name, email, agencyCode }: { name: string; email: string; agencyCode: string }) => ({ name, email, agencyCode });
  return {
    kind: request.kind,
    idempotencyKey,
    issuedAt,
    plan: { id: assignment.planId, title: assignment.planTitle },
    task: { ref: assignment.taskRef, text: assignment.taskText },
    assignmentId: assignment.assignmentId,
    mandate: assignment.mandate ?? 'order',
    deadline: request.dueAt,
    deadlineSequence: request.deadlineChanges,
    previousDeadline: request.previousDueAt ?? null,
    ...(request.kind === 'escalation' && request.audience !== 'assignee' ? { escalationLevel: request.level, escalationTo: request.audience } : {}),
    recipients: { to: recipients.to.map(strip), cc: recipients.cc.map(strip) },
    actionPath: noticePagePath(assignment.assignmentId),
    ...(request.note ? { note: request.note } : {}),
    ...(request.approved !== undefined ? { extension: { approved: request.approved } } : {}),
    ...(request.failed ? { failedDelivery: request.failed } : {}),
  };
}

function toTransport(transport: NoticeSenderDependencies['transport']): TMailTransport {
  if (typeof transport === 'string') return createMailTransport(transport);
  if ('sendMail' in transport && typeof transport.sendMail === 'function') return transport as TMailTransport;
  return nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...(transport as SMTPTransportOptions) });
}
