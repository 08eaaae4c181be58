// Validates a notice at the activity's entry. A notice that fails its schema is a bug in the
// workflow that built it: retrying cannot fix it, so it fails at once, saying which field.
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { INVALID_NOTICE, ZNotice, type TNotice } from '../../domain/notices';

export function parseNotice(input: unknown): TNotice {
  const parsed = ZNotice.safeParse(input);
  if (parsed.success) return parsed.data;
  const key = (input as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  throw ApplicationFailure.nonRetryable(`Invalid notice ${typeof key === 'string' ? key : '(no key)'}:\n${z.prettifyError(parsed.error)}`, INVALID_NOTICE);
}

export function noticeAddresses(notice: TNotice): string[] {
  return [...notice.recipients.to, ...notice.recipients.cc].map((recipient) => recipient.email);
}
