// `dondoc explanation request|submit` (giải trình): the monitoring agency asks a late agency to
// explain itself in writing; the agency answers.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ZRequestExplanation, ZSubmitExplanation } from '../../domain/assignment/messages';
import { requestExplanationUpdate, submitExplanationUpdate } from '../../workflows/messages';
import { ExitCode, UserFacingError } from '../errors';
import { actorOf, addUpdateOptions, sendAssignmentUpdate } from './assignment';

type TActorOptions = Parameters<typeof actorOf>[0] & { json?: boolean };

export function registerExplanationCommands(program: Command): void {
  const explanation = program.command('explanation').description('Written explanations (giải trình) of late work: requested by the monitoring agency, submitted by the agency answering');

  addUpdateOptions(
    explanation
      .command('request')
      .description('Ask the agency for a written explanation (the monitoring agency only, once the assignment is overdue); the agency is told by mail')
      .argument('<assignment>', 'the assignment id')
      .option('--note <text>', 'what the explanation should cover'),
  ).action(async (assignmentId: string, options: TActorOptions & { note?: string }) => {
    await sendAssignmentUpdate(
      assignmentId,
      { update: requestExplanationUpdate, schema: ZRequestExplanation, what: 'explanation request', actor: actorOf(options), input: () => ({ note: options.note }) },
      { json: options.json, done: 'Explanation requested' },
    );
  });

  addUpdateOptions(
    explanation
      .command('submit')
      .description('Submit the explanation that was requested (the agency answering for the assignment only)')
      .argument('<assignment>', 'the assignment id')
      .option('--text <text>', 'the explanation')
      .option('--file <file>', 'read the explanation from a text file instead'),
  ).action(async (assignmentId: string, options: TActorOptions & { text?: string; file?: string }) => {
    if ((options.text === undefined) === (options.file === undefined)) throw new UserFacingError('give the explanation with --text or with --file (one of them)', ExitCode.badInput);
    await sendAssignmentUpdate(
      assignmentId,
      {
        update: submitExplanationUpdate,
        schema: ZSubmitExplanation,
        what: 'explanation',
        actor: actorOf(options),
        input: async () => ({ text: options.text ?? (await readText(options.file!)) }),
        source: { file: options.file ?? null },
      },
      { json: options.json, done: 'Explanation submitted' },
    );
  });
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UserFacingError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}.`, ExitCode.badInput);
  }
}
