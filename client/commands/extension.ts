// `dondoc extension request|decide` (gia hạn): the agency asks for a later deadline with a
// reason; the monitoring agency approves (the deadline moves, reminders follow) or denies.
import { Option, type Command } from 'commander';
import { ZDecideExtension, ZRequestExtension } from '../../domain/assignment/messages';
import { decideExtensionUpdate, requestExtensionUpdate } from '../../workflows/messages';
import { ExitCode, UserFacingError } from '../errors';
import { actorOf, addUpdateOptions, sendAssignmentUpdate } from './assignment';

type TActorOptions = Parameters<typeof actorOf>[0] & { json?: boolean };

export function registerExtensionCommands(program: Command): void {
  const extension = program.command('extension').description('Deadline extensions (gia hạn): requested by the agency answering, decided by the monitoring agency');

  addUpdateOptions(
    extension
      .command('request')
      .description('Ask for a later deadline (the agency answering for the assignment only; one request at a time)')
      .argument('<assignment>', 'the assignment id')
      .requiredOption('--until <day>', 'the new due day asked for, YYYY-MM-DD (a weekend or holiday moves to the next working day)')
      .requiredOption('--reason <text>', 'why the work needs more time'),
  ).action(async (assignmentId: string, options: TActorOptions & { until: string; reason: string }) => {
    await sendAssignmentUpdate(
      assignmentId,
      { update: requestExtensionUpdate, schema: ZRequestExtension, what: 'extension request', actor: actorOf(options), input: () => ({ reason: options.reason, newDueDay: options.until }) },
      { json: options.json, done: 'Extension requested' },
    );
  });

  addUpdateOptions(
    extension
      .command('decide')
      .description('Approve or deny the pending extension request (the monitoring agency only); the agency is told by mail')
      .argument('<assignment>', 'the assignment id')
      .addOption(new Option('--approve', 'approve: the deadline moves to the day asked for').conflicts('deny'))
      .addOption(new Option('--deny', 'deny: the deadline stays').conflicts('approve'))
      .option('--note <text>', 'a note for the agency'),
  ).action(async (assignmentId: string, options: TActorOptions & { approve?: boolean; deny?: boolean; note?: string }) => {
    if (!options.approve && !options.deny) throw new UserFacingError('say --approve or --deny', ExitCode.badInput);
    await sendAssignmentUpdate(
      assignmentId,
      { update: decideExtensionUpdate, schema: ZDecideExtension, what: 'extension decision', actor: actorOf(options), input: () => ({ approve: Boolean(options.approve), note: options.note }) },
      { json: options.json, done: options.approve ? 'Extension approved' : 'Extension denied' },
    );
  });
}
