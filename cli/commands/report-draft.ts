// `dondoc report draft <assignment>`: the report file an agency fills in, with every indicator
// the assignment requires. For a consolidation assignment (DOLISA's consolidated report) the
// figures are already summed from the units' reports of the same period, with who reported on
// time, late or not at all in the narrative: the agency reviews, completes and submits it.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../client/errors';
import { operatorActor } from '../actor-options';
import { runLocalOrRemote } from '../remote/command-mode';

export function registerReportDraftCommand(report: Command): void {
  report
    .command('draft')
    .description(
      'Write the report file for an assignment, with every indicator it requires: zeros to fill in, or for a consolidation assignment the figures summed from the units’ reports of the period. ' +
        'Review it, complete the narrative, then `dondoc report submit <assignment> --file <it>`.',
    )
    .argument('<assignment>', 'the assignment id (`dondoc assignment list --agency <code>` shows them)')
    .option('-o, --output <file>', 'write the draft to this file (default: print it)')
    .option('--force', 'overwrite the output file if it exists')
    .action(async (assignmentId: string, options: { output?: string; force?: boolean }, command: Command) => {
      const draft = await runLocalOrRemote(command, {
        local: async (context) => {
          const { draftReport } = await import('../../client/reports/draft-report');
          return draftReport(context, operatorActor(), { assignmentId });
        },
        remote: (api) => api.draftReport(assignmentId),
      });
      const { stringify } = await import('yaml');
      const text = [`# Report draft for ${assignmentId}.`, ...draft.todo.map((line) => `# ${line}`), stringify(draft.report, { lineWidth: 0 })].join('\n');
      if (!options.output) {
        console.log(text);
        return;
      }
      try {
        await writeFile(options.output, text, { flag: options.force ? 'w' : 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError(`${options.output} exists: choose another file or add --force to overwrite it.`, 'bad_input');
        throw new AppError(`cannot write ${options.output}: ${(error as Error).message}`, 'bad_input');
      }
      console.log(`Draft written to ${options.output}. ${draft.todo.join(' ')}`);
    });
}
