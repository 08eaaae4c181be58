// A plan's calendar section: defaults, refusals that say what to fix, and per-plan days.
import { describe, expect, it } from 'vitest';
import { ZCalendarSettings, buildCalendar, effectiveDeadline, isWorkingDay } from '../../../../domain/calendar';

function messages(input: unknown): string[] {
  const result = ZCalendarSettings.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('ZCalendarSettings', () => {
  it('fills the stated defaults: Asia/Ho_Chi_Minh, 07:30–17:00, reminders at 08:00, the Civil Code rule', () => {
    expect(ZCalendarSettings.parse({})).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      officeHoursStart: '07:30',
      officeHoursEnd: '17:00',
      reminderTime: '08:00',
      deadlineRule: { excludeFirstDay: true, rollForward: 'next-working-day', dayCount: 'calendar' },
      extraHolidays: [],
      extraWorkingDays: [],
    });
  });

  it('accepts extra days as plain dates or with a reason', () => {
    const settings = ZCalendarSettings.parse({ extraHolidays: ['2026-11-24', { day: '2026-12-31', reason: 'provincial day off' }] });
    expect(settings.extraHolidays).toEqual([
      { day: '2026-11-24', reason: 'day off set by the plan' },
      { day: '2026-12-31', reason: 'provincial day off' },
    ]);
  });

  it('refuses another time zone and says what to do', () => {
    expect(messages({ timeZone: 'UTC' })).toEqual([
      'timeZone: dondoc keeps every date in Asia/Ho_Chi_Minh (UTC+7); remove timeZone or set it to Asia/Ho_Chi_Minh',
    ]);
  });

  it('refuses reminders outside office hours, a bad day and a day both off and worked', () => {
    expect(messages({ reminderTime: '18:00', extraHolidays: ['2026-11-24', '2026-02-30'], extraWorkingDays: ['2026-11-24'] })).toEqual([
      'extraHolidays.1: expected a calendar day written YYYY-MM-DD, e.g. 2026-02-17',
      'reminderTime: reminders go out in office hours (07:30–17:00); received 18:00',
      'extraWorkingDays.0: 2026-11-24 is listed in both extraHolidays and extraWorkingDays: keep it in one of them',
    ]);
  });

  it('refuses a badly written time', () => {
    expect(messages({ reminderTime: '8am' })).toEqual(['reminderTime: expected a local time written HH:MM (24-hour), e.g. 08:00']);
  });
});

describe('buildCalendar with plan days', () => {
  const settings = ZCalendarSettings.parse({
    extraHolidays: [{ day: '2026-11-24', reason: 'Ngày Văn hóa Việt Nam (Vietnamese Culture Day)' }],
    extraWorkingDays: [{ day: '2026-02-20', reason: 'provincial office open on the last day of Tết' }, '2026-03-07'],
  });
  const calendar = buildCalendar(settings);

  it('adds a holiday the national table does not have', () => {
    expect(isWorkingDay('2026-11-24', calendar)).toEqual({
      working: false,
      reason: 'Ngày Văn hóa Việt Nam (Vietnamese Culture Day)',
      basis: "the plan's calendar settings",
    });
    expect(effectiveDeadline('2026-11-24', calendar).day).toBe('2026-11-25');
  });

  it('turns a national holiday or a Saturday into a working day', () => {
    expect(isWorkingDay('2026-02-20', calendar)).toMatchObject({ working: true, reason: 'provincial office open on the last day of Tết' });
    expect(isWorkingDay('2026-03-07', calendar)).toMatchObject({ working: true, reason: 'working day set by the plan' });
    expect(effectiveDeadline('2026-02-17', calendar).day).toBe('2026-02-20');
  });

  it('leaves the national calendar untouched', () => {
    expect(isWorkingDay('2026-02-20', buildCalendar()).working).toBe(false);
  });
});
