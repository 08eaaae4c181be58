// The calendar section of a plan file: everything a province may need to set differently.
import { z } from 'zod';
import { ZIsoDay } from './iso-day';
import { TIME_ZONE, ZLocalTime, minutesOfLocalTime } from './local-time';

/**
 * 07:30–17:00 is the common schedule of provincial offices (the 40-hour week of Decision
 * 188/1999/QĐ-TTg; each province fixes its own hours); 08:00 puts the morning reminder on top of
 * the inbox once people are in.
 */
export const DEFAULT_OFFICE_HOURS = { start: '07:30', end: '17:00' } as const;
export const DEFAULT_REMINDER_TIME = '08:00';

/**
 * How a period becomes a deadline. The defaults are the Civil Code 2015: Art. 147(2) does not count
 * the day of the event that starts the period; Art. 148(5) moves a last day that falls on a
 * weekend or holiday to the end of the next working day. `dayCount: 'working'` is for periods a
 * document gives in working days ("trong 05 ngày làm việc").
 */
export const ZDeadlineRule = z
  .object({
    excludeFirstDay: z.boolean().default(true),
    rollForward: z.enum(['next-working-day', 'none']).default('next-working-day'),
    dayCount: z.enum(['calendar', 'working']).default('calendar'),
  })
  .strict();
export type TDeadlineRule = z.infer<typeof ZDeadlineRule>;
/** A rule as a plan writes it: every field optional, the Civil Code filling the gaps. */
export type TDeadlineRuleInput = z.input<typeof ZDeadlineRule>;

export const CIVIL_CODE_DEADLINE_RULE: TDeadlineRule = { excludeFirstDay: true, rollForward: 'next-working-day', dayCount: 'calendar' };

const ZPlanDay = (defaultReason: string) =>
  z
    .union([ZIsoDay, z.object({ day: ZIsoDay, reason: z.string().min(1).default(defaultReason) }).strict()])
    .transform((value) => (typeof value === 'string' ? { day: value, reason: defaultReason } : value));

/** A day off the national table does not have (e.g. a provincial holiday), as "YYYY-MM-DD" or { day, reason }. */
export const ZExtraHoliday = ZPlanDay('day off set by the plan');
/** A day the plan's agencies work although the table says otherwise (a local make-up day, a cancelled swap). */
export const ZExtraWorkingDay = ZPlanDay('working day set by the plan');
export type TExtraHoliday = z.infer<typeof ZExtraHoliday>;
export type TExtraWorkingDay = z.infer<typeof ZExtraWorkingDay>;

export const ZCalendarSettings = z
  .object({
    timeZone: z
      .literal(TIME_ZONE, { error: `dondoc keeps every date in ${TIME_ZONE} (UTC+7); remove timeZone or set it to ${TIME_ZONE}` })
      .default(TIME_ZONE),
    officeHoursStart: ZLocalTime.default(DEFAULT_OFFICE_HOURS.start),
    officeHoursEnd: ZLocalTime.default(DEFAULT_OFFICE_HOURS.end),
    reminderTime: ZLocalTime.default(DEFAULT_REMINDER_TIME),
    deadlineRule: ZDeadlineRule.prefault({}),
    extraHolidays: z.array(ZExtraHoliday).default([]),
    extraWorkingDays: z.array(ZExtraWorkingDay).default([]),
  })
  .strict()
  .superRefine((settings, context) => {
    // Refinements run even when a field failed its own check; compare only times that parsed.
    const [start, end, reminder] = [settings.officeHoursStart, settings.officeHoursEnd, settings.reminderTime].map((time) =>
      ZLocalTime.safeParse(time).success ? minutesOfLocalTime(time) : undefined,
    );
    if (start !== undefined && end !== undefined && start >= end) {
      context.addIssue({
        code: 'custom',
        path: ['officeHoursEnd'],
        message: `office hours must end after they start; received ${settings.officeHoursStart}–${settings.officeHoursEnd}`,
      });
    }
    if (start !== undefined && end !== undefined && reminder !== undefined && (reminder < start || reminder >= end)) {
      context.addIssue({
        code: 'custom',
        path: ['reminderTime'],
        message: `reminders go out in office hours (${settings.officeHoursStart}–${settings.officeHoursEnd}); received ${settings.reminderTime}`,
      });
    }
    const holidays = new Set((settings.extraHolidays ?? []).map((holiday) => holiday?.day));
    (settings.extraWorkingDays ?? []).forEach((working, index) => {
      if (working && holidays.has(working.day)) {
        context.addIssue({
          code: 'custom',
          path: ['extraWorkingDays', index],
          message: `${working.day} is listed in both extraHolidays and extraWorkingDays: keep it in one of them`,
        });
      }
    });
  });
export type TCalendarSettings = z.infer<typeof ZCalendarSettings>;
export type TCalendarSettingsInput = z.input<typeof ZCalendarSettings>;
