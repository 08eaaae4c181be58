// `dondoc status`: per agency, what officials report — completed on time, completed late, in
// term, overdue, not yet due — the overdue share and the oldest overdue age. Thin over
// client/assignments (statusSummary); formatting is all that happens here.
import type { Command } from 'commander';
import { AppError } from '../../client/errors';
import { operatorActor } from '../actor-options';
import { stdoutPalette } from '../format/colour';
import { assignmentRowJson } from '../../client/read-model/assignment-row-json';
import { toJson } from '../../client/to-json';
import { formatStatusView } from '../format/status-view';
import { localInstant } from '../../domain/calendar/local-instant-text';
import { runLocalOrRemote } from '../remote/command-mode';

interface TStatusOptions {
  agency?: string;
  overdue?: boolean;
  dueWithin?: string;
  json?: boolean;
}

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'Per agency answering for the work: completed on time (green), completed late (orange), in term (blue; due soon, yellow, ' +
        'within 5 working days), overdue (red), not yet due (grey), the overdue share and the oldest overdue age in days. ' +
        'Counts periods: the current period of every assignment, and the earlier periods of recurring work as they closed (from the audit log). ' +
        'Cancelled and lapsed periods are listed apart, not counted. Reads the running dondoc (or DATABASE_URL); colour only in a terminal (NO_COLOR turns it off).',
    )
    .option('--agency <code>', 'only this agency, e.g. QNG_SO_GDDT (the agency answering today, after the 2025 reorganisation)')
    .option('--overdue', 'only agencies with overdue work, and list those assignments, oldest first')
    .option('--due-within <period>', 'only agencies with open work due within this many days (14d, 14 or 2w), and list it')
    .option('--json', 'print { asOf, agencies, totals, assignments, obstacles } as JSON')
    .action(async (options: TStatusOptions, command: Command) => {
      const dueWithinDays = options.dueWithin === undefined ? undefined : parseDays(options.dueWithin);
      const filters = { agency: options.agency, overdue: Boolean(options.overdue), dueWithinDays };
      const { at, summary, attention, obstacles } = await runLocalOrRemote(command, {
        local: async (context) => {
          const { statusSummary } = await import('../../client/assignments/read-assignments');
          const view = await statusSummary(context, operatorActor(), filters);
          return { ...view, attention: view.attention?.map(assignmentRowJson) ?? null };
        },
        remote: (api) => api.statusSummary(filters),
      });
      if (options.json) {
        console.log(
          toJson({
            asOf: at.toISOString(),
            asOfLocal: localInstant(at),
            filters: { agency: options.agency ?? null, overdue: filters.overdue, dueWithinDays: dueWithinDays ?? null },
            agencies: summary.agencies,
            totals: summary.totals,
            assignments: attention,
            obstacles,
          }),
        );
        return;
      }
      const attentionTitle = [options.overdue ? 'Overdue' : null, dueWithinDays !== undefined ? `${options.overdue ? 'due' : 'Due'} within ${dueWithinDays} days` : null]
        .filter(Boolean)
        .join(', or ');
      console.log(formatStatusView({ at, summary, attention, attentionTitle: attentionTitle || null, obstacles }, stdoutPalette()));
    });
}

/** "14d", "14" (days) or "2w" (weeks) -> days. */
export function parseDays(value: string): number {
  const match = /^(\d{1,4})\s*(d|days?|w|weeks?)?$/i.exec(value.trim());
  if (!match) {
    throw new AppError(`invalid --due-within ${JSON.stringify(value)}: expected a number of days or weeks, e.g. 14d, 14 or 2w`, 'bad_input');
  }
  return Number(match[1]) * (match[2]?.toLowerCase().startsWith('w') ? 7 : 1);
}
