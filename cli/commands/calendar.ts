// `dondoc calendar day|deadline`: ask the calendar what the workflows will decide, before they do.
import { type Command } from 'commander';

export interface TJsonOption {
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
    .action(async (date: string, options: TJsonOption) => {
      const { parseDay, showDay } = await import('./calendar-answers');
      showDay(parseDay(date, 'date'), options);
    });

  calendar
    .command('deadline')
    .description('Give the effective deadline of a due date: a weekend or holiday moves it to the end of the next working day')
    .argument('<date>', 'the due date, YYYY-MM-DD (with --days: the day the period starts)')
    .option('--days <n>', 'a period of n calendar days starting on <date>; the first day is not counted (Civil Code 2015 Art. 147)')
    .option('--json', 'print the answer as JSON')
    .action(async (date: string, options: TJsonOption & { days?: string }) => {
      const { parseDay, parsePeriod, showEffectiveDeadline, showPeriodDeadline } = await import('./calendar-answers');
      const day = parseDay(date, 'date');
      if (options.days === undefined) showEffectiveDeadline(day, options);
      else showPeriodDeadline(day, parsePeriod(options.days), options);
    });
}
