// The national holiday table against the official notices and the Labour Code rule, on real dates.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { VIETNAM_CALENDAR, isWorkingDay } from '../../../../domain/calendar';
import { HOLIDAY_TABLE_PATH, computeLunarAnchors, renderHolidayTableSource } from '../../../../scripts/generate-holidays';
import { VN_HOLIDAY_TABLE } from '../../../../domain/calendar/holidays-vn';

const TET = 'Tết Nguyên Đán (Lunar New Year)';
const NATIONAL_DAY = 'Quốc khánh (National Day)';

function answer(day: string) {
  return isWorkingDay(day, VIETNAM_CALENDAR);
}

describe('Tết', () => {
  it.each([
    // 2025 notice: Saturday 25/1 to Sunday 2/2, nine days.
    ['2025-01-24', true],
    ['2025-01-25', false],
    ['2025-01-27', false],
    ['2025-01-29', false],
    ['2025-01-31', false],
    ['2025-02-02', false],
    ['2025-02-03', true],
    // 2026 notice: Saturday 14/2 to Sunday 22/2, nine days.
    ['2026-02-13', true],
    ['2026-02-14', false],
    ['2026-02-16', false],
    ['2026-02-17', false],
    ['2026-02-20', false],
    ['2026-02-22', false],
    ['2026-02-23', true],
    // 2024 notice: Thursday 8/2 to Wednesday 14/2, seven days.
    ['2024-02-07', true],
    ['2024-02-08', false],
    ['2024-02-14', false],
    ['2024-02-15', true],
  ])('%s working: %s', (day, working) => {
    expect(answer(day).working).toBe(working);
    if (!working) expect(answer(day).reason).toBe(TET);
  });

  it('names the 2026 notice as the basis of Tết 2026', () => {
    expect(answer('2026-02-17').basis).toMatch(/13\/10\/2025/);
  });

  it('applies the statutory rule where no notice exists: Tết 2030 (2 February, Vietnamese calendar) with two compensatory days', () => {
    const offDays = ['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07'];
    for (const day of offDays) expect(answer(day).working, day).toBe(false);
    expect(answer('2030-02-06').reason).toBe(`${TET}: compensatory day off (nghỉ bù) for 2030-02-02, a weekend day`);
    expect(answer('2030-02-08').working).toBe(true);
  });
});

describe('30/4 and 1/5', () => {
  it.each([
    // 2024: Monday 29/4 swapped with Saturday 4/5.
    ['2024-04-29', false, /swapped day off \(hoán đổi\), worked on Saturday 2024-05-04/],
    ['2024-04-30', false, /Reunification Day, 30\/4/],
    ['2024-05-01', false, /International Labour Day, 1\/5/],
    ['2024-05-02', true, /ordinary working day/],
    ['2024-05-04', true, /make-up working day \(làm bù\) for Monday 2024-04-29/],
    // 2025: Friday 2/5 swapped with Saturday 26/4.
    ['2025-04-26', true, /make-up working day \(làm bù\) for Friday 2025-05-02/],
    ['2025-04-29', true, /ordinary working day/],
    ['2025-04-30', false, /Reunification Day/],
    ['2025-05-02', false, /swapped day off/],
    ['2025-05-05', true, /ordinary working day/],
    // 2026: Thursday and Friday, no swap; Hùng Kings on Sunday 26/4 is taken on Monday 27/4.
    ['2026-04-27', false, /Hùng Kings' Commemoration\): compensatory day off \(nghỉ bù\) for 2026-04-26/],
    ['2026-04-28', true, /ordinary working day/],
    ['2026-04-30', false, /Reunification Day/],
    ['2026-05-01', false, /Labour Day/],
    // 2028: 30/4 is a Sunday; the compensatory day comes after 1/5 (Monday), on Tuesday 2/5.
    ['2028-05-02', false, /compensatory day off \(nghỉ bù\) for 2028-04-30/],
  ])('%s working: %s (%s)', (day, working, reason) => {
    expect(answer(day).working).toBe(working);
    expect(answer(day).reason).toMatch(reason);
  });
});

describe('2/9 and its adjacent day', () => {
  it.each([
    ['2024-09-02', false],
    ['2024-09-03', false],
    ['2024-09-04', true],
    ['2025-09-01', false],
    ['2025-09-02', false],
    ['2025-09-03', true],
    // 2026: Monday 31/8 swapped with Saturday 22/8; 1/9 and 2/9 are the holiday pair.
    ['2026-08-22', true],
    ['2026-08-28', true],
    ['2026-08-31', false],
    ['2026-09-01', false],
    ['2026-09-02', false],
    ['2026-09-03', true],
    // 2029: 2/9 is a Sunday: Monday 3/9 is the adjacent day and Tuesday 4/9 compensates Sunday.
    ['2029-09-03', false],
    ['2029-09-04', false],
    ['2029-09-05', true],
  ])('%s working: %s', (day, working) => {
    expect(answer(day).working).toBe(working);
    if (!working) expect(answer(day).reason).toMatch(/^Quốc khánh \(National Day\)/);
  });

  it('says why Saturday 22/8/2026 is worked', () => {
    expect(answer('2026-08-22')).toMatchObject({ working: true, reason: `make-up working day (làm bù) for Monday 2026-08-31, ${NATIONAL_DAY}` });
  });
});

describe("New Year's Day", () => {
  it('2026: Friday 2/1 off, made up on Saturday 10/1', () => {
    expect(answer('2026-01-01').working).toBe(false);
    expect(answer('2026-01-02')).toMatchObject({ working: false, reason: expect.stringMatching(/swapped day off/) });
    expect(answer('2026-01-05').working).toBe(true);
    expect(answer('2026-01-10')).toMatchObject({ working: true, reason: expect.stringMatching(/^make-up working day/) });
  });

  it('2028: Saturday 1/1 is taken on Monday 3/1', () => {
    expect(answer('2028-01-03').reason).toBe("Tết Dương lịch (New Year's Day): compensatory day off (nghỉ bù) for 2028-01-01, a weekend day");
  });
});

describe('ordinary days', () => {
  it.each([
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-03-09', true, 'Monday, an ordinary working day'],
  ])('%s working: %s (%s)', (day, working, reason) => {
    expect(answer(day)).toMatchObject({ working, reason });
  });

  it('warns that only weekends are known outside the table', () => {
    expect(answer('2035-09-03')).toMatchObject({ working: true, reason: expect.stringMatching(/no holiday table for 2035/) });
  });
});

describe('the generated table', () => {
  it('covers 2024–2031', () => {
    expect(VN_HOLIDAY_TABLE.coveredYears).toEqual({ first: 2024, last: 2031 });
  });

  it('is what scripts/generate-holidays.ts writes today (rerun the script after editing a notice or the rule)', async () => {
    const committed = await readFile(HOLIDAY_TABLE_PATH, 'utf8');
    expect(committed).toBe(renderHolidayTableSource(2024, 2031));
  });

  it.each([
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2030, '2030-02-02', '2030-04-12'],
  ])('takes the lunar dates of %i from date-holidays: Tết %s, Hùng Kings %s', (year, lunarNewYear, hungKings) => {
    expect(computeLunarAnchors(year)).toEqual({ year, lunarNewYear, hungKings });
  });
});
