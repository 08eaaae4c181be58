// `dondoc user add|list|disable|enable|reset-password|roles`: the people who sign in to the API
// and pages, managed from this machine's terminal (the operator may, as an administrator).
import { type Command } from 'commander';
import type { TUserRole } from '../../client/identity/identity';
import type { TUserSummary, TUserWithPassword } from '../../client/identity/users';
import { formatLocalInstant } from '../../domain/calendar/local-time';
import { operatorActor } from '../actor-options';
import { toJson } from '../../client/to-json';
import { renderTable } from '../format/table';
import { runUseCase } from '../run-use-case';

const rolesHelp = 'comma-separated roles: officer, monitor (both need --agency), leadership, auditor, admin';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('People who sign in to the API and pages: roles, agency, password');

  user
    .command('add')
    .description('Add a user; prints a one-time password to hand over, unless --password-stdin gives one')
    .argument('<login>', 'login name or work e-mail, e.g. nguyen.van.a@soyt.example (stored in lower case)')
    .requiredOption('--name <text>', 'the name people know the user by, e.g. "Nguyễn Văn A"')
    .requiredOption('--roles <roles>', rolesHelp)
    .option('--agency <code>', 'the agency the user works for, e.g. QNG_SO_YT (required for officer and monitor)')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .option('--json', 'print the user (and the one-time password) as JSON')
    .action(async (login: string, options: { name: string; roles: string; agency?: string; passwordStdin?: boolean; json?: boolean }) => {
      const password = options.passwordStdin ? await readPasswordFromStdin() : undefined;
      const { addUser } = await import('../../client/identity/users');
      const added = await runUseCase((context) =>
        addUser(context, operatorActor(), { login, displayName: options.name, roles: splitRoles(options.roles), agency: options.agency ?? null, password }),
      );
      console.log(options.json ? toJson(added) : formatWithPassword('Added', added));
    });

  user
    .command('list')
    .description('Every user, with roles, agency and whether disabled')
    .option('--agency <code>', 'only the users of this agency')
    .option('--json', 'print the list as JSON')
    .action(async (options: { agency?: string; json?: boolean }) => {
      const { listUsers } = await import('../../client/identity/users');
      const users = await runUseCase((context) => listUsers(context, operatorActor(), { agency: options.agency }));
      console.log(options.json ? toJson(users) : formatUsers(users));
    });

  user
    .command('disable')
    .description('Stop the user signing in: their sessions end at once and their API tokens are refused (enable undoes it)')
    .argument('<login>', 'the user')
    .option('--json', 'print the user as JSON')
    .action(async (login: string, options: { json?: boolean }) => {
      const { disableUser } = await import('../../client/identity/users');
      const changed = await runUseCase((context) => disableUser(context, operatorActor(), { login }));
      console.log(options.json ? toJson(changed) : `${changed.login} is disabled: sessions ended, API tokens refused until enabled again.`);
    });

  user
    .command('enable')
    .description('Let a disabled user sign in again (their unexpired, unrevoked tokens work again too)')
    .argument('<login>', 'the user')
    .option('--json', 'print the user as JSON')
    .action(async (login: string, options: { json?: boolean }) => {
      const { enableUser } = await import('../../client/identity/users');
      const changed = await runUseCase((context) => enableUser(context, operatorActor(), { login }));
      console.log(options.json ? toJson(changed) : `${changed.login} is enabled.`);
    });

  user
    .command('reset-password')
    .description("Set a new password (a one-time password is generated unless --password-stdin gives one); ends the user's sessions")
    .argument('<login>', 'the user')
    .option('--password-stdin', 'read the new password from standard input')
    .option('--json', 'print the user (and the one-time password) as JSON')
    .action(async (login: string, options: { passwordStdin?: boolean; json?: boolean }) => {
      const password = options.passwordStdin ? await readPasswordFromStdin() : undefined;
      const { resetPassword } = await import('../../client/identity/users');
      const reset = await runUseCase((context) => resetPassword(context, operatorActor(), { login, password }));
      console.log(options.json ? toJson(reset) : formatWithPassword('New password for', reset));
    });

  user
    .command('roles')
    .description("Replace the user's roles (and agency, with --agency or --no-agency)")
    .argument('<login>', 'the user')
    .argument('<roles>', rolesHelp)
    .option('--agency <code>', 'move the user to this agency')
    .option('--no-agency', 'the user acts for no agency (not possible for officer and monitor)')
    .option('--json', 'print the user as JSON')
    .action(async (login: string, roles: string, options: { agency?: string | false; json?: boolean }) => {
      const { setRoles } = await import('../../client/identity/users');
      const agency = options.agency === false ? null : options.agency;
      const changed = await runUseCase((context) => setRoles(context, operatorActor(), { login, roles: splitRoles(roles), agency }));
      console.log(options.json ? toJson(changed) : `${changed.login}: ${changed.roles.join(', ')}${changed.agency ? ` of ${changed.agency}` : ''}.`);
    });
}

/** Typed as roles but not checked here: the use-case's schema names any unknown one. */
function splitRoles(roles: string): TUserRole[] {
  return roles
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean) as TUserRole[];
}

/** The whole of standard input, without the line end a shell or `echo` adds. */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) console.error('Type the password, then Enter and Ctrl-D (it is shown as you type; prefer a pipe).');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function formatWithPassword(what: string, { user, oneTimePassword }: TUserWithPassword): string {
  const lines = [`${what} ${user.login} (${user.displayName}): ${user.roles.join(', ')}${user.agency ? ` of ${user.agency}` : ''}.`];
  if (oneTimePassword) {
    lines.push('', `One-time password: ${oneTimePassword}`, 'It is shown only now: hand it to the user privately (not by e-mail), and have them keep it in a password manager.');
  }
  return lines.join('\n');
}

function formatUsers(users: TUserSummary[]): string {
  if (users.length === 0) return 'No users yet. Add one with dondoc user add.';
  const rows = users.map((user) => [user.login, user.displayName, user.roles.join(','), user.agency ?? '-', user.disabledAt ? `disabled ${localDay(user.disabledAt)}` : 'enabled']);
  return renderTable([{ header: 'login' }, { header: 'name' }, { header: 'roles' }, { header: 'agency' }, { header: 'state' }], rows);
}

function localDay(instant: Date): string {
  return formatLocalInstant(instant).slice(0, 10);
}
