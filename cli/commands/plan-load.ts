import type { Command } from 'commander';
import { operatorActor } from '../actor-options';
import { describeLoad } from '../format/plan-load';
import { runUseCase } from '../run-use-case';
import { planCommandGroup } from './plan';

export function registerPlanLoadCommand(program: Command): void {
  planCommandGroup(program)
    .command('load <file>')
    .description(
      'Start the workflows of a plan file on the running dondoc (idempotent: what already runs is left alone). ' +
        'Loading an amended version starts new tasks, cancels removed ones with the reason and moves changed deadlines.',
    )
    .option('--id <planId>', 'plan id (default: the file name without extension)')
    .option('--done <refs>', 'one-off tasks already done (comma-separated refs, e.g. III.2.1,III.3.1): recorded as completed, "declared done at load", not chased')
    .option('--done-file <path>', 'a file of such refs, one a line (# starts a comment)')
    .option('--amends <obstacle>', "the obstacle (vướng mắc) whose People's Committee decision (amend-plan) this version carries out: the load is linked to it in the audit log and closes it")
    .option('--json', 'print the outcome as JSON')
    .action(async (file: string, options: { id?: string; done?: string; doneFile?: string; amends?: string; json?: boolean }) => {
      const { loadPlanFromFile } = await import('../../client/plans/load-plan');
      const outcome = await runUseCase((context) =>
        loadPlanFromFile(context, operatorActor(), { file, planId: options.id, done: options.done, doneFile: options.doneFile, amends: options.amends }),
      );
      console.log(options.json ? JSON.stringify(outcome, null, 2) : describeLoad(outcome));
      if (!options.json && outcome.amended) console.log(`Obstacle ${outcome.amended.obstacleId} closed: the amended plan (${outcome.amended.amendment?.planVersion}) carries out the People's Committee's decision.`);
    });
}
