// `dondoc status`: per agency, what officials report — completed on time, completed late, in
// term, overdue, not yet due — the overdue share and the oldest overdue age: the read model's
// rows (and, for periods already closed, the audit log) classified now on the Vietnamese calendar.
import type { Command } from 'commander';
import { loadConfig } from '../../workers/config';
import { ExitCode, UserFacingError } from '../errors';
import { stdoutPalette } from '../format/colour';
import { assignmentRowJson, toJson } from '../format/json';
import { formatStatusView } from '../format/status-view';
import { localInstant } from '../format/time';
import { classifyRows, selectForAttention, summariseByAgency } from '../read-model/agency-status';
import { readAgencyNames, readAssignmentRows, readCurrentSuccessors } from '../read-model/assignment-rows';
import { closedPeriodsOf, classifyClosedPeriods, readClosingRecords } from '../read-model/closed-periods';
import { openReadModel, type TReadClient } from '../read-model/connect';

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
    .option('--json', 'print { asOf, agencies, totals, assignments } as JSON')
    .action(async (options: TStatusOptions) => {
      const agency = options.agency === undefined ? undefined : parseAgencyCode(options.agency);
      const dueWithinDays = options.dueWithin === undefined ? undefined : parseDays(options.dueWithin);
      const readModel = await openReadModel(loadConfig());
      try {
        const at = new Date();
        const { current, closed, names } = await readModel.read(async (db) => {
          const rows = await readAssignmentRows(db, { agency });
          if (agency && rows.length === 0) throw await noWorkFor(db, agency);
          const closedPeriods = closedPeriodsOf(await readClosingRecords(db, rows.map((row) => row.id)));
          const agencyNames = await readAgencyNames(db, [...new Set(rows.map((row) => row.responsibleAgency))]);
          return { current: rows, closed: closedPeriods, names: agencyNames };
        });
        const rows = classifyRows(current, at);
        const filtering = Boolean(options.overdue) || dueWithinDays !== undefined;
        const attention = filtering ? selectForAttention(rows, { overdue: options.overdue, dueWithinDays }, at) : null;
        const agencies = attention ? new Set(attention.map((row) => row.responsibleAgency)) : null;
        const counted = [...rows, ...classifyClosedPeriods(current, closed)].filter((row) => !agencies || agencies.has(row.responsibleAgency));
        const summary = summariseByAgency(counted, names);
        if (options.json) {
          console.log(
            toJson({
              asOf: at.toISOString(),
              asOfLocal: localInstant(at),
              filters: { agency: agency ?? null, overdue: Boolean(options.overdue), dueWithinDays: dueWithinDays ?? null },
              agencies: summary.agencies,
              totals: summary.totals,
              assignments: attention?.map(assignmentRowJson) ?? null,
            }),
          );
          return;
        }
        const attentionTitle = [options.overdue ? 'Overdue' : null, dueWithinDays !== undefined ? `${options.overdue ? 'due' : 'Due'} within ${dueWithinDays} days` : null]
          .filter(Boolean)
          .join(', or ');
        console.log(formatStatusView({ at, summary, attention, attentionTitle: attentionTitle || null }, stdoutPalette()));
      } finally {
        await readModel.close();
      }
    });
}

/** An agency with no work today: most often a code from before the 2025 reorganisation. */
async function noWorkFor(db: TReadClient, agency: string): Promise<UserFacingError> {
  const successors = await readCurrentSuccessors(db, agency);
  const hint = successors.length
    ? `its work passed to ${successors.join(', ')} in the reorganisation: try --agency ${successors[0]}`
    : '`dondoc status` lists the agencies that answer for work today';
  return new UserFacingError(`no assignments are answered for by ${agency}; ${hint}.`, ExitCode.badInput);
}

export function parseAgencyCode(value: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) {
    throw new UserFacingError(`invalid agency ${JSON.stringify(value)}: expected an agency code in capitals, e.g. QNG_SO_GDDT`, ExitCode.badInput);
  }
  return value;
}

/** "14d", "14" (days) or "2w" (weeks) -> days. */
export function parseDays(value: string): number {
  const match = /^(\d{1,4})\s*(d|days?|w|weeks?)?$/i.exec(value.trim());
  if (!match) {
    throw new UserFacingError(`invalid --due-within ${JSON.stringify(value)}: expected a number of days or weeks, e.g. 14d, 14 or 2w`, ExitCode.badInput);
  }
  return Number(match[1]) * (match[2]?.toLowerCase().startsWith('w') ? 7 : 1);
}
