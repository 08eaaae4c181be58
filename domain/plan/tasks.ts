// Tasks as the document assigns them. Text and assignment lines are kept verbatim, because
// officials check the tracker against the signed document word for word.
import { z } from 'zod';
import { ZAgencyCode, ZIdentifier, ZIsoDate, ZMonthDay, ZLine, ZNonEmptyText, ZPlanNote, ZTaskRef } from './primitives';

/**
 * one_off: done once, by `deadline`. continuous: ongoing ("thường xuyên", "tiếp tục"), reported
 * through a reporting cycle. periodic: repeats on `recurrence`.
 */
export const ZTaskKind = z.enum(['one_off', 'continuous', 'periodic']);
export type TTaskKind = z.infer<typeof ZTaskKind>;

/** Either follows a reporting cycle of this plan, or names its own due days in each year. */
export const ZRecurrence = z.strictObject({
  cycle: ZIdentifier.optional().describe('Id of a reporting cycle whose due dates this task follows'),
  dueDays: z.array(ZMonthDay).optional().describe('Due days in every year, MM-DD'),
});
export type TRecurrence = z.infer<typeof ZRecurrence>;

/**
 * "order" is an assignment by the People's Committee; "request" is "đề nghị" to bodies it cannot
 * order (the Fatherland Front, mass organisations): they are reminded but not escalated.
 */
export const ZMandate = z.enum(['order', 'request']);

export const ZTask = z.strictObject({
  ref: ZTaskRef,
  groupTitle: ZNonEmptyText.describe('Heading of the group or point, verbatim'),
  text: ZNonEmptyText.describe('The task as the document words it, verbatim'),
  assignmentLine: ZLine.nullable()
    .describe('The "Thực hiện: …" line as written; null for section III, where the heading assigns'),
  lead: ZAgencyCode.nullable().describe('Lead agency (chủ trì); null when the line names no single lead'),
  coordinators: z.array(ZAgencyCode).default([]).describe('Coordinating agencies or groups (phối hợp)'),
  assignees: z
    .array(ZAgencyCode)
    .min(1)
    .describe('Agencies or groups that each get an assignment and report on it'),
  mandate: ZMandate.default('order'),
  kind: ZTaskKind,
  deadline: ZIsoDate.optional().describe('Required for one_off tasks'),
  recurrence: ZRecurrence.optional().describe('Required for periodic tasks'),
  reportedIn: ZIdentifier.optional().describe('Reporting cycle in which results are reported'),
  deliverable: ZPlanNote.optional(),
  indicators: z.array(ZIdentifier).default([]).describe('Indicator codes this task reports'),
  documents: z.array(ZIdentifier).default([]).describe('Ids of cited documents (`references`)'),
  note: ZPlanNote.optional(),
});
export type TTask = z.infer<typeof ZTask>;
