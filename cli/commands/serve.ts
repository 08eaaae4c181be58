// `dondoc serve`: the HTTP API alone, against TEMPORAL_ADDRESS and DATABASE_URL (or the
// `dondoc up` running on this machine). It keeps nothing in memory between requests, so several
// can run behind a proxy.
import type { Command } from 'commander';
import { cliConfig } from '../run-use-case';

const progress = (message: string) => console.error(`dondoc: ${message}`);

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the HTTP API (/api/…, OpenAPI at /api/openapi.json, docs at /api/docs) on DONDOC_API_HOST:DONDOC_API_PORT (default 127.0.0.1:3000; 0 picks a free port), ' +
        'against TEMPORAL_ADDRESS and DATABASE_URL, or the dondoc up running on this machine. Stops on Ctrl-C or SIGTERM.',
    )
    .action(async () => {
      const config = await cliConfig();
      const [{ createAppContext }, { startApi }] = await Promise.all([import('../../client/app-context'), import('../../api/start-api')]);
      const context = createAppContext(config);
      const api = await startApi(context, config).catch(async (error: unknown) => {
        await context.close();
        throw error;
      });
      console.log(`dondoc API is ready at ${api.url}/api (docs ${api.url}/api/docs). Press Ctrl-C to stop.`);
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      progress(`${signal}: stopping…`);
      await api.close();
      await context.close();
    });
}
