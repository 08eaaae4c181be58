// Where an obstacle goes and how long each step may take, read from the plan's policy (its
// defaults are in domain/plan/policy.ts), with the calendar the plan's deadlines use. The bodies
// the plan names are read as the ones answering for them on the day of the report (a
// reorganisation moves the department's and the Committee's work to their successors).
import { buildCalendar } from '../calendar/build-calendar';
import { ZCalendarSettings } from '../calendar/calendar-settings';
import type { TPlan } from '../plan/plan';
import { resolveSuccessors } from '../plan-assignments/resolve-successors';
import type { TObstacleSpec } from './obstacle';

export type TObstacleSettings = Pick<
  TObstacleSpec,
  'monitorAgency' | 'committeeAgency' | 'answerWorkingDays' | 'decisionWorkingDays' | 'chaseAgainAfterWorkingDays' | 'reminderTime' | 'calendar'
>;

export function obstacleSettingsOf(plan: Pick<TPlan, 'policy' | 'calendar' | 'agencies' | 'metadata'>, asOfDay: string): TObstacleSettings {
  const answering = (code: string) => resolveSuccessors(code, asOfDay, plan.agencies, plan.metadata.functions)[0] ?? code;
  const obstacles = plan.policy.obstacles;
  const settings = ZCalendarSettings.parse(plan.calendar ?? {});
  return {
    monitorAgency: answering(obstacles.reportTo),
    committeeAgency: answering(obstacles.forwardTo),
    answerWorkingDays: obstacles.answerWorkingDays,
    decisionWorkingDays: obstacles.decisionWorkingDays,
    chaseAgainAfterWorkingDays: obstacles.chaseAgainAfterWorkingDays,
    reminderTime: plan.policy.reminders.time,
    calendar: buildCalendar({ extraHolidays: settings.extraHolidays, extraWorkingDays: settings.extraWorkingDays }),
  };
}
