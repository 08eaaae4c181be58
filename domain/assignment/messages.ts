// Payloads of the updates an assignment accepts, one zod schema each. The workflow's update
// validators parse with these before any state changes; the CLI and API build them too.
import { z } from 'zod';
import { isIsoDay } from '../calendar/iso-day';
import { ZActor } from './actor';

// Not z.iso.date(): inside Temporal's workflow sandbox (which replaces Date) zod 4.6 rejects every
// ISO day string as "expected date", and these schemas are parsed there.
const ZDay = z.string().refine(isIsoDay, { error: 'expected a calendar day written YYYY-MM-DD, e.g. 2026-01-15' });
const ZText = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });

/** One aggregate count: never a child's data. `total` is the whole, for rates. */
export const ZIndicatorValue = z.strictObject({
  code: z.string().min(1),
  count: z.number().int({ error: 'counts are whole numbers' }).min(0, { error: 'counts cannot be negative' }),
  total: z.number().int({ error: 'counts are whole numbers' }).min(0, { error: 'counts cannot be negative' }).optional(),
});
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

/** The answer for one section of a unit's report: what was done, or explicitly nothing to report. */
export const ZSectionAnswer = z.union([
  z.strictObject({ taskRef: z.string().min(1), narrative: ZText('the narrative of the section') }),
  z.strictObject({ taskRef: z.string().min(1), nothingToReport: z.literal(true) }),
]);
export type TSectionAnswer = z.infer<typeof ZSectionAnswer>;

export const ZSubmitResult = z.strictObject({
  actor: ZActor,
  narrative: ZText('the narrative of the result'),
  indicators: z.array(ZIndicatorValue).default([]),
  /** For a unit's report with sections: one answer per section (a section carried over from an earlier assignment may be left out). */
  sections: z.array(ZSectionAnswer).optional(),
});

export const ZRequestExtension = z.strictObject({
  actor: ZActor,
  reason: ZText('the reason for the extension'),
  newDueDay: ZDay,
});

export const ZDecideExtension = z.strictObject({
  actor: ZActor,
  approve: z.boolean(),
  note: z.string().optional(),
});

export const ZRequestExplanation = z.strictObject({ actor: ZActor, note: z.string().optional() });
export const ZSubmitExplanation = z.strictObject({ actor: ZActor, text: ZText('the explanation') });

export const ZReviewResult = z.discriminatedUnion('decision', [
  z.strictObject({ actor: ZActor, decision: z.literal('accept'), note: z.string().optional() }),
  z.strictObject({ actor: ZActor, decision: z.literal('return'), note: ZText('what must be revised'), newDueDay: ZDay }),
]);

export const ZReassign = z.strictObject({
  actor: ZActor,
  toAgency: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected the successor agency code' }),
  effectiveDay: ZDay,
  reason: ZText('the reason for the reassignment'),
});

/** A reorganisation: the monitoring or leadership agency of the assignment is succeeded by another. */
export const ZTransferOversight = z.strictObject({
  actor: ZActor,
  fromAgency: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected the agency that oversaw the work' }),
  toAgency: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected the successor agency code' }),
  effectiveDay: ZDay,
  reason: ZText('the reason for the transfer'),
});

export const ZCancel = z.strictObject({
  actor: ZActor,
  reason: ZText('the reason for the cancellation'),
  /** The unit's report that replaces this assignment: the unit hears of it in that report's assignment notice, not in a cancellation. */
  supersededBy: z.string().min(1).optional(),
});

/** A new deadline from an amended plan. */
export const ZChangeDeadline = z.strictObject({ actor: ZActor, newDueDay: ZDay, reason: ZText('the reason') });

/** A finding of an inspection round; with a remediation deadline it becomes the unit's assignment. */
export const ZRecordFinding = z.strictObject({
  actor: ZActor,
  unit: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected the inspected unit’s agency code' }),
  finding: ZText('the finding'),
  remediationDueDay: ZDay.optional(),
});

export type TRecordFinding = z.infer<typeof ZRecordFinding>;
export type TSubmitResult = z.infer<typeof ZSubmitResult>;
export type TRequestExtension = z.infer<typeof ZRequestExtension>;
export type TDecideExtension = z.infer<typeof ZDecideExtension>;
export type TRequestExplanation = z.infer<typeof ZRequestExplanation>;
export type TSubmitExplanation = z.infer<typeof ZSubmitExplanation>;
export type TReviewResult = z.infer<typeof ZReviewResult>;
export type TReassign = z.infer<typeof ZReassign>;
export type TTransferOversight = z.infer<typeof ZTransferOversight>;
export type TCancel = z.infer<typeof ZCancel>;
export type TChangeDeadline = z.infer<typeof ZChangeDeadline>;
