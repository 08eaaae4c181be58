// Local or remote, decided in one place for every command: local mode (the default) runs the
// use-case against Temporal and the database of this machine, as the operator; remote mode
// (--api or $DONDOC_API_URL) calls the HTTP API with a token, whose user is the one who acts.
import type { Command } from 'commander';
import type { TAppContext } from '../../client/app-context';
import { AppError } from '../../client/errors';
import { runUseCase } from '../run-use-case';
import type { TApiClient } from './api-client';
import { remoteApiUrl, resolveApiTarget, type TRemoteOptions } from './api-target';

/** The commands the API covers, by their path under `dondoc`. */
export const REMOTE_COMMANDS = new Set([
  'status',
  'assignment list',
  'assignment show',
  'report submit',
  'report review',
  'report draft',
  'report consolidated',
  'extension request',
  'extension decide',
  'explanation request',
  'explanation submit',
  'obstacle report',
  'obstacle answer',
  'obstacle forward',
  'obstacle decide',
  'obstacle list',
  'audit',
  'audit verify',
  'agency succeed',
  'outbox',
  'outbox show',
]);

/** The commands that touch no dondoc service (files, the calendar, their own simulation): the same in either mode. */
const SERVICE_FREE_COMMANDS = new Set(['calendar day', 'calendar deadline', 'plan validate', 'plan show', 'plan schema', 'plan import', 'simulate']);

/** The options that say who acts in local mode; in remote mode the token says it. */
const LOCAL_IDENTITY_OPTIONS = ['as', 'user', 'role'] as const;

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let each: Command | null = command; each?.parent; each = each.parent) names.unshift(each.name());
  return names.join(' ');
}

/** The preAction check: in remote mode, a command the API does not cover stops before it starts anything. */
export function refuseLocalOnlyInRemoteMode(command: Command): void {
  const base = remoteApiUrl(command.optsWithGlobals<TRemoteOptions>());
  const path = commandPath(command);
  if (base === null || REMOTE_COMMANDS.has(path) || SERVICE_FREE_COMMANDS.has(path)) return;
  throw new AppError(
    `dondoc ${path} is local only: the API (${base}) does not offer it. Run it on the server machine without --api (and without DONDOC_API_URL).`,
    'bad_input',
  );
}

export interface TModeRunners<T> {
  local: (context: TAppContext) => Promise<T>;
  remote: (api: TApiClient) => Promise<T>;
}

export async function runLocalOrRemote<T>(command: Command, runners: TModeRunners<T>): Promise<T> {
  const options = command.optsWithGlobals<TRemoteOptions>();
  const base = remoteApiUrl(options);
  if (base === null) return runUseCase(runners.local);
  const given = LOCAL_IDENTITY_OPTIONS.filter((name) => command.opts()[name] !== undefined);
  if (given.length) {
    throw new AppError(
      `${given.map((name) => `--${name}`).join(', ')} ${given.length === 1 ? 'is' : 'are'} for the operator on the server machine (local mode); ` +
        `in remote mode (${base}) your API token says who you are and for which agency. Remove ${given.length === 1 ? 'it' : 'them'}. Nothing was sent.`,
      'bad_input',
    );
  }
  const target = await resolveApiTarget(base, options);
  const { createApiClient } = await import('./api-client');
  return runners.remote(createApiClient(target));
}
