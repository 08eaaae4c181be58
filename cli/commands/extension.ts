// `dondoc extension request|decide` (gia hạn): the agency asks for a later deadline with a
// reason; the monitoring agency approves (the deadline moves, reminders follow) or denies.
import { Option, type Command } from 'commander';
import { AppError } from '../../client/errors';
import { actorOf, addUpdateOptions, type TActorOptions } from '../actor-options';
import { formatUpdated } from '../format/assignment-status';
import { stdoutPalette } from '../format/colour';
import { toJson } from '../../client/to-json';
import { runLocalOrRemote } from '../remote/command-mode';

export function registerExtensionCommands(program: Command): void {
  const extension = program.command('extension').description('Deadline extensions (gia hạn): requested by the agency answering, decided by the monitoring agency');

  addUpdateOptions(
    extension
      .command('request')
      .description('Ask for a later deadline (the agency answering for the assignment only; one request at a time)')
      .argument('<assignment>', 'the assignment id')
      .requiredOption('--until <day>', 'the new due day asked for, YYYY-MM-DD (a weekend or holiday moves to the next working day)')
      .requiredOption('--reason <text>', 'why the work needs more time'),
  ).action(async (assignmentId: string, options: TActorOptions & { until: string; reason: string }, command: Command) => {
    const request = { newDueDay: options.until, reason: options.reason };
    const status = await runLocalOrRemote(command, {
      local: async (context) => {
        const { requestExtension } = await import('../../client/assignments/extensions');
        return requestExtension(context, actorOf(options), { assignmentId, ...request });
      },
      remote: (api) => api.requestExtension(assignmentId, request),
    });
    console.log(options.json ? toJson(status) : formatUpdated('Extension requested', status, stdoutPalette()));
  });

  addUpdateOptions(
    extension
      .command('decide')
      .description('Approve or deny the pending extension request (the monitoring agency only); the agency is told by mail')
      .argument('<assignment>', 'the assignment id')
      .addOption(new Option('--approve', 'approve: the deadline moves to the day asked for').conflicts('deny'))
      .addOption(new Option('--deny', 'deny: the deadline stays').conflicts('approve'))
      .option('--note <text>', 'a note for the agency'),
  ).action(async (assignmentId: string, options: TActorOptions & { approve?: boolean; deny?: boolean; note?: string }, command: Command) => {
    if (!options.approve && !options.deny) throw new AppError('say --approve or --deny', 'bad_input');
    const decision = { approve: Boolean(options.approve), note: options.note };
    const status = await runLocalOrRemote(command, {
      local: async (context) => {
        const { decideExtension } = await import('../../client/assignments/extensions');
        return decideExtension(context, actorOf(options), { assignmentId, ...decision });
      },
      remote: (api) => api.decideExtension(assignmentId, decision),
    });
    console.log(options.json ? toJson(status) : formatUpdated(options.approve ? 'Extension approved' : 'Extension denied', status, stdoutPalette()));
  });
}
