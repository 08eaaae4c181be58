// Everything that recurs or falls on a fixed date: reporting cycles, inspection rounds and the
// reviews (sơ kết, tổng kết).
import { z } from 'zod';
import { ZFacilitySelection } from './facilities';
import { ZAgencyCode, ZIdentifier, ZIsoDate, ZMonthDay, ZName, ZPlanNote, ZTaskRef } from './primitives';

export const ZFrequency = z.enum(['annual', 'semi_annual', 'quarterly', 'monthly']);

/**
 * The period a report covers, by day of year. Vietnamese statistical reporting closes the year
 * on 14 December, so an annual period runs 15/12 of the previous year to 14/12.
 */
export const ZDataPeriod = z.strictObject({
  startMonthDay: ZMonthDay,
  startsPreviousYear: z.boolean(),
  endMonthDay: ZMonthDay,
});

/** Working days of grace before reports are consolidated: three by default, at most twelve weeks. */
const ZGraceWorkingDays = (description: string) => z.number().int().min(0).max(60).default(3).describe(description);

export const ZReportingCycle = z.strictObject({
  id: ZIdentifier,
  nameVi: ZName,
  nameEn: ZName,
  frequency: ZFrequency,
  dataPeriod: ZDataPeriod.optional(),
  dueDays: z.array(ZMonthDay).min(1).describe('Due days in each year, MM-DD'),
  firstYear: z.number().int().min(2000),
  lastYear: z.number().int().min(2000),
  reporters: z.array(ZAgencyCode).min(1).describe('Agencies or groups that send the report'),
  recipients: z.array(ZAgencyCode).min(1),
  indicators: z.array(ZIdentifier).default([]),
  consolidates: ZIdentifier.nullable().default(null).describe('Id of the cycle whose reports this one sums up'),
  graceWorkingDays: ZGraceWorkingDays('Working days after the due day during which late reports still make the period; the period closes and is consolidated the next working day'),
  inWriting: z.boolean().default(true),
  sourceText: ZPlanNote.optional().describe('The sentence of the document that creates the duty'),
});
export type TReportingCycle = z.infer<typeof ZReportingCycle>;

export const ZInspectionRound = z.strictObject({
  labelVi: ZName,
  dueMonthDay: ZMonthDay,
});

export const ZInspectionProgramme = z.strictObject({
  id: ZIdentifier,
  nameVi: ZName,
  nameEn: ZName,
  lead: ZAgencyCode,
  frequency: ZFrequency,
  rounds: z.array(ZInspectionRound).min(1),
  inspectedUnits: z.array(ZAgencyCode).default([]).describe('Agencies or groups inspected in every round'),
  facilities: ZFacilitySelection.optional().describe('Facilities of the registry inspected: all, or a share a year in rotation'),
  firstYear: z.number().int().min(2000),
  lastYear: z.number().int().min(2000),
  sourceRefs: z.array(ZTaskRef).default([]).describe('Tasks that call for the inspections'),
});
export type TInspectionProgramme = z.infer<typeof ZInspectionProgramme>;

/** sơ kết = preliminary (mid-term) review; tổng kết = final review. */
export const ZReviewMilestone = z.strictObject({
  id: ZIdentifier,
  kind: z.enum(['preliminary', 'final']),
  nameVi: ZName,
  nameEn: ZName,
  date: ZIsoDate,
  lead: ZAgencyCode,
  sourceRef: ZTaskRef.optional(),
  graceWorkingDays: ZGraceWorkingDays('Working days after the review reports are due (a month before the meeting) until they are consolidated for the lead agency'),
});
export type TReviewMilestone = z.infer<typeof ZReviewMilestone>;
