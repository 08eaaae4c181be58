// The `dondoc` command line. Each command group lives in client/commands/<group>.ts and
// registers itself here; commands are thin over the same functions the tests call.
import { Command, CommanderError } from 'commander';
import { AppError } from '../client/errors';
import { ExitCode, exitCodeOf } from './exit-codes';
import { registerUpCommands } from './commands/up';
import { registerServeCommand } from './commands/serve';
import { registerServerCommands } from './commands/servers';
import { registerClusterCommands } from './commands/cluster';
import { registerCalendarCommands } from './commands/calendar';
import { registerOutboxCommands } from './commands/outbox';
import { registerPlanCommands } from './commands/plan';
import { registerPlanImportCommand } from './commands/plan-import';
import { registerPlanLoadCommand } from './commands/plan-load';
import { registerAgencyCommands } from './commands/agency';
import { registerStatusCommand } from './commands/status';
import { registerAssignmentCommands } from './commands/assignment';
import { registerReportCommands } from './commands/report';
import { registerExtensionCommands } from './commands/extension';
import { registerExplanationCommands } from './commands/explanation';
import { registerObstacleCommands } from './commands/obstacle';
import { registerAuditCommands } from './commands/audit';
import { registerSimulateCommand } from './commands/simulate';
import { registerUserCommands } from './commands/user';
import { registerTokenCommands } from './commands/token';
import { refuseLocalOnlyInRemoteMode } from './remote/command-mode';

const modes = `
Two modes:
  local (default)  on the server machine: the commands reach Temporal and the database directly,
                   and the update commands take --as/--user/--role (the operator declares who acts).
  remote (--api)   from anywhere: the commands call the HTTP API with a bearer token and act as
                   the token's user; --as/--user/--role are refused. The token comes from
                   --token-file (or $DONDOC_API_TOKEN_FILE), a file only you can read (chmod 600),
                   else from $DONDOC_API_TOKEN. Commands the API does not offer (up, serve, worker,
                   plan load, user, token, outbox…) are local only.`;

export function buildProgram(): Command {
  const program = new Command('dondoc')
    .description('Oversees the implementation of government plans with durable Temporal workflows.')
    .showHelpAfterError('(run with --help for usage)')
    .option('--api <url>', 'remote mode: call the dondoc HTTP API at this URL, e.g. https://dondoc.example.gov.vn, instead of Temporal and the database (default: $DONDOC_API_URL)')
    .option('--token-file <path>', 'remote mode: read the API token from this file, which only you may read or write (chmod 600) (default: $DONDOC_API_TOKEN_FILE, else the token in $DONDOC_API_TOKEN)')
    .addHelpText('after', modes)
    // Each command's help lists --api and --token-file too: they are given with any command.
    .configureHelp({ showGlobalOptions: true })
    .hook('preAction', (_program, actionCommand) => refuseLocalOnlyInRemoteMode(actionCommand))
    .exitOverride();
  registerUpCommands(program);
  registerServeCommand(program);
  registerServerCommands(program);
  registerClusterCommands(program);
  registerCalendarCommands(program);
  registerOutboxCommands(program);
  registerPlanCommands(program);
  registerPlanImportCommand(program);
  registerPlanLoadCommand(program);
  registerAgencyCommands(program);
  registerStatusCommand(program);
  registerAssignmentCommands(program);
  registerReportCommands(program);
  registerExtensionCommands(program);
  registerExplanationCommands(program);
  registerObstacleCommands(program);
  registerAuditCommands(program);
  registerSimulateCommand(program);
  registerUserCommands(program);
  registerTokenCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a usage mistake (unknown option, missing argument) is bad input.
      process.exitCode = error.exitCode === 0 ? 0 : ExitCode.badInput;
      return;
    }
    if (error instanceof AppError) {
      for (const warning of error.warnings) console.error(`warning: ${warning}`);
      console.error(`dondoc: ${error.message}`);
      process.exitCode = exitCodeOf[error.code];
      return;
    }
    const exitCode = serviceErrors.get((error as Error)?.name);
    if (exitCode !== undefined) {
      console.error(`dondoc: ${(error as Error).message}`);
      process.exitCode = exitCode;
      return;
    }
    throw error;
  }
}

// Failures of configuration or of a service that the user can fix: printed without a stack.
const serviceErrors = new Map<string, number>([
  ['ConfigError', ExitCode.badInput],
  ['DataDirectoryError', ExitCode.serviceUnavailable],
  ['TemporalBinaryNotFoundError', ExitCode.serviceUnavailable],
  ['DatabaseUnavailableError', ExitCode.serviceUnavailable],
  ['EmbeddedPostgresError', ExitCode.serviceUnavailable],
  ['DevServerError', ExitCode.serviceUnavailable],
  ['SmtpCaptureError', ExitCode.serviceUnavailable],
  ['ApiPortError', ExitCode.serviceUnavailable],
  ['ClusterBinaryNotFoundError', ExitCode.serviceUnavailable],
  ['ClusterPostgresError', ExitCode.serviceUnavailable],
  ['ClusterStartError', ExitCode.serviceUnavailable],
  ['MigrationError', ExitCode.failure],
]);
