// `dondoc explanation request|submit` (giải trình): the monitoring agency asks a late agency to
// explain itself in writing; the agency answers.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../client/errors';
import { actorOf, addUpdateOptions, type TActorOptions } from '../actor-options';
import { formatUpdated } from '../format/assignment-status';
import { stdoutPalette } from '../format/colour';
import { toJson } from '../../client/to-json';
import { runLocalOrRemote } from '../remote/command-mode';

export function registerExplanationCommands(program: Command): void {
  const explanation = program.command('explanation').description('Written explanations (giải trình) of late work: requested by the monitoring agency, submitted by the agency answering');

  addUpdateOptions(
    explanation
      .command('request')
      .description('Ask the agency for a written explanation (the monitoring agency only, once the assignment is overdue); the agency is told by mail')
      .argument('<assignment>', 'the assignment id')
      .option('--note <text>', 'what the explanation should cover'),
  ).action(async (assignmentId: string, options: TActorOptions & { note?: string }, command: Command) => {
    const status = await runLocalOrRemote(command, {
      local: async (context) => {
        const { requestExplanation } = await import('../../client/assignments/explanations');
        return requestExplanation(context, actorOf(options), { assignmentId, note: options.note });
      },
      remote: (api) => api.requestExplanation(assignmentId, { note: options.note }),
    });
    console.log(options.json ? toJson(status) : formatUpdated('Explanation requested', status, stdoutPalette()));
  });

  addUpdateOptions(
    explanation
      .command('submit')
      .description('Submit the explanation that was requested (the agency answering for the assignment only)')
      .argument('<assignment>', 'the assignment id')
      .option('--text <text>', 'the explanation')
      .option('--file <file>', 'read the explanation from a text file instead'),
  ).action(async (assignmentId: string, options: TActorOptions & { text?: string; file?: string }, command: Command) => {
    if ((options.text === undefined) === (options.file === undefined)) throw new AppError('give the explanation with --text or with --file (one of them)', 'bad_input');
    const status = await runLocalOrRemote(command, {
      local: async (context) => {
        const { submitExplanation } = await import('../../client/assignments/explanations');
        const text = options.text ?? (() => readText(options.file!));
        return submitExplanation(context, actorOf(options), { assignmentId, text, source: { file: options.file ?? null } });
      },
      remote: async (api) => api.submitExplanation(assignmentId, { text: options.text ?? (await readText(options.file!)) }),
    });
    console.log(options.json ? toJson(status) : formatUpdated('Explanation submitted', status, stdoutPalette()));
  });
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}.`, 'bad_input');
  }
}
