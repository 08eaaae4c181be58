// `dondoc token create|list|revoke`: bearer tokens for scripts that call the API. A token is
// printed once, alone on standard output (so that a script can capture it), with the warning on
// standard error; dondoc keeps only its SHA-256.
import { type Command } from 'commander';
import { AppError } from '../../client/errors';
import type { TTokenSummary } from '../../client/identity/tokens';
import { formatLocalInstant } from '../../domain/calendar/local-time';
import { operatorActor } from '../actor-options';
import { toJson } from '../../client/to-json';
import { renderTable } from '../format/table';
import { runUseCase } from '../run-use-case';

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('API tokens for scripts: each acts as its user, with their roles');

  token
    .command('create')
    .description('Create a token for a user; it is printed once and cannot be shown again')
    .requiredOption('--user <login>', 'the user the token acts as')
    .option('--name <text>', 'what uses the token, to recognise it in the list, e.g. "nightly export"', 'api')
    .option('--expires <days>', 'lifetime in days, e.g. 90d (at most 365d)', '90d')
    .option('--json', 'print the token, its prefix and expiry as JSON')
    .action(async (options: { user: string; name: string; expires: string; json?: boolean }) => {
      const expiresInDays = parseDays(options.expires);
      const { createToken } = await import('../../client/identity/tokens');
      const created = await runUseCase((context) => createToken(context, operatorActor(), { login: options.user, name: options.name, expiresInDays }));
      if (options.json) {
        console.log(toJson(created));
      } else {
        console.log(created.token);
      }
      console.error(
        `Token ${created.prefix}… for ${options.user.toLowerCase()} ("${options.name}"), valid until ${localTime(created.expiresAt)}.\n` +
          'Store it now, in a password manager or the secret store of the script that uses it: it is not shown again. ' +
          `If it leaks, revoke it: dondoc token revoke ${created.prefix}`,
      );
    });

  token
    .command('list')
    .description('Tokens by prefix: user, name, expiry, last use, state (never the tokens themselves)')
    .option('--user <login>', "only this user's tokens")
    .option('--json', 'print the list as JSON')
    .action(async (options: { user?: string; json?: boolean }) => {
      const { listTokens } = await import('../../client/identity/tokens');
      const tokens = await runUseCase((context) => listTokens(context, operatorActor(), { login: options.user }));
      console.log(options.json ? toJson(tokens) : formatTokens(tokens));
    });

  token
    .command('revoke')
    .description('Revoke a token at once; a script that still uses it is refused, and the attempt is in the audit log')
    .argument('<prefix>', 'the prefix the list shows, e.g. ddk_Ab3dE6gH')
    .option('--json', 'print the token as JSON')
    .action(async (prefix: string, options: { json?: boolean }) => {
      const { revokeToken } = await import('../../client/identity/tokens');
      const revoked = await runUseCase((context) => revokeToken(context, operatorActor(), { prefix }));
      console.log(options.json ? toJson(revoked) : `Token ${revoked.prefix}… of ${revoked.login} ("${revoked.name}") is revoked.`);
    });
}

function parseDays(text: string): number {
  const match = /^(\d+)d$/.exec(text.trim());
  if (!match) throw new AppError(`invalid --expires ${JSON.stringify(text)}: expected a number of days, e.g. 90d`, 'bad_input');
  return Number(match[1]);
}

/** "2027-02-27 10:00 (+07:00)". */
function localTime(instant: Date): string {
  const local = formatLocalInstant(instant);
  return `${local.slice(0, 10)} ${local.slice(11, 16)} (${local.slice(23)})`;
}

function formatTokens(tokens: TTokenSummary[]): string {
  if (tokens.length === 0) return 'No tokens. Create one with dondoc token create --user <login>.';
  const rows = tokens.map((token) => [
    token.prefix,
    token.login,
    token.name,
    token.expiresAt ? localTime(token.expiresAt) : 'never',
    token.lastUsedAt ? localTime(token.lastUsedAt) : '-',
    token.state,
  ]);
  return renderTable([{ header: 'prefix' }, { header: 'user' }, { header: 'name' }, { header: 'expires' }, { header: 'last used' }, { header: 'state' }], rows);
}
