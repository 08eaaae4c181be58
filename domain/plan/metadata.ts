// What the plan document says about itself, and the documents it implements or cites.
import { z } from 'zod';
import { ZAgencyCode, ZFunctionTag, ZIdentifier, ZIsoDate, ZLine, ZName, ZPlanNote } from './primitives';

/**
 * A document the plan implements (parent) or cites (programmes, earlier plans). Number and date
 * are null when the citation gives none, e.g. a national programme cited by its title only.
 */
export const ZDocumentReference = z.strictObject({
  id: ZIdentifier.describe('Stable identifier used by tasks in `documents:`'),
  number: ZLine.nullable().describe('Document number as written, e.g. 135-KH/TU; null when not cited'),
  date: ZIsoDate.nullable(),
  issuerVi: ZLine.nullable().describe('Issuing body as written, e.g. Ban Thường vụ Tỉnh ủy'),
  titleVi: ZName,
  titleEn: ZLine.optional(),
  kind: z.enum(['party_directive', 'party_plan', 'decision', 'provincial_plan', 'official_letter', 'programme', 'strategy', 'policy']),
});
export type TDocumentReference = z.infer<typeof ZDocumentReference>;

/** Metadata fields that a document may leave blank; listing them marks a null as deliberate. */
export const ZUnknownMetadataField = z.enum(['number', 'date']);

export const ZProvince = z.strictObject({
  nameVi: ZName,
  // The seed document names no province; the province is inferred from codes and signatory.
  source: z.enum(['document', 'inferred']),
  note: ZPlanNote.optional(),
  mergedInto: z
    .strictObject({ nameVi: ZName, effectiveFrom: ZIsoDate })
    .nullable()
    .default(null),
});

export const ZPlanMetadata = z.strictObject({
  titleVi: ZName,
  titleEn: ZLine.optional(),
  number: ZLine.nullable().describe('Plan number as written; null only if listed in `unknown`'),
  date: ZIsoDate.nullable().describe('Date of issue; null only if listed in `unknown`'),
  unknown: z
    .array(ZUnknownMetadataField)
    .default([])
    .describe('Fields the document does not give: marks their null as deliberate, not forgotten'),
  assumedIssueDate: ZIsoDate.nullable()
    .default(null)
    .describe('Stand-in for `date` when it is unknown; default deadlines are counted from it'),
  issuer: ZAgencyCode.describe('Agency code of the issuing body'),
  province: ZProvince,
  parents: z.array(ZDocumentReference).default([]).describe('Documents this plan implements'),
  functions: z
    .array(ZFunctionTag)
    .min(1)
    .describe('Function tags of the plan\'s work; open work moves to successors holding one of them'),
  startDate: ZIsoDate,
  endDate: ZIsoDate,
});
export type TPlanMetadata = z.infer<typeof ZPlanMetadata>;
