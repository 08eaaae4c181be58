// Activities are built from their dependencies (database, mailer, clock), so that tests pass
// real or fake ones without module mocking. Workflows import only the types from here.
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../prisma/client';
import { recordAssignment } from '../data/assignment-records';
import { NoRecipientError, resolveRecipients, type TRecipients } from './notices';
import type { TDeliverNoticeInput, TDeliverNoticeResult, TRecordAssignmentInput, TRecordObstacleInput } from './types';
import { recordObstacle } from '../data/obstacle-records';
import { reconcilePlan, type TReconcilePlanInput, type TReconcilePlanResult } from './plans/reconcile-plan';
import { succeedAgency, type TSucceedAgencyInput, type TSucceedAgencyResult } from './agencies/succeed-agency';
import { closeReportingPeriod, describePeriodClose, type TClosePeriodInput, type TClosePeriodResult, type TDescribePeriodCloseInput } from './reporting/close-period';
import type { TPeriodClose } from '../domain/reporting/period-close';
import type { TDigestSender, TSendDigestsResult } from './notices/send-digests';

/** Sends one resolved notice exactly once per idempotency key; throws PermanentDeliveryFailure or a retryable error. */
export type TNoticeSender = (input: TDeliverNoticeInput & { recipients: TRecipients }) => Promise<{ messageId: string | null }>;

export interface ActivityDependencies {
  prisma: PrismaClient;
  sendNotice: TNoticeSender;
  /** For activities that start or update other workflows (plan loading). */
  temporal?: Client;
  /** Mails the daily digests of routine notices (#12); absent where notices are not queued (the simulation). */
  sendDigests?: TDigestSender;
}

export function createActivities(deps: ActivityDependencies) {
  return {
    async recordAssignment(input: TRecordAssignmentInput): Promise<void> {
      await recordAssignment(deps.prisma, input);
    },
    async recordObstacle(input: TRecordObstacleInput): Promise<void> {
      await recordObstacle(deps.prisma, input);
    },
    async reconcilePlan(input: TReconcilePlanInput): Promise<TReconcilePlanResult> {
      // Temporal's clock, not the machine's: on a time-skipping server they differ by years.
      return reconcilePlan(deps.prisma, requireTemporal(deps), input, new Date(Context.current().info.currentAttemptScheduledTimestampMs));
    },
    async succeedAgency(input: TSucceedAgencyInput): Promise<TSucceedAgencyResult> {
      return succeedAgency(deps.prisma, requireTemporal(deps), input);
    },
    async describePeriodClose(input: TDescribePeriodCloseInput): Promise<TPeriodClose | null> {
      return describePeriodClose(deps.prisma, input);
    },
    async closeReportingPeriod(input: TClosePeriodInput): Promise<TClosePeriodResult> {
      return closeReportingPeriod(deps.prisma, deps.sendNotice, input, new Date(Context.current().info.currentAttemptScheduledTimestampMs));
    },
    async sendDailyDigests(input: { day: string }): Promise<TSendDigestsResult> {
      if (!deps.sendDigests) throw ApplicationFailure.nonRetryable('this worker was built without a digest sender, which the daily digest needs', 'Misconfigured');
      // Temporal's clock: the digest carries the notices the workflows decided until now.
      return deps.sendDigests({ day: input.day, now: new Date(Context.current().info.currentAttemptScheduledTimestampMs).toISOString() });
    },
    async deliverNotice(input: TDeliverNoticeInput): Promise<TDeliverNoticeResult> {
      let recipients: TRecipients;
      try {
        recipients = await resolveRecipients(deps.prisma, input.assignment, input.request);
      } catch (error) {
        if (error instanceof NoRecipientError) throw ApplicationFailure.nonRetryable(error.message, 'PermanentDeliveryFailure');
        throw error;
      }
      const { messageId } = await deps.sendNotice({ ...input, recipients });
      return { messageId, recipients: [...recipients.to, ...recipients.cc].map((recipient) => recipient.email) };
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
export type RecordActivities = Pick<Activities, 'recordAssignment'>;
export type NoticeActivities = Pick<Activities, 'deliverNotice'>;
export type ObstacleActivities = Pick<Activities, 'recordObstacle'>;
export type PlanActivities = Pick<Activities, 'reconcilePlan'>;
export type AgencyActivities = Pick<Activities, 'succeedAgency'>;
export type DigestActivities = Pick<Activities, 'sendDailyDigests'>;
export type ReportingActivities = Pick<Activities, 'describePeriodClose' | 'closeReportingPeriod'>;

function requireTemporal(deps: ActivityDependencies): Client {
  if (!deps.temporal) throw ApplicationFailure.nonRetryable('this worker was built without a Temporal client, which plan loading and reorganisations need', 'Misconfigured');
  return deps.temporal;
}
