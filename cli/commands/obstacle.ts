// `dondoc obstacle report|answer|forward|decide|list|show` (vướng mắc): an agency reports an
// obstacle in writing; the monitoring department answers it or forwards it to the People's
// Committee with its opinion; the Committee's decision is recorded. `dondoc plan load --amends`
// links an amended plan to the decision that ordered it.
import { Option, type Command } from 'commander';
import { toJson } from '../../client/to-json';
import type { TObstacleStatus } from '../../domain/obstacles/obstacle';
import { actorOf, addUpdateOptions, operatorActor, type TActorOptions } from '../actor-options';
import { runLocalOrRemote } from '../remote/command-mode';

function describe(what: string, status: TObstacleStatus): string {
  const waiting = status.pendingAgency ? `; waiting for ${status.pendingAgency} until ${status.dueAt}` : status.closed ? '; closed' : '; waiting for the amended plan (dondoc plan load <file> --amends <id>)';
  return `${what}: ${status.obstacleId} is ${status.phase}${status.decision ? ` (${status.decision.outcome})` : ''}${waiting}.`;
}

export function registerObstacleCommands(program: Command): void {
  const obstacle = program.command('obstacle').description("Obstacles (vướng mắc): reported in writing by an agency, answered by the monitoring department or forwarded to the People's Committee, which decides");

  addUpdateOptions(
    obstacle
      .command('report')
      .description('Report an obstacle met on an assignment your agency answers for (--assignment) or on the plan (--plan)')
      .option('--assignment <id>', 'the assignment the obstacle is about')
      .option('--plan <planId>', 'the plan, for an obstacle about the plan as a whole')
      .requiredOption('--text <text>', 'the obstacle')
      .requiredOption('--proposal <text>', 'what the agency proposes')
      .option('--document <ref>', "the written report's number or file name (văn bản)"),
  ).action(async (options: TActorOptions & { assignment?: string; plan?: string; text: string; proposal: string; document?: string }, command: Command) => {
    const input = { assignmentId: options.assignment, planId: options.plan, text: options.text, proposal: options.proposal, document: options.document };
    const status = await runLocalOrRemote(command, {
      local: async (context) => (await import('../../client/obstacles/report-obstacle')).reportObstacle(context, actorOf(options), input),
      remote: (api) => api.reportObstacle(input),
    });
    console.log(options.json ? toJson(status) : describe('Obstacle reported', status));
  });

  addUpdateOptions(obstacle.command('answer').description('Answer the obstacle (the monitoring department the plan names)').argument('<obstacle>', 'the obstacle id').requiredOption('--text <text>', 'the answer')).action(
    async (obstacleId: string, options: TActorOptions & { text: string }, command: Command) => {
      const status = await runLocalOrRemote(command, {
        local: async (context) => (await import('../../client/obstacles/act-on-obstacle')).answerObstacle(context, actorOf(options), { obstacleId, text: options.text }),
        remote: (api) => api.obstacleStep(obstacleId, 'answer', { text: options.text }),
      });
      console.log(options.json ? toJson(status) : describe('Obstacle answered', status));
    },
  );

  addUpdateOptions(
    obstacle.command('forward').description("Forward the obstacle to the People's Committee with the department's opinion (the monitoring department)").argument('<obstacle>', 'the obstacle id').requiredOption('--opinion <text>', "the department's opinion"),
  ).action(async (obstacleId: string, options: TActorOptions & { opinion: string }, command: Command) => {
    const status = await runLocalOrRemote(command, {
      local: async (context) => (await import('../../client/obstacles/act-on-obstacle')).forwardObstacle(context, actorOf(options), { obstacleId, opinion: options.opinion }),
      remote: (api) => api.obstacleStep(obstacleId, 'forward', { opinion: options.opinion }),
    });
    console.log(options.json ? toJson(status) : describe('Obstacle forwarded', status));
  });

  addUpdateOptions(
    obstacle
      .command('decide')
      .description("Record the People's Committee's decision on a forwarded obstacle (a person of the Committee)")
      .argument('<obstacle>', 'the obstacle id')
      .addOption(new Option('--outcome <outcome>', 'answered, amend-plan (then load the amended plan with --amends) or rejected').choices(['answered', 'amend-plan', 'rejected']).makeOptionMandatory())
      .requiredOption('--text <text>', 'the decision'),
  ).action(async (obstacleId: string, options: TActorOptions & { outcome: 'answered' | 'amend-plan' | 'rejected'; text: string }, command: Command) => {
    const body = { outcome: options.outcome, text: options.text };
    const status = await runLocalOrRemote(command, {
      local: async (context) => (await import('../../client/obstacles/act-on-obstacle')).decideObstacle(context, actorOf(options), { obstacleId, ...body }),
      remote: (api) => api.obstacleStep(obstacleId, 'decision', body),
    });
    console.log(options.json ? toJson(status) : describe('Decision recorded', status));
  });

  obstacle
    .command('list')
    .description('Obstacles, oldest first: with --as, those your agency reported, answers or decides; without, all (the operator)')
    .option('--as <agency>', 'the agency you act for (local mode)')
    .option('--agency <code>', 'only those this agency reported')
    .option('--plan <planId>', 'only this plan')
    .option('--open', 'only open obstacles')
    .option('--json', 'print JSON')
    .action(async (options: { as?: string; agency?: string; plan?: string; open?: boolean; json?: boolean }, command: Command) => {
      const filter = { agency: options.agency, planId: options.plan, open: options.open ? true : undefined };
      const rows = await runLocalOrRemote(command, {
        local: async (context) => (await import('../../client/obstacles/read-obstacles')).listObstacles(context, options.as ? actorOf({ as: options.as }) : operatorActor(), filter),
        remote: (api) => api.listObstacles(filter),
      });
      if (options.json) return console.log(toJson(rows));
      if (!rows.length) return console.log('No obstacles.');
      for (const row of rows) {
        const waiting = row.pendingAgency ? `waiting for ${row.pendingAgency} until ${new Date(row.dueAt!).toISOString()}` : row.closed ? 'closed' : 'waiting for the amended plan';
        console.log(`${row.id}  ${row.reportingAgency}  ${row.phase}${row.outcome ? ` (${row.outcome})` : ''}  ${waiting}\n  ${row.text}`);
      }
    });
}
