// `dondoc cluster up`: dondoc on a local Temporal cluster backed by PostgreSQL (#15). The work
// is in embedded/cluster/start-cluster.ts; this file reads the options and waits for Ctrl-C.
import { InvalidArgumentError, type Command } from 'commander';
import { MAX_RETENTION_DAYS } from '../../embedded/cluster/retention';
import { cliConfig } from '../run-use-case';

const progress = (message: string) => console.error(`dondoc: ${message}`);

function wholeNumber(min: number, max: number) {
  return (value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${value}"`);
    return number;
  };
}

export function registerClusterCommands(program: Command): void {
  const cluster = program.command('cluster').description('dondoc on a real Temporal cluster on this machine (#15; docs/deployment.md).');
  cluster
    .command('up')
    .description(
      'Start a local Temporal cluster on PostgreSQL (frontend, history, matching and worker services as separate processes), ' +
        'dondoc worker and API server processes on it, all on loopback, logs in <data>/cluster/logs. Stops everything on Ctrl-C or SIGTERM.',
    )
    .option('--postgres-url <url>', 'a PostgreSQL server whose user may create databases (default: $DONDOC_CLUSTER_POSTGRES_URL, else a throw-away server in <data>/cluster/postgres)')
    .option('--history-shards <n>', 'history shards: fixed once the databases hold data', wholeNumber(1, 16_384), 4)
    .option('--retention-days <days>', 'how long a closed workflow stays readable in Temporal (the server allows 1 to 36500 days)', wholeNumber(1, MAX_RETENTION_DAYS), 3650)
    .option('--no-archival', 'do not archive closed workflow histories to <data>/cluster/archival (a new namespace only)')
    .option('--workers <n>', 'dondoc worker processes', wholeNumber(1, 16), 2)
    .option('--api-servers <n>', 'dondoc API server processes', wholeNumber(1, 16), 2)
    .action(async (options: { postgresUrl?: string; historyShards: number; retentionDays: number; archival: boolean; workers: number; apiServers: number }) => {
      const config = await cliConfig();
      const { startCluster } = await import('../../embedded/cluster/start-cluster');
      const started = Date.now();
      const running = await startCluster({
        dataDirectory: config.dataDirectory,
        postgresUrl: options.postgresUrl ?? process.env.DONDOC_CLUSTER_POSTGRES_URL,
        historyShards: options.historyShards,
        namespace: config.namespace,
        retentionDays: options.retentionDays,
        archival: options.archival,
        workers: options.workers,
        apiServers: options.apiServers,
        smtpUrl: config.smtpUrl,
        progress,
      });
      console.log(
        [
          `dondoc cluster is ready (${((Date.now() - started) / 1000).toFixed(1)} s).`,
          `  Temporal:      ${running.temporalAddress} (namespace ${config.namespace}); TEMPORAL_ADDRESS=${running.temporalAddress}`,
          `  Temporal UI:   ${running.webUiUrl ?? `not available (${running.webUiUnavailable})`}`,
          `  Services:      ${Object.entries(running.temporal.processes).map(([name, process]) => `${name} pid ${process.pid}`).join(', ')}`,
          `  Metrics:       ${running.metricsUrls.join(', ')}`,
          `  Archival:      ${running.archival ? `${running.archival.history} (closed histories, kept after the retention)` : 'off (--no-archival)'}`,
          `  PostgreSQL:    ${running.postgresDescription}`,
          `  dondoc DB:     DATABASE_URL=${running.databaseUrl}`,
          `  Mail:          ${running.mailDescription}`,
          `  Workers:       ${running.workers.map((worker) => `pid ${worker.pid}`).join(', ')}`,
          `  API:           ${running.apiUrls.map((url) => `${url}/api`).join(', ')}`,
          `  Logs:          ${running.logDirectory}`,
          '  Other dondoc commands on this machine (plan load, status, audit…) use this cluster while it runs.',
          'Press Ctrl-C to stop.',
        ].join('\n'),
      );
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      progress(`${signal}: stopping the API servers, the workers, the Temporal services and PostgreSQL…`);
      await running.stop();
      progress('stopped.');
    });
}
