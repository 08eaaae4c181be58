// The agency registry: who can be assigned, who receives reports, who is escalated to, and who
// took over when an agency was merged or abolished (the 2025 reorganisation).
import { z } from 'zod';
import { ZAgencyCode, ZFunctionTag, ZIsoDate, ZName, ZPlanNote, ZTaskRef } from './primitives';

export const ZContactRole = z.enum(['focal_point', 'head', 'deputy']);
export type TContactRole = z.infer<typeof ZContactRole>;

/** Officials' data is limited to name, role and work e-mail (Personal Data Protection Law 2025). */
export const ZContact = z.strictObject({
  name: ZName,
  role: ZContactRole.describe('focal_point = đầu mối, head = thủ trưởng, deputy = cấp phó'),
  email: z.email({ error: 'a work e-mail address, e.g. dau-moi@soldtbxh.kontum.example' }),
});
export type TContact = z.infer<typeof ZContact>;

/** The function tag of a successor that takes over everything (a merger, not a split). */
export const ALL_FUNCTIONS = 'all';

/**
 * A successor takes over the listed functions from `effectiveFrom`. An agency split between
 * several successors (DOLISA in 2025) lists each with its share of the work. A task whose own
 * function went elsewhere than the agency's bulk (II.3.5, harmful information online: online
 * content to Culture, network security to the Police) names its successors with `tasks`; for
 * such a task only the successors that list it answer (see resolveSuccessors).
 */
export const ZSuccessor = z.strictObject({
  code: ZAgencyCode,
  effectiveFrom: ZIsoDate,
  functions: z.array(ZFunctionTag).min(1).describe('Function tags that move; `all` for a whole merger'),
  tasks: z
    .array(ZTaskRef)
    .min(1)
    .optional()
    .describe('Tasks of this plan this successor answers for whatever the functions say: a task whose function went to several places'),
  note: ZPlanNote.optional(),
});
export type TSuccessor = z.infer<typeof ZSuccessor>;

export const ZAgencyKind = z.enum(['department', 'district', 'commune', 'organisation', 'leadership', 'ministry', 'party']);
export type TAgencyKind = z.infer<typeof ZAgencyKind>;

export const ZAgency = z.strictObject({
  code: ZAgencyCode,
  nameVi: ZName,
  nameEn: ZName,
  aliases: z.array(ZName).default([]).describe('Names and abbreviations as documents write them'),
  kind: ZAgencyKind,
  placeholder: z
    .boolean()
    .default(false)
    .describe('true for an invented example unit that stands in for real ones'),
  contacts: z.array(ZContact).default([]),
  validFrom: ZIsoDate.nullable().default(null).describe('null: existed before the plan'),
  validTo: ZIsoDate.nullable().default(null).describe('Last day the agency existed; null: still exists'),
  successors: z.array(ZSuccessor).default([]),
  note: ZPlanNote.optional(),
});
export type TAgency = z.infer<typeof ZAgency>;

/**
 * A set of agencies that a plan names as one assignee ("Các Sở, ban, ngành"); each member gets
 * its own assignment. Members are agencies, not other groups, so a group expands in one step.
 */
export const ZAgencyGroup = z.strictObject({
  code: ZAgencyCode,
  nameVi: ZName,
  nameEn: ZName,
  aliases: z.array(ZName).default([]),
  members: z.array(ZAgencyCode).min(1),
  note: ZPlanNote.optional(),
});
export type TAgencyGroup = z.infer<typeof ZAgencyGroup>;
