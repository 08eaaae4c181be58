// Who acts in local mode, as the terminal says it: --as, --user and --role on every command that
// changes an assignment; the operator of this machine for the commands that only read. In remote
// mode (--api) the API token says who acts, and these options are refused (cli/remote).
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import type { TAppActor } from '../client/actor';
import { AppError } from '../client/errors';

export interface TActorOptions {
  as?: string;
  user?: string;
  role?: 'officer' | 'auditor';
  json?: boolean;
}

const LOCAL_ONLY = 'local mode only: for the operator on the server machine; refused with --api, where the token says who acts';

/** --as, --user, --role and --json, for every command that sends an update to an assignment. */
export function addUpdateOptions(command: Command): Command {
  return command
    .option('--as <agency>', `the agency you act for, e.g. QNG_SO_GDDT (the workflow checks that it may); required in local mode (${LOCAL_ONLY})`)
    .option('--user <name>', `your login or work e-mail, recorded with the action (default: $DONDOC_USER, else your OS login; ${LOCAL_ONLY})`)
    .addOption(new Option('--role <role>', `act as an officer (the default), or as an auditor (auditors may only read: every update is refused; ${LOCAL_ONLY})`).choices(['officer', 'auditor']))
    .option('--json', "print the assignment's status after the update as JSON");
}

/**
 * Declared, not authenticated: whoever runs dondoc on the server machine holds the database
 * already; the workflow checks the agency. Remote callers are signed in by the API instead.
 */
export function actorOf(options: TActorOptions): TAppActor {
  if (!options.as) {
    throw new AppError(
      "required option '--as <agency>' not specified: in local mode say which agency you act for, e.g. --as QNG_SO_GDDT (or use remote mode, --api with a token).",
      'bad_input',
    );
  }
  return { agency: options.as, user: options.user || process.env.DONDOC_USER || loginName(), role: options.role ?? 'officer' };
}

/** The person at this terminal, reading or operating dondoc for no particular agency. */
export function operatorActor(): TAppActor {
  return { agency: null, user: process.env.DONDOC_USER || loginName() || 'operator', role: 'operator' };
}

/** The OS login; empty where the system has none for this uid (some containers), and the payload check then asks for --user. */
function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
