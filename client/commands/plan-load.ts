import type { Command } from 'commander';
import { loadConfig } from '../../workers/config';
import { describeLoad, loadPlanFile } from '../plan-loading';
import { connectClient } from '../temporal-client';
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
      const config = loadConfig();
      const { client, close } = await connectClient(config);
      try {
        const outcome = await loadPlanFile(client, { file, taskQueue: config.taskQueue, planId: options.id });
        console.log(options.json ? JSON.stringify(outcome, null, 2) : describeLoad(outcome));
      } finally {
        await close();
      }
    });
}
