// The shapes of holiday data: the statutory occasions, an official notice that fixes one
// occasion's days for one year, and the resulting table of days that differ from Monday–Friday.
import { z } from 'zod';
import { ZIsoDay } from './iso-day';

/** Public holidays of the Labour Code 2019, Art. 112(1); 30/4 and 1/5 are one break in practice. */
export const ZHolidayOccasion = z.enum(['new-year', 'tet', 'hung-kings', 'reunification-and-labour-day', 'national-day']);
export type THolidayOccasion = z.infer<typeof ZHolidayOccasion>;

export const OCCASION_NAMES: Record<THolidayOccasion, string> = {
  'new-year': "Tết Dương lịch (New Year's Day)",
  tet: 'Tết Nguyên Đán (Lunar New Year)',
  'hung-kings': "Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration)",
  'reunification-and-labour-day': 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 (Reunification Day and Labour Day)',
  'national-day': 'Quốc khánh (National Day)',
};

/** One day that is not an ordinary Monday–Friday working day or Saturday–Sunday rest day. */
export const ZCalendarException = z.object({
  day: ZIsoDay,
  working: z.boolean(),
  /** What a user reads: "Tết Nguyên Đán (Lunar New Year)", "make-up working day (làm bù) …". */
  reason: z.string().min(1),
  /** Where the day comes from: a notice's number and date, the statutory rule, or the plan. */
  basis: z.string().min(1),
});
export type TCalendarException = z.infer<typeof ZCalendarException>;

export const ZHolidayTable = z.object({
  /** Years whose holidays are all in `days`; outside them only weekends are known. */
  coveredYears: z.object({ first: z.number().int(), last: z.number().int() }),
  days: z.array(ZCalendarException),
});
export type THolidayTable = z.infer<typeof ZHolidayTable>;

/**
 * The government's yearly decision for one occasion (Labour Code 2019 Art. 112(3) lets the Prime
 * Minister fix the Tết and National Day days; swaps — hoán đổi, with a make-up Saturday, làm bù —
 * come from the same yearly notices). `daysOff` is the whole break, weekends included.
 */
export const ZOfficialNotice = z.object({
  year: z.number().int(),
  occasion: ZHolidayOccasion,
  /** Document number and date, so an auditor can check the day against its source. */
  source: z.string().min(1),
  daysOff: z.object({ from: ZIsoDay, to: ZIsoDay }),
  swaps: z.array(z.object({ dayOff: ZIsoDay, workedOn: ZIsoDay })).default([]),
});
export type TOfficialNotice = z.infer<typeof ZOfficialNotice>;
