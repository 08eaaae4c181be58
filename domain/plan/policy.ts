// How the plan is chased: when reminders go out, who is escalated to and when, and where
// obstacles are reported. Numbers here are defaults a province edits, not rules of law.
import { z } from 'zod';
// The ladder's shape belongs to domain/policy, which computes the steps; the plan only sets them.
import { ZEscalationLadder } from '../policy/escalation-ladder';
import { ZReminderJitterMinutes } from '../policy/reminder-jitter';
import { ZAgencyCode, ZTimeOfDay } from './primitives';

export const ZReminderPolicy = z.strictObject({
  offsetsWorkingDays: z
    .array(z.number().int().min(1))
    .min(1)
    .describe('Working days before a deadline on which a reminder is sent, e.g. [7, 3, 1]'),
  time: ZTimeOfDay.describe('Local time (Asia/Ho_Chi_Minh) at which reminders are sent'),
  // Optional rather than defaulted, so that plans stored before #14 parse to what they were.
  jitterMinutes: ZReminderJitterMinutes.optional().describe(
    'Minutes over which the reminders and escalations of one slot are spread (0..59, default 0: all at `time`); each assignment always gets the same offset',
  ),
});
export type TReminderPolicy = z.infer<typeof ZReminderPolicy>;

/** "Vướng mắc": obstacles go in writing to the monitor, who answers or takes them higher. */
export const ZObstaclePolicy = z.strictObject({
  reportTo: ZAgencyCode,
  inWriting: z.boolean(),
  forwardTo: ZAgencyCode,
  // Defaults where the document sets no time: two working weeks for the department to answer,
  // three for the People's Committee, which meets and consults before it decides.
  answerWorkingDays: z.number().int().min(1).max(120).default(10).describe('Working days the monitoring department (reportTo) has to answer or forward an obstacle'),
  decisionWorkingDays: z.number().int().min(1).max(120).default(15).describe("Working days the People's Committee (forwardTo) has to decide a forwarded obstacle"),
  chaseAgainAfterWorkingDays: z.number().int().min(1).max(60).default(5).describe('Working days after the first chase of an unanswered step (its focal point) before its head is chased'),
});
export type TObstaclePolicy = z.infer<typeof ZObstaclePolicy>;

export const ZPolicy = z.strictObject({
  monitor: ZAgencyCode.describe('The body that chases (đôn đốc), grants extensions and receives explanations; `monitoring_agency` in the ladder'),
  leadership: ZAgencyCode.describe('The leadership the last escalation step writes to; `leadership` in the ladder'),
  reminders: ZReminderPolicy,
  escalation: ZEscalationLadder.describe('focal_point → agency_head → monitoring_agency → leadership, in working days after the deadline'),
  obstacles: ZObstaclePolicy,
  reportGrouping: z
    .enum(['per_task', 'one_report_per_unit'])
    .default('per_task')
    .describe(
      'per_task: every continuous task is its own chased assignment per unit. one_report_per_unit: the tasks reported in a cycle become sections of the unit\'s one report of that cycle (issue 12); one-off tasks stay separate',
    ),
});
export type TPolicy = z.infer<typeof ZPolicy>;

/**
 * Calendar settings, carried as they are: domain/calendar owns their exact shape and checks them
 * when it builds the calendar, so unknown keys are kept here rather than rejected.
 */
export const ZPlanCalendarSettings = z.looseObject({
  deadlineRule: z.unknown().optional().describe('How a period becomes a deadline (domain/calendar)'),
  reminderTime: ZTimeOfDay.optional().describe('Must equal policy.reminders.time when given'),
  extraHolidays: z.array(z.unknown()).optional(),
  extraWorkingDays: z.array(z.unknown()).optional(),
});
export type TPlanCalendarSettings = z.infer<typeof ZPlanCalendarSettings>;
