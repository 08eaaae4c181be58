// `dondoc report submit|review`: an agency sends its result (narrative and indicator counts,
// from a YAML file checked here first); the monitoring agency accepts it or returns it with a
// new due day. The workflow decides whether the actor may.
import { Option, type Command } from 'commander';
import { AppError } from '../../client/errors';
import { actorOf, addUpdateOptions, type TActorOptions } from '../actor-options';
import { formatUpdated } from '../format/assignment-status';
import { stdoutPalette } from '../format/colour';
import { toJson } from '../../client/to-json';
import { runLocalOrRemote } from '../remote/command-mode';
import { reportExample } from './report-example';
import { registerReportConsolidatedCommand } from './report-consolidated';
import { registerReportDraftCommand } from './report-draft';


export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description("An assignment's result: the agency submits it, the monitoring agency accepts or returns it; a reporting period consolidated");
  registerReportConsolidatedCommand(report);
  registerReportDraftCommand(report);

  addUpdateOptions(
    report
      .command('submit')
      .description(
        'Submit the result of an assignment from a YAML file (narrative, and aggregate indicator counts — never data about a child). ' +
          `The file is checked before anything is sent; the workflow then checks the indicators the assignment requires. Example file:\n${reportExample}`,
      )
      .argument('<assignment>', 'the assignment id (`dondoc assignment list --agency <code>` shows them)')
      .requiredOption('--file <report.yaml>', 'the report: narrative, indicators: [{code, count, total?}]'),
  ).action(async (assignmentId: string, options: TActorOptions & { file: string }, command: Command) => {
    const { readReportFile } = await import('./report-file');
    const status = await runLocalOrRemote(command, {
      local: async (context) => {
        const { submitResult } = await import('../../client/assignments/results');
        return submitResult(context, actorOf(options), { assignmentId, report: () => readReportFile(options.file), source: { file: options.file } });
      },
      // Checked here first, with the line to fix; a file refused here is not sent (nor recorded: the audit log is on the server).
      remote: async (api) => api.submitResult(assignmentId, await readReportFile(options.file)),
    });
    console.log(options.json ? toJson(status) : formatUpdated('Result submitted', status, stdoutPalette()));
  });

  addUpdateOptions(
    report
      .command('review')
      .description('Accept a submitted result, or return it for revision with a note and a new due day (the monitoring agency only)')
      .argument('<assignment>', 'the assignment id')
      .addOption(new Option('--accept', 'accept the result: the assignment is completed (on time if it was submitted by the deadline)').conflicts('return'))
      .addOption(new Option('--return', 'return the result for revision: give --note and --new-due').conflicts('accept'))
      .option('--note <text>', 'what must be revised (required with --return), or a remark on acceptance')
      .option('--new-due <day>', 'with --return: the new due day, YYYY-MM-DD'),
  ).action(async (assignmentId: string, options: TActorOptions & { accept?: boolean; return?: boolean; note?: string; newDue?: string }, command: Command) => {
    if (!options.accept && !options.return) throw new AppError('say --accept or --return (with --note and --new-due)', 'bad_input');
    const review = options.accept ? { decision: 'accept' as const, note: options.note } : { decision: 'return' as const, note: options.note ?? '', newDueDay: options.newDue ?? '' };
    const status = await runLocalOrRemote(command, {
      local: async (context) => {
        const { reviewResult } = await import('../../client/assignments/results');
        return reviewResult(context, actorOf(options), { assignmentId, ...review });
      },
      remote: (api) => api.reviewResult({ assignmentId, ...review }),
    });
    console.log(options.json ? toJson(status) : formatUpdated(options.accept ? 'Result accepted' : 'Result returned', status, stdoutPalette()));
  });
}

