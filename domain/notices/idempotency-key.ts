// The idempotency key of a notice, built from business keys only, so that a workflow replayed,
// retried or restarted after a crash asks for the same key and the ledger lets it through once.
import { type TNoticeKind } from './notice';

export interface TNoticeKeyParts {
  /** The assignment the notice is about; for plan-level notices, a stable subject such as "plan:<id>:2026". */
  assignmentId: string;
  kind: TNoticeKind;
  /**
   * What distinguishes two notices of one kind for one deadline: the reminder offset ("7d"), the
   * escalation level and occurrence ("L2#3"), the report id. Use "once" for a kind sent once.
   */
  step: string | number;
  /** The deadline in force. A moved deadline gives new keys, so its reminders go out again. */
  deadline?: Date | string | null;
  /**
   * The agency answering for the work, when it can change (reassignment to a successor): the
   * successor then gets its own reminders. Omitted, the key is the same as without it.
   */
  agencyCode?: string;
}

const KEY_VERSION = 'v1';

/**
 * "notice:v1:<assignment>:<kind>:<step>:<deadline UTC>[:<agency>]". Each part is percent-encoded, so a ":"
 * inside an id can never make two different notices share a key.
 */
export function buildNoticeIdempotencyKey({ assignmentId, kind, step, deadline, agencyCode }: TNoticeKeyParts): string {
  if (!assignmentId) throw new RangeError('assignmentId must name the assignment (or plan-level subject) the notice is about; received an empty string');
  const stepText = String(step);
  if (!stepText) throw new RangeError('step must distinguish the notice within its kind, e.g. "7d", "L2#1" or "once"; received an empty string');
  const parts = [assignmentId, kind, stepText, deadlinePart(deadline), ...(agencyCode ? [agencyCode] : [])].map((part) =>
    encodeURIComponent(part.normalize('NFC')),
  );
  return ['notice', KEY_VERSION, ...parts].join(':');
}

function deadlinePart(deadline: Date | string | null | undefined): string {
  if (deadline === undefined || deadline === null) return 'none';
  const instant = typeof deadline === 'string' ? new Date(deadline) : deadline;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`deadline must be a valid instant; received ${String(deadline)}`);
  return instant.toISOString();
}
