// Bearer tokens for scripts. Only the token's SHA-256 is stored, with its first characters to
// recognise it in a list; the token itself is shown once, when it is created.
import type { TReadClient } from './read-model';
import { userRecordColumns, type TUserRecord } from './users';

export interface TApiTokenRecord {
  id: string;
  prefix: string;
  name: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  user: TUserRecord;
}

export interface TNewApiToken {
  hash: string;
  prefix: string;
  name: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date | null;
}

const tokenColumns = {
  id: true,
  prefix: true,
  name: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  user: { select: userRecordColumns },
} as const;

export class ApiTokenRepository {
  constructor(private readonly db: TReadClient) {}

  async create(token: TNewApiToken): Promise<void> {
    await this.db.apiToken.create({ data: token });
  }

  findByHash(hash: string): Promise<TApiTokenRecord | null> {
    return this.db.apiToken.findUnique({ where: { hash }, select: tokenColumns });
  }

  findByPrefix(prefix: string): Promise<TApiTokenRecord[]> {
    return this.db.apiToken.findMany({ where: { prefix }, select: tokenColumns });
  }

  list(filter: { userId?: string } = {}): Promise<TApiTokenRecord[]> {
    return this.db.apiToken.findMany({ where: filter.userId ? { userId: filter.userId } : {}, orderBy: [{ createdAt: 'asc' }, { prefix: 'asc' }], select: tokenColumns });
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.db.apiToken.update({ where: { id }, data: { lastUsedAt: now } });
  }

  /** Revokes the token if it is still valid; true when this call revoked it. */
  async revoke(id: string, now: Date): Promise<boolean> {
    return (await this.db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } })).count === 1;
  }
}
