// `dondoc up` and `dondoc worker`: the process entry points that run dondoc's services. Their
// code loads when they run, so that the other commands start without it.
import type { Command } from 'commander';
import type { TRunningApi } from '../../api/start-api';
import type { RunningSystem } from '../../workers/start-system';
import { operatorActor } from '../actor-options';
import { ExitCode } from '../exit-codes';
import { cliConfig } from '../run-use-case';

const progress = (message: string) => console.error(`dondoc: ${message}`);

export function registerUpCommands(program: Command): void {
  program
    .command('up')
    .description(
      'Run dondoc on this machine: the Temporal dev server, the embedded PostgreSQL and the worker ' +
        '(or the services named by TEMPORAL_ADDRESS and DATABASE_URL). Stops cleanly on Ctrl-C or SIGTERM.',
    )
    .action(async () => {
      const config = await cliConfig();
      const { startSystem } = await import('../../workers/start-system');
      const system = await startSystem(config, progress);
      const [{ createAppContext }, { loadPlanFromFile }, { ensureFirstAdmin }] = await Promise.all([
        import('../../client/app-context'),
        import('../../client/plans/load-plan'),
        import('../../client/identity/users'),
      ]);
      // One application context for the plan load, the first administrator and the API, on the services just started.
      const context = createAppContext({ ...config, temporalAddress: system.temporalAddress, databaseUrl: system.database.connectionString });
      const stopAll = async () => {
        await api?.close();
        await context.close();
        await system.stop();
      };
      let plans = 'none loaded (DONDOC_PLAN=none)';
      let admin: Awaited<ReturnType<typeof ensureFirstAdmin>> = null;
      let api: TRunningApi | null = null;
      try {
        if (config.planFile) {
          progress(`Loading the plan ${config.planFile}…`);
          const outcome = await loadPlanFromFile(context, operatorActor(), { file: config.planFile });
          const schedules = outcome.schedules ? outcome.schedules.created.length + outcome.schedules.updated.length + outcome.schedules.unchanged.length : 0;
          plans =
            `${outcome.planId}: ${outcome.assignments} assignments (${outcome.loadedNow ? `started ${outcome.started}, already running ${outcome.alreadyRunning}` : 'already loaded'})` +
            (schedules ? `, ${schedules} period-close schedule(s) (dondoc report consolidated)` : '');
        }
        admin = await ensureFirstAdmin(context);
        if (config.api.port !== 0) {
          const { startApi } = await import('../../api/start-api');
          api = await startApi(context, config);
        }
      } catch (error) {
        await stopAll();
        throw error;
      }
      console.log(
        [
          'dondoc is ready.',
          `  Temporal:      ${system.temporalAddress} (namespace ${config.namespace})`,
          ...(system.temporalUiUrl ? [`  Temporal UI:   ${system.temporalUiUrl}`] : []),
          `  Database:      ${system.databaseDescription}`,
          `  Mail:          ${system.mailDescription}`,
          `  Data:          ${config.dataDirectory}`,
          `  Worker:        task queue "${config.taskQueue}"${config.workerMetricsAddress ? `, metrics http://${config.workerMetricsAddress}/metrics` : ''}`,
          `  Plan:          ${plans}`,
          `  API:           ${api ? `${api.url}/api (docs ${api.url}/api/docs)` : 'off (DONDOC_API_PORT=0)'}`,
          ...(api ? [`  Pages:         ${api.url}/ (sign in at ${api.url}/sign-in)`] : []),
          ...(admin
            ? [`  Administrator: ${admin.login}, one-time password ${admin.password} (shown this once; dondoc user reset-password ${admin.login} gives a new one)`]
            : []),
          'Press Ctrl-C to stop.',
        ].join('\n'),
      );
      await waitForStopOrFailure(system, async () => {
        await api?.close();
        await context.close();
      });
    });

  program
    .command('worker')
    .description('Run only the worker, against TEMPORAL_ADDRESS (default 127.0.0.1:7233) and DATABASE_URL, so several machines can share the work.')
    .action(async () => {
      const config = await cliConfig();
      const { startSystem } = await import('../../workers/start-system');
      const system = await startSystem({ ...config, temporalAddress: config.temporalAddress ?? `127.0.0.1:${config.temporalPort}` }, progress);
      const metrics = config.workerMetricsAddress ? `, metrics http://${config.workerMetricsAddress}/metrics` : '';
      console.log(`dondoc worker is ready on ${system.temporalAddress}, task queue "${config.taskQueue}"${metrics}. Press Ctrl-C to stop.`);
      await waitForStopOrFailure(system);
    });
}

/** Waits for Ctrl-C, SIGTERM or a failed worker, then stops what runs above the system (the API), then the system. */
async function waitForStopOrFailure(system: RunningSystem, stopAbove: () => Promise<void> = async () => {}): Promise<void> {
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const outcome = await Promise.race([signal, system.running.then(() => 'worker stopped' as const)]).catch((error: unknown) => error);
  // A service `up` started and could not keep running: its own message says what to do.
  const gaveUp = outcome instanceof Error && outcome.name === 'ServiceGaveUpError';
  if (gaveUp) progress('a service keeps failing: stopping everything…');
  else progress(outcome instanceof Error ? `the worker failed: ${outcome.message}; stopping.` : `${String(outcome)}: stopping…`);
  await stopAbove().catch((error: unknown) => progress(`while stopping the API: ${String(error)}`));
  await system.stop();
  progress(gaveUp ? (outcome as Error).message : 'stopped.');
  if (outcome instanceof Error) process.exitCode = gaveUp ? ExitCode.serviceUnavailable : ExitCode.failure;
}
