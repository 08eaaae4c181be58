// The Labour Code rule that fills years without an official notice, and the checks on notices.
import { describe, expect, it } from 'vitest';
import { buildHolidayTable } from '../../../../domain/calendar/build-holiday-table';
import { chooseNationalDayCompanion, compensateWeekendHolidays, listStatutoryHolidays } from '../../../../domain/calendar/statutory-holidays';
import { type TOfficialNotice } from '../../../../domain/calendar';

describe('chooseNationalDayCompanion', () => {
  it.each([
    // The years the government decided, by the weekday of 2/9.
    [2021, 'Thursday', '2021-09-03'],
    [2022, 'Friday', '2022-09-01'],
    [2023, 'Saturday', '2023-09-01'],
    [2024, 'Monday', '2024-09-03'],
    [2025, 'Tuesday', '2025-09-01'],
    [2026, 'Wednesday', '2026-09-01'],
    // No decision yet: 2/9/2029 is a Sunday.
    [2029, 'Sunday', '2029-09-03'],
  ])('%i (2/9 on a %s) pairs 2/9 with %s', (year, _weekday, companion) => {
    expect(chooseNationalDayCompanion(year)).toBe(companion);
  });
});

describe('listStatutoryHolidays', () => {
  it('lists the eleven days of Art. 112(1) for 2027', () => {
    const days = listStatutoryHolidays({ year: 2027, lunarNewYear: '2027-02-06', hungKings: '2027-04-16' }).map((holiday) => holiday.day);
    expect(days).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09',
      '2027-04-16',
      '2027-04-30', '2027-05-01',
      '2027-09-02', '2027-09-03',
    ]);
  });
});

describe('compensateWeekendHolidays', () => {
  it('moves each weekend holiday to the next free weekday, after the rest of the break', () => {
    const holidays = listStatutoryHolidays({ year: 2027, lunarNewYear: '2027-02-06', hungKings: '2027-04-16' });
    const taken = new Set(holidays.map((holiday) => holiday.day));
    expect(compensateWeekendHolidays(holidays, taken).map((compensation) => compensation.day)).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });
});

describe('buildHolidayTable', () => {
  const anchors = [{ year: 2027, lunarNewYear: '2027-02-06', hungKings: '2027-04-16' }];
  const notice = (overrides: Partial<TOfficialNotice>): TOfficialNotice => ({
    year: 2027,
    occasion: 'national-day',
    source: 'test notice',
    daysOff: { from: '2027-09-02', to: '2027-09-05' },
    swaps: [],
    ...overrides,
  });

  it('lets a notice replace the rule for its occasion only', () => {
    const table = buildHolidayTable({ anchors, notices: [notice({ occasion: 'tet', daysOff: { from: '2027-02-04', to: '2027-02-10' } })] });
    const off = table.days.filter((entry) => !entry.working).map((entry) => entry.day);
    expect(off.filter((day) => day.startsWith('2027-02'))).toEqual(['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10']);
    expect(off).toContain('2027-09-03');
  });

  it('refuses a swap whose make-up day is a weekday, saying what a swap must be', () => {
    const swapped = notice({ swaps: [{ dayOff: '2027-09-03', workedOn: '2027-09-08' }] });
    expect(() => buildHolidayTable({ anchors, notices: [swapped] })).toThrow(/a swap moves a weekday inside daysOff to a weekend day/);
  });

  it('refuses two notices that claim the same day', () => {
    const twice = [notice({}), notice({ occasion: 'hung-kings', daysOff: { from: '2027-09-05', to: '2027-09-05' } })];
    expect(() => buildHolidayTable({ anchors, notices: twice })).toThrow(/2027-09-05 is both/);
  });
});
