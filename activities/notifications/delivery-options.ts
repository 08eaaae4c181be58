// The recommended activity options for sendNotice and sendDigest, checked against Temporal's
// types. The numbers and their reasons live in domain/notices/delivery-options.ts, so that
// workflow code can import them without importing this (side-effecting) module.
import { type ActivityOptions, type RetryPolicy } from '@temporalio/common';
import { NOTICE_ACTIVITY_OPTIONS } from '../../domain/notices';

export const noticeActivityOptions: ActivityOptions = NOTICE_ACTIVITY_OPTIONS;
export const noticeRetryPolicy: RetryPolicy = NOTICE_ACTIVITY_OPTIONS.retry;

/**
 * How long a claim protects a notice that is being sent. Temporal starts the next attempt only
 * after the previous one failed or ran past startToCloseTimeout, so a claim older than that
 * belongs to an attempt that is gone (a crashed worker) and may be taken over; a younger one
 * belongs to an attempt that may still be talking to the mail server, and is left alone.
 */
export const NOTICE_CLAIM_LEASE_MS = NOTICE_ACTIVITY_OPTIONS.startToCloseTimeout;
