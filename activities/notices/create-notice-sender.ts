// The notice sender that createActivities uses: it turns a workflow's notice request, with its
// resolved recipients, into the notice the renderer expects, claims its key in the ledger and
// mails it. Built from its dependencies (database, mail transport, sender, clock) so that tests
// pass a real SMTP server and database without module mocking.
import nodemailer, { type SMTPTransportOptions } from 'nodemailer';
import { type TNoticeInput } from '../../domain/notices';
import { type PrismaClient } from '../../prisma/client';
import type { TNoticeSender } from '../index';
import type { TDeliverNoticeInput } from '../types';
import { type TMailSender } from './compose-mail';
import { SMTP_TIMEOUTS, createMailTransport, type TMailTransport } from './mail-transport';
import { NOTICE_CLAIM_LEASE_MS, NotificationLedger } from '../../data/notification-ledger';
import { type TRecipients } from './resolve-recipients';
import { sendNotice } from './send-notice';

/** Until the web app exists and its address is configured, links point at a local one. */
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
}

/** Sends each notice exactly once per idempotency key. */
export function createNoticeSender(deps: NoticeSenderDependencies): TNoticeSender {
  const now = deps.now ?? (() => new Date());
  const context = {
    ledger: new NotificationLedger(deps.prisma, now, deps.claimLeaseMs ?? NOTICE_CLAIM_LEASE_MS),
    transport: toTransport(deps.transport),
    now,
    from: deps.from,
    baseUrl: deps.baseUrl ?? DEFAULT_RESPONSE_BASE_URL,
  };
  return async (input) => ({ messageId: await sendNotice(context, noticeOf(input)) });
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
    actionPath: `/assignments/${encodeURIComponent(assignment.assignmentId)}`,
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
