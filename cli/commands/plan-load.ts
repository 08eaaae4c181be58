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
    .option('--json', 'print the outcome as JSON')
    .action(async (file: string, options: { id?: string; json?: boolean }) => {
      const { loadPlanFromFile } = await import('../../client/plans/load-plan');
      const outcome = await runUseCase((context) => loadPlanFromFile(context, operatorActor(), { file, planId: options.id }));
      console.log(options.json ? JSON.stringify(outcome, null, 2) : describeLoad(outcome));
    });
}
