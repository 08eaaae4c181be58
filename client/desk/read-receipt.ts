// The receipt of the agency's latest result: what the workflow received (figures, narrative) and
// when, and the documents kept with it. The workflow's recent events answer at once after the
// submission; the audit log (written by the worker a moment later) keeps it for good.
import { attachmentAddedAction, readAttachmentList, type TAttachmentInfo } from '../../data/attachments';
import { readAuditRecords } from '../../data/audit-records';
import type { TIndicatorValue } from '../../domain/assignment/messages';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { showAssignment } from '../assignments/show-assignment';

export interface TReceipt {
  status: TAssignmentStatus;
  /** Null when no result was received yet. */
  received: { at: Date; agency: string | null; user: string | null; onTime: boolean | null; narrative: string; indicators: TIndicatorValue[] } | null;
  /** The documents received with or after that result. */
  attachments: TAttachmentInfo[];
}

/** The workflow's clock (the worker's) and the server's may differ by a little. */
const clockSlackMs = 5_000;

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function resultOf(at: Date, agency: string | null, user: string | null, details: unknown): NonNullable<TReceipt['received']> {
  const payload = record(details);
  return {
    at,
    agency,
    user,
    onTime: typeof payload.onTime === 'boolean' ? payload.onTime : null,
    narrative: typeof payload.narrative === 'string' ? payload.narrative : '',
    indicators: Array.isArray(payload.indicators) ? (payload.indicators as TIndicatorValue[]) : [],
  };
}

export async function readReceipt(context: TAppContext, actor: TAppActor, input: { assignmentId: string }): Promise<TReceipt> {
  const status = await showAssignment(context, actor, input);
  const { records, attachments } = await context.read(async (db) => ({ records: await readAuditRecords(db, input.assignmentId), attachments: await readAttachmentList(db, input.assignmentId) }));
  const live = status.lastEvents.filter((event) => event.action === 'result-submitted').at(-1);
  const logged = records.filter((each) => each.action === 'result-submitted').at(-1);
  const received = live
    ? resultOf(new Date(live.at), live.actor?.agency ?? null, live.actor?.user ?? null, live.details)
    : logged
      ? resultOf(logged.occurredAt, logged.actorAgency, logged.actorUser, logged.payload)
      : null;
  if (!received) return { status, received, attachments: [] };
  // The documents whose receipt the audit log records with or after this result (a document
  // already kept from an earlier submission is recorded again when it is sent again).
  const since = received.at.getTime() - clockSlackMs;
  const sent = new Set(records.filter((each) => each.action === attachmentAddedAction && each.occurredAt.getTime() >= since).map((each) => record(each.payload).sha256));
  return { status, received, attachments: attachments.filter((each) => sent.has(each.sha256)) };
}
