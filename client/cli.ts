// The `dondoc` command line. Each command group lives in client/commands/<group>.ts and
// registers itself here; commands are thin over the same functions the tests call.
import { Command, CommanderError } from 'commander';
import { UserFacingError } from './errors';

export function buildProgram(): Command {
  const program = new Command('dondoc')
    .description('Oversees the implementation of government plans with durable Temporal workflows.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof UserFacingError) {
      console.error(`dondoc: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}
