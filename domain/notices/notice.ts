// The contract of one notice: what a workflow decides to tell whom, before any rendering or
// sending. Plain JSON (instants are ISO strings), so it crosses the Temporal payload boundary
// unchanged and is stored as is in workflow histories.
import { z } from 'zod';
import { daysBetween, localDayOf } from '../calendar';
import { ZEscalationRecipient } from '../policy';
import { ZMandate } from '../plan/tasks';

/**
 * Every kind of notice dondoc sends. `escalation` carries its level (1 focal point, 2 head of the
 * agency, 3 the monitoring agency — DOLISA, 4 the People's Committee leadership).
 * `deadline-changed` (a deadline moved other than by an extension the agency asked for, e.g. by an
 * amended plan) and `cancelled` update or withdraw the calendar event of the assignment.
 * The workflows' notice requests (domain/assignment/notice-request.ts) use this list too.
 */
const ZNoticeKind = z.enum([
  'assignment',
  'reminder',
  'due-today',
  'escalation',
  'extension-decided',
  'explanation-requested',
  'report-accepted',
  'report-returned',
  'inspection-notice',
  'review-request',
  'period-closed',
  'delivery-failure',
  'deadline-changed',
  'cancelled',
]);
export type TNoticeKind = z.infer<typeof ZNoticeKind>;

/** Kinds whose subject or text states the deadline. */
const DEADLINE_KINDS = new Set<TNoticeKind>(['assignment', 'reminder', 'due-today', 'escalation', 'deadline-changed']);
/** Kinds that say how many days are left or late; the others leave the counts out. */
const COUNTED_KINDS = new Set<TNoticeKind>([...DEADLINE_KINDS, 'explanation-requested', 'extension-decided']);

/** Text as it will be shown: trimmed, composed to NFC so "ệ" is one code point everywhere. */
const ZText = z.string().normalize('NFC').trim().min(1);

/** An instant, stored in UTC by convention: "2026-12-31T16:59:59.999Z". */
const ZInstant = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 instant with its offset, e.g. 2026-12-31T16:59:59.999Z' });

const ZNoticeRecipient = z.object({
  name: ZText,
  /** Checked by the SMTP server, not here: a malformed address comes back as a recorded permanent failure. */
  email: z.string().trim().min(3),
  agencyCode: z.string().trim().min(1),
});
export type TNoticeRecipient = z.infer<typeof ZNoticeRecipient>;

export const ZNotice = z
  .object({
    kind: ZNoticeKind,
    /** Built by buildNoticeIdempotencyKey from business keys; claimed once in the ledger. */
    idempotencyKey: z.string().min(1).max(500),
    /** When the workflow decided the notice (workflow time): the DTSTAMP of its calendar event. */
    issuedAt: ZInstant,
    plan: z.object({ id: z.string().min(1), number: ZText.nullable().optional(), title: ZText }),
    task: z.object({ ref: ZText, text: ZText }),
    /** Absent for a notice about no single assignment. */
    assignmentId: z.string().min(1).nullable().optional(),
    /** A request (đề nghị) to a body the People's Committee cannot order is worded as a courteous request. */
    mandate: ZMandate.default('order'),
    deadline: ZInstant.nullable().optional(),
    /** How many times the deadline has moved: the SEQUENCE of the calendar event. */
    deadlineSequence: z.number().int().min(0).default(0),
    /** The deadline before an extension or change, shown beside the new one. */
    previousDeadline: ZInstant.nullable().optional(),
    /** Calendar days until the due day, 0 on the day itself. Counted from issuedAt when omitted. */
    daysLeft: z.number().int().min(0).optional(),
    /** Calendar days late (Asia/Ho_Chi_Minh days), at least 1. Counted from issuedAt when omitted. */
    daysOverdue: z.number().int().min(1).optional(),
    escalationLevel: z.number().int().min(1).optional(),
    /** Whom the escalation level addresses; defaults from the level (see DEFAULT_ESCALATION_LADDER). */
    escalationTo: ZEscalationRecipient.optional(),
    recipients: z.object({
      to: z.array(ZNoticeRecipient).min(1, { error: 'a notice needs at least one recipient in `to`' }),
      cc: z.array(ZNoticeRecipient).default([]),
    }),
    /** Where to respond, under the web app's base URL: "/assignments/<id>". */
    actionPath: z.string().regex(/^\/[^\s]*$/, { error: 'expected a path starting with "/", e.g. /assignments/abc' }),
    /** Words of the monitoring agency: why a report was returned, what an inspection covers. */
    note: ZText.optional(),
    extension: z.object({ approved: z.boolean() }).optional(),
    /** The notice that could not be delivered (kind delivery-failure). */
    failedDelivery: z
      .object({ kind: ZNoticeKind, idempotencyKey: z.string().min(1), addresses: z.array(z.string()), reason: ZText })
      .optional(),
  })
  .superRefine((notice, context) => {
    const require = (field: keyof typeof notice, why: string) => {
      if (notice[field] === undefined || notice[field] === null) {
        context.addIssue({ code: 'custom', path: [field], message: `a notice of kind ${notice.kind} needs ${field}: ${why}` });
      }
    };
    if (DEADLINE_KINDS.has(notice.kind)) require('deadline', 'it states the deadline');
    if (notice.kind === 'escalation') require('escalationLevel', 'the notice says which level it is');
    if (notice.kind === 'extension-decided') require('extension', 'the notice says whether the extension was approved');
    if (notice.kind === 'extension-decided' && notice.extension?.approved) require('deadline', 'an approved extension states the new deadline');
    if (notice.kind === 'delivery-failure') require('failedDelivery', 'the monitor needs to know which notice failed and why');
  })
  .transform(withDayCounts);
export type TNotice = z.infer<typeof ZNotice>;
export type TNoticeInput = z.input<typeof ZNotice>;

/** The agency codes a notice reaches, To first, each once. */
export function noticeAgencyCodes(notice: Pick<TNotice, 'recipients'>): string[] {
  return [...new Set([...notice.recipients.to, ...notice.recipients.cc].map((recipient) => recipient.agencyCode))];
}

/**
 * Fills in daysLeft or daysOverdue, when the caller gave neither, from issuedAt and the deadline
 * in Asia/Ho_Chi_Minh calendar days: the counts classifyAssignment reports. An escalation
 * notice is at least 1 day late, a due-today notice has 0 days left, whatever the clock.
 */
function withDayCounts<T extends { kind: TNoticeKind; issuedAt: string; deadline?: string | null; daysLeft?: number; daysOverdue?: number }>(notice: T): T {
  if (!notice.deadline || notice.daysLeft !== undefined || notice.daysOverdue !== undefined || !COUNTED_KINDS.has(notice.kind)) return notice;
  if (notice.kind === 'due-today') return { ...notice, daysLeft: 0 };
  const daysAhead = daysBetween(localDayOf(new Date(notice.issuedAt)), localDayOf(new Date(notice.deadline)));
  if (notice.kind === 'escalation') return { ...notice, daysOverdue: Math.max(1, -daysAhead) };
  return daysAhead >= 0 ? { ...notice, daysLeft: daysAhead } : { ...notice, daysOverdue: -daysAhead };
}
