// What `dondoc calendar` prints: the calendar's answers for one day or one deadline, loaded
// only when the command runs.
import {
  CIVIL_CODE_DEADLINE_RULE,
  VIETNAM_CALENDAR,
  ZIsoDay,
  computeDeadline,
  effectiveDeadline,
  formatLocalInstant,
  isWorkingDay,
  weekdayOf,
} from '../../domain/calendar';
import { AppError } from '../../client/errors';
import type { TJsonOption } from './calendar';

export function parseDay(value: string, what: string): string {
  if (!ZIsoDay.safeParse(value).success) {
    throw new AppError(`invalid ${what} ${JSON.stringify(value)}: expected a calendar day written YYYY-MM-DD, e.g. 2026-02-17`, 'bad_input');
  }
  return value;
}

export function parsePeriod(value: string): number {
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1) {
    throw new AppError(`invalid --days ${JSON.stringify(value)}: expected a whole number of days, at least 1, e.g. --days 30`, 'bad_input');
  }
  return days;
}

function print(options: TJsonOption, json: object, text: string): void {
  console.log(options.json ? JSON.stringify(json, null, 2) : text);
}

export function showDay(day: string, options: TJsonOption): void {
  const answer = isWorkingDay(day, VIETNAM_CALENDAR);
  const weekday = weekdayOf(day);
  print(
    options,
    { day, weekday, ...answer },
    `${day} (${weekday}): ${answer.working ? 'working day' : 'not a working day'} — ${answer.reason}\nbasis: ${answer.basis}`,
  );
}

function describeEnd(day: string, dueAt: Date): string {
  return `the end of ${day} (${weekdayOf(day)}), ${formatLocalInstant(dueAt)} (${dueAt.toISOString()})`;
}

export function showEffectiveDeadline(given: string, options: TJsonOption): void {
  const deadline = effectiveDeadline(given, VIETNAM_CALENDAR);
  const json = {
    given,
    givenWeekday: weekdayOf(given),
    givenIsWorkingDay: !deadline.moved,
    reason: deadline.reason,
    moved: deadline.moved,
    day: deadline.day,
    weekday: weekdayOf(deadline.day),
    dueAt: deadline.dueAt.toISOString(),
    dueAtLocal: formatLocalInstant(deadline.dueAt),
  };
  const text = deadline.moved
    ? `${given} (${weekdayOf(given)}) is not a working day (${deadline.reason}): the deadline moves to ${describeEnd(deadline.day, deadline.dueAt)}.`
    : `${given} (${weekdayOf(given)}) is a working day: the deadline is ${describeEnd(deadline.day, deadline.dueAt)}.`;
  print(options, json, text);
}

export function showPeriodDeadline(startDay: string, periodDays: number, options: TJsonOption): void {
  const deadline = computeDeadline(startDay, periodDays, CIVIL_CODE_DEADLINE_RULE, VIETNAM_CALENDAR);
  const json = {
    startDay,
    periodDays,
    lastDayOfPeriod: deadline.lastDayOfPeriod,
    moved: deadline.rolledForward,
    reason: deadline.rolledForwardBecause ?? null,
    day: deadline.day,
    weekday: weekdayOf(deadline.day),
    dueAt: deadline.dueAt.toISOString(),
    dueAtLocal: formatLocalInstant(deadline.dueAt),
  };
  const counted = `A ${periodDays}-day period from ${startDay} (first day not counted) ends on ${deadline.lastDayOfPeriod} (${weekdayOf(deadline.lastDayOfPeriod)})`;
  const text = deadline.rolledForward
    ? `${counted}, not a working day (${deadline.rolledForwardBecause}): the deadline moves to ${describeEnd(deadline.day, deadline.dueAt)}.`
    : `${counted}: the deadline is ${describeEnd(deadline.day, deadline.dueAt)}.`;
  print(options, json, text);
}
