// The Labour Code 2019 rule for a year the government has not (yet) published a notice for.
// Art. 112(1): 1/1; Tết 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; 2/9 plus one adjacent day.
// Art. 111(3): a holiday that falls on the weekly rest day is taken on the next working day.
// (Art. 112(3) is the clause that lets the Prime Minister fix Tết and the National Day pair each
// year; those yearly decisions are the official notices layered on top of this rule.)
import { addDays, isWeekend } from './iso-day';
import { OCCASION_NAMES, type THolidayOccasion } from './holiday-schemas';

/** Lunar dates for one year, computed by scripts/generate-holidays.ts (date-holidays, UTC+7). */
export interface TLunarAnchors {
  year: number;
  /** Mùng 1 Tết: the first day of the lunar year. */
  lunarNewYear: string;
  /** 10th day of the 3rd lunar month. */
  hungKings: string;
}

export interface TStatutoryHoliday {
  day: string;
  occasion: THolidayOccasion;
  reason: string;
}

export const STATUTORY_HOLIDAY_BASIS = 'Labour Code 2019 Art. 112(1) (statutory rule)';
export const COMPENSATION_BASIS = 'Labour Code 2019 Art. 111(3) (statutory rule: a holiday on the weekend is taken on the next working day)';

/** The name a user reads for a holiday day, e.g. 30/4 inside the 30/4–1/5 break. */
export function nameHolidayDay(occasion: THolidayOccasion, day: string): string {
  if (occasion !== 'reunification-and-labour-day') return OCCASION_NAMES[occasion];
  if (day.endsWith('-04-30')) return 'Ngày Chiến thắng (Reunification Day, 30/4)';
  if (day.endsWith('-05-01')) return 'Ngày Quốc tế Lao động (International Labour Day, 1/5)';
  return OCCASION_NAMES[occasion];
}

/**
 * The day paired with 2/9. The law allows the day before or after; the government has picked the
 * weekday that joins the pair to a weekend (2021: 3/9 Fri; 2022: 1/9 Thu; 2023: 1/9 Fri;
 * 2024: 3/9 Tue; 2025: 1/9 Mon) and, when neither does, the day before (2026: 1/9 Tue).
 */
export function chooseNationalDayCompanion(year: number): string {
  const nationalDay = `${year}-09-02`;
  const before = addDays(nationalDay, -1);
  const after = addDays(nationalDay, 1);
  const weekdays = [before, after].filter((day) => !isWeekend(day));
  const touchingWeekend = weekdays.find((day) => isWeekend(day === before ? addDays(day, -1) : addDays(day, 1)));
  return touchingWeekend ?? weekdays[0] ?? after;
}

/** The holiday days themselves, before any weekend compensation. */
export function listStatutoryHolidays(anchors: TLunarAnchors): TStatutoryHoliday[] {
  const { year } = anchors;
  const holiday = (occasion: THolidayOccasion, day: string): TStatutoryHoliday => ({ day, occasion, reason: nameHolidayDay(occasion, day) });
  // Tết: the last day of the old lunar year and the first four days of the new one.
  const tetDays = [-1, 0, 1, 2, 3].map((offset) => addDays(anchors.lunarNewYear, offset));
  return [
    holiday('new-year', `${year}-01-01`),
    ...tetDays.map((day) => holiday('tet', day)),
    holiday('hung-kings', anchors.hungKings),
    holiday('reunification-and-labour-day', `${year}-04-30`),
    holiday('reunification-and-labour-day', `${year}-05-01`),
    holiday('national-day', `${year}-09-02`),
    holiday('national-day', chooseNationalDayCompanion(year)),
  ].sort((left, right) => left.day.localeCompare(right.day));
}

/**
 * The compensatory days off (nghỉ bù) for the weekend holidays in `holidays`: each goes to the
 * first weekday after it that is not already off or taken.
 */
export function compensateWeekendHolidays(holidays: TStatutoryHoliday[], taken: ReadonlySet<string>): TStatutoryHoliday[] {
  const used = new Set(taken);
  const compensations: TStatutoryHoliday[] = [];
  for (const holiday of holidays.filter((candidate) => isWeekend(candidate.day))) {
    let day = addDays(holiday.day, 1);
    while (isWeekend(day) || used.has(day)) day = addDays(day, 1);
    used.add(day);
    compensations.push({
      day,
      occasion: holiday.occasion,
      reason: `${holiday.reason}: compensatory day off (nghỉ bù) for ${holiday.day}, a weekend day`,
    });
  }
  return compensations;
}
