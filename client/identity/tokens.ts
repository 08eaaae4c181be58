// API tokens for scripts, managed by administrators (or the operator at this machine's
// terminal): created for a user and shown once, listed by prefix, revoked. A token acts with its
// user's roles and agency, read afresh on every use.
import { ApiTokenRepository, type TApiTokenRecord } from '../../data/api-tokens';
import { IDENTITY_ACTIONS, recordIdentityEvents } from '../../data/identity-audit';
import { UserRepository } from '../../data/users';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { auditActorOf, requireAdministrator } from './administrators';
import { ZCreateTokenInput, ZListTokensInput, ZRevokeTokenInput, type TCreateTokenInput, type TListTokensInput, type TRevokeTokenInput } from './identity';
import { newApiToken, sha256Hex } from './secrets';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TCreatedToken {
  /** The token itself: shown once, stored nowhere (only its SHA-256 is). */
  token: string;
  prefix: string;
  expiresAt: Date;
}

export interface TTokenSummary {
  prefix: string;
  name: string;
  login: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  state: 'active' | 'expired' | 'revoked';
}

export async function createToken(context: TAppContext, actor: TAppActor, input: TCreateTokenInput, now: Date = new Date()): Promise<TCreatedToken> {
  const { login, name, expiresInDays } = parseInput(ZCreateTokenInput, input, 'token');
  const { token, prefix } = newApiToken();
  const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS);
  await context.write(async (db) => {
    await requireAdministrator(db, actor);
    const user = await new UserRepository(db).findByLogin(login);
    if (!user) throw new AppError(`there is no user with the login ${login}: add them first (dondoc user add)`, 'not_found');
    if (user.disabledAt) throw new AppError(`${login} is disabled: enable the user first, or create the token for someone else`, 'conflict');
    await new ApiTokenRepository(db).create({ hash: sha256Hex(token), prefix, name, userId: user.id, createdAt: now, expiresAt });
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.tokenCreated, login, actor: auditActorOf(actor), payload: { prefix, name, expiresAt: expiresAt.toISOString() }, occurredAt: now },
    ]);
  });
  return { token, prefix, expiresAt };
}

export async function listTokens(context: TAppContext, actor: TAppActor, input: TListTokensInput = {}, now: Date = new Date()): Promise<TTokenSummary[]> {
  const { login } = parseInput(ZListTokensInput, input, 'filter');
  return context.read(async (db) => {
    await requireAdministrator(db, actor);
    let userId: string | undefined;
    if (login !== undefined) {
      const user = await new UserRepository(db).findByLogin(login);
      if (!user) throw new AppError(`there is no user with the login ${login}: check the spelling`, 'not_found');
      userId = user.id;
    }
    return (await new ApiTokenRepository(db).list({ userId })).map((token) => summaryOf(token, now));
  });
}

/** Revokes the token with this prefix; revoking a revoked token changes nothing. */
export async function revokeToken(context: TAppContext, actor: TAppActor, input: TRevokeTokenInput, now: Date = new Date()): Promise<TTokenSummary> {
  const { prefix } = parseInput(ZRevokeTokenInput, input, 'token');
  return context.write(async (db) => {
    await requireAdministrator(db, actor);
    const tokens = new ApiTokenRepository(db);
    const found = await tokens.findByPrefix(prefix);
    if (found.length === 0) throw new AppError(`there is no token ${prefix}: the list of tokens shows each one's prefix`, 'not_found');
    // 48 random bits make a shared prefix all but impossible; if it happens, nothing is guessed.
    if (found.length > 1) throw new AppError(`${found.length} tokens start with ${prefix}: revoke them through their users (dondoc token list --user)`, 'conflict');
    const token = found[0]!;
    if (!(await tokens.revoke(token.id, now))) return summaryOf(token, now);
    await recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.tokenRevoked, login: token.user.login, actor: auditActorOf(actor), payload: { prefix, name: token.name }, occurredAt: now },
    ]);
    return summaryOf({ ...token, revokedAt: now }, now);
  });
}

function summaryOf(token: TApiTokenRecord, now: Date): TTokenSummary {
  const state = token.revokedAt ? 'revoked' : token.expiresAt && token.expiresAt <= now ? 'expired' : 'active';
  return {
    prefix: token.prefix,
    name: token.name,
    login: token.user.login,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    revokedAt: token.revokedAt,
    lastUsedAt: token.lastUsedAt,
    state,
  };
}
