// `dondoc calendar day|deadline`: ask the calendar what the workflows will decide, before they do.
import { type Command } from 'commander';
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
import { ExitCode, UserFacingError } from '../errors';

interface TJsonOption {
  json?: boolean;
}

export function registerCalendarCommands(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('Working days, public holidays and deadlines in Asia/Ho_Chi_Minh (national holiday table, no plan overrides)');

  calendar
    .command('day')
    .description('Say whether a day is a working day in state agencies, and why')
    .argument('<date>', 'the day, YYYY-MM-DD')
    .option('--json', 'print the answer as JSON')
    .action((date: string, options: TJsonOption) => {
      showDay(parseDay(date, 'date'), options);
    });

  calendar
    .command('deadline')
    .description('Give the effective deadline of a due date: a weekend or holiday moves it to the end of the next working day')
    .argument('<date>', 'the due date, YYYY-MM-DD (with --days: the day the period starts)')
    .option('--days <n>', 'a period of n calendar days starting on <date>; the first day is not counted (Civil Code 2015 Art. 147)')
    .option('--json', 'print the answer as JSON')
    .action((date: string, options: TJsonOption & { days?: string }) => {
      const day = parseDay(date, 'date');
      if (options.days === undefined) showEffectiveDeadline(day, options);
      else showPeriodDeadline(day, parsePeriod(options.days), options);
    });
}

function parseDay(value: string, what: string): string {
  if (!ZIsoDay.safeParse(value).success) {
    throw new UserFacingError(`invalid ${what} ${JSON.stringify(value)}: expected a calendar day written YYYY-MM-DD, e.g. 2026-02-17`, ExitCode.badInput);
  }
  return value;
}

function parsePeriod(value: string): number {
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1) {
    throw new UserFacingError(`invalid --days ${JSON.stringify(value)}: expected a whole number of days, at least 1, e.g. --days 30`, ExitCode.badInput);
  }
  return days;
}

function print(options: TJsonOption, json: object, text: string): void {
  console.log(options.json ? JSON.stringify(json, null, 2) : text);
}

function showDay(day: string, options: TJsonOption): void {
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

function showEffectiveDeadline(given: string, options: TJsonOption): void {
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

function showPeriodDeadline(startDay: string, periodDays: number, options: TJsonOption): void {
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
