// Social-protection facilities (cơ sở trợ giúp xã hội), public and private, that inspection rounds
// visit (II.3.4). A facility is not an agency: it receives no assignment itself. The agency that
// manages it (`responsibleAgency`) is told of an inspection in advance and remedies the findings.
import { z } from 'zod';
import { ZAgencyCode, ZIsoDate, ZName, ZPlanNote } from './primitives';

/** Kinds named by Decree 103/2017/NĐ-CP on social assistance facilities; `other` for the rest. */
export const ZFacilityKind = z.enum([
  'social_protection_centre',
  'child_care_facility',
  'social_work_centre',
  'elderly_care_facility',
  'disability_care_facility',
  'other',
]);
export type TFacilityKind = z.infer<typeof ZFacilityKind>;

export const ZFacility = z.strictObject({
  code: ZAgencyCode.describe('Stable code of the facility, UPPER_SNAKE_CASE, distinct from every agency code'),
  nameVi: ZName,
  nameEn: ZName.optional(),
  kind: ZFacilityKind,
  owner: z.enum(['public', 'private'], { error: 'public (công lập) or private (ngoài công lập)' }),
  commune: ZAgencyCode.describe('Code of the commune or ward (an agency of kind commune or district) it stands in'),
  responsibleAgency: ZAgencyCode.describe('Agency that manages it: told of inspections in advance, remedies findings'),
  placeholder: z.boolean().default(false).describe('true for an invented example facility'),
  validFrom: ZIsoDate.nullable().default(null).describe('null: existed before the plan'),
  validTo: ZIsoDate.nullable().default(null).describe('Last day the facility operated; null: still operates'),
  note: ZPlanNote.optional(),
});
export type TFacility = z.infer<typeof ZFacility>;

/**
 * Which facilities an inspection programme visits. `all`: every facility operating in the round's
 * year, every round. `share`: `sharePerYear` of them a year, in rotation by code (see
 * selectFacilities), so that each is visited at least once every ceil(1 / sharePerYear) years.
 */
export const ZFacilitySelection = z.discriminatedUnion(
  'select',
  [
    z.strictObject({
      select: z.literal('all'),
      kinds: z.array(ZFacilityKind).min(1).optional().describe('Only facilities of these kinds; all kinds when absent'),
      owners: z.array(z.enum(['public', 'private'])).min(1).optional().describe('Only public or only private facilities'),
    }),
    z.strictObject({
      select: z.literal('share'),
      sharePerYear: z.number().gt(0, { error: 'a share above 0, e.g. 0.5 for half the facilities a year' }).max(1, { error: 'a share of at most 1 (1 = all)' }),
      kinds: z.array(ZFacilityKind).min(1).optional(),
      owners: z.array(z.enum(['public', 'private'])).min(1).optional(),
    }),
  ],
  { error: 'select: all, or select: share with sharePerYear (e.g. { select: share, sharePerYear: 0.5 })' },
);
export type TFacilitySelection = z.infer<typeof ZFacilitySelection>;
