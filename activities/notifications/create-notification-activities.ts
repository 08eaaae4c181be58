// The notification activities, built from their dependencies (database, mail transport,
// sender, clock) so that tests pass real ones without module mocking.
import nodemailer, { type SMTPTransportOptions } from 'nodemailer';
import { type TNoticeInput } from '../../domain/notices';
import { type PrismaClient } from '../../prisma/client';
import { type TMailSender } from './compose-mail';
import { NOTICE_CLAIM_LEASE_MS } from './delivery-options';
import { SMTP_TIMEOUTS, createMailTransport, type TMailTransport } from './mail-transport';
import { NotificationLedger } from './notification-ledger';
import { sendDigest, type TDigestAgencySetting } from './send-digest';
import { sendNotice } from './send-notice';

/** Until the web app exists and its address is configured, links point at a local one. */
export const DEFAULT_RESPONSE_BASE_URL = 'http://127.0.0.1:3000';

export interface NotificationActivityDependencies {
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

export function createNotificationActivities(deps: NotificationActivityDependencies) {
  const now = deps.now ?? (() => new Date());
  const context = {
    ledger: new NotificationLedger(deps.prisma, now, deps.claimLeaseMs ?? NOTICE_CLAIM_LEASE_MS),
    transport: toTransport(deps.transport),
    now,
    from: deps.from,
    baseUrl: deps.baseUrl ?? DEFAULT_RESPONSE_BASE_URL,
  };
  return {
    /** Renders and sends one notice; exactly once per idempotency key. */
    sendNotice: (notice: TNoticeInput) => sendNotice(context, notice),
    /** Several notices for one agency: one digest mail when its setting says so, else one mail each. */
    sendDigest: (agency: TDigestAgencySetting, notices: TNoticeInput[]) => sendDigest(context, agency, notices),
  };
}

export type NotificationActivities = ReturnType<typeof createNotificationActivities>;

function toTransport(transport: NotificationActivityDependencies['transport']): TMailTransport {
  if (typeof transport === 'string') return createMailTransport(transport);
  if ('sendMail' in transport && typeof transport.sendMail === 'function') return transport as TMailTransport;
  return nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...(transport as SMTPTransportOptions) });
}
