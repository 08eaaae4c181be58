// The whole plan file. Field-level rules live in the part schemas; rules that relate fields to
// each other (codes that must exist, dates inside the plan) are in check-plan.ts.
import { z } from 'zod';
import { ZAgency, ZAgencyGroup } from './agencies';
import { ZFacility } from './facilities';
import { ZInspectionProgramme, ZReportingCycle, ZReviewMilestone } from './cycles';
import { ZIndicator } from './indicators';
import { ZDocumentReference, ZPlanMetadata } from './metadata';
import { ZPlanCalendarSettings, ZPolicy } from './policy';
import { ZTask } from './tasks';

export const PLAN_FORMAT_VERSION = 1;

export const ZPlan = z.strictObject({
  formatVersion: z.literal(PLAN_FORMAT_VERSION).describe('Version of the plan file format'),
  metadata: ZPlanMetadata,
  references: z.array(ZDocumentReference).default([]).describe('Documents the plan cites'),
  agencies: z.array(ZAgency).min(1),
  groups: z.array(ZAgencyGroup).default([]),
  facilities: z.array(ZFacility).default([]).describe('Social-protection facilities that inspection rounds visit'),
  indicators: z.array(ZIndicator).default([]),
  tasks: z.array(ZTask).min(1),
  reportingCycles: z.array(ZReportingCycle).default([]),
  inspections: z.array(ZInspectionProgramme).default([]),
  reviews: z.array(ZReviewMilestone).default([]),
  policy: ZPolicy,
  calendar: ZPlanCalendarSettings.optional(),
});
export type TPlan = z.infer<typeof ZPlan>;
/** The plan as written in the file, before defaults are filled in. */
export type TPlanInput = z.input<typeof ZPlan>;
