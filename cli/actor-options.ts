// Who acts, as the terminal says it: --as, --user and --role on every command that changes an
// assignment; the operator of this machine for the commands that only read.
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import type { TAppActor } from '../client/actor';

export interface TActorOptions {
  as: string;
  user?: string;
  role: 'officer' | 'auditor';
  json?: boolean;
}

/** --as, --user, --role and --json, for every command that sends an update to an assignment. */
export function addUpdateOptions(command: Command): Command {
  return command
    .requiredOption('--as <agency>', 'the agency you act for, e.g. QNG_SO_GDDT (the workflow checks that it may)')
    .option('--user <name>', 'your login or work e-mail, recorded with the action (default: $DONDOC_USER, else your OS login)')
    .addOption(new Option('--role <role>', 'act as an officer, or as an auditor (auditors may only read: every update is refused)').choices(['officer', 'auditor']).default('officer'))
    .option('--json', "print the assignment's status after the update as JSON");
}

/** Declared, not authenticated: the workflow checks the agency; the HTTP API will sign people in. */
export function actorOf(options: TActorOptions): TAppActor {
  return { agency: options.as, user: options.user || process.env.DONDOC_USER || loginName(), role: options.role };
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
