// Builds the holiday table from lunar anchors, the statutory rule and the official notices.
// Run by scripts/generate-holidays.ts, whose output (holidays-vn.ts) is what the calendar reads.
import { isWeekend, listDays, weekdayOf, yearOf } from './iso-day';
import { OCCASION_NAMES, ZOfficialNotice, type TCalendarException, type THolidayTable, type TOfficialNotice } from './holiday-schemas';
import {
  COMPENSATION_BASIS,
  STATUTORY_HOLIDAY_BASIS,
  compensateWeekendHolidays,
  listStatutoryHolidays,
  nameHolidayDay,
  type TLunarAnchors,
} from './statutory-holidays';

export interface TBuildHolidayTableOptions {
  anchors: TLunarAnchors[];
  notices: TOfficialNotice[];
}

export function buildHolidayTable({ anchors, notices }: TBuildHolidayTableOptions): THolidayTable {
  const years = anchors.map((anchor) => anchor.year).sort((left, right) => left - right);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('buildHolidayTable needs the lunar anchors of at least one year');
  const days = anchors.flatMap((anchor) => buildHolidayYear(anchor, notices.filter((notice) => notice.year === anchor.year)));
  return { coveredYears: { first, last }, days: days.sort((left, right) => left.day.localeCompare(right.day)) };
}

function buildHolidayYear(anchors: TLunarAnchors, notices: TOfficialNotice[]): TCalendarException[] {
  const entries = new Map<string, TCalendarException>();
  const add = (entry: TCalendarException): void => {
    const existing = entries.get(entry.day);
    if (existing) throw new RangeError(`${entry.day} is both "${existing.reason}" and "${entry.reason}": fix the notices for ${anchors.year}`);
    entries.set(entry.day, entry);
  };
  for (const notice of notices) expandNotice(ZOfficialNotice.parse(notice)).forEach(add);

  const noticed = new Set(notices.map((notice) => notice.occasion));
  const statutory = listStatutoryHolidays(anchors).filter((holiday) => !noticed.has(holiday.occasion) && !entries.has(holiday.day));
  for (const holiday of statutory) add({ day: holiday.day, working: false, reason: holiday.reason, basis: STATUTORY_HOLIDAY_BASIS });
  for (const compensation of compensateWeekendHolidays(statutory, new Set(entries.keys()))) {
    add({ day: compensation.day, working: false, reason: compensation.reason, basis: COMPENSATION_BASIS });
  }
  return [...entries.values()];
}

function expandNotice(notice: TOfficialNotice): TCalendarException[] {
  const { occasion, source, daysOff, swaps } = notice;
  const span = listDays(daysOff.from, daysOff.to);
  if (span.length === 0 || yearOf(daysOff.from) !== notice.year) {
    throw new RangeError(`notice "${source}": daysOff must run forward from a day in ${notice.year}; received ${daysOff.from} to ${daysOff.to}`);
  }
  for (const swap of swaps) {
    if (!span.includes(swap.dayOff) || isWeekend(swap.dayOff) || !isWeekend(swap.workedOn)) {
      throw new RangeError(
        `notice "${source}": a swap moves a weekday inside daysOff to a weekend day; received dayOff ${swap.dayOff}, workedOn ${swap.workedOn}`,
      );
    }
  }
  const daysOffEntries = span.map((day): TCalendarException => {
    const swap = swaps.find((candidate) => candidate.dayOff === day);
    const reason = swap
      ? `${OCCASION_NAMES[occasion]}: swapped day off (hoán đổi), worked on ${weekdayOf(swap.workedOn)} ${swap.workedOn}`
      : nameHolidayDay(occasion, day);
    return { day, working: false, reason, basis: source };
  });
  const makeUpEntries = swaps.map(
    (swap): TCalendarException => ({
      day: swap.workedOn,
      working: true,
      reason: `make-up working day (làm bù) for ${weekdayOf(swap.dayOff)} ${swap.dayOff}, ${OCCASION_NAMES[occasion]}`,
      basis: source,
    }),
  );
  return [...daysOffEntries, ...makeUpEntries];
}

