// Signed-in browsers. The row's id is the SHA-256 of the secret in the cookie: reading this
// table gives nobody a session.
import type { TReadClient } from './read-model';
import { userRecordColumns, type TUserRecord } from './users';

export interface TSessionRecord {
  id: string;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  user: TUserRecord;
}

export interface TNewSession {
  id: string;
  userId: string;
  method: 'password' | 'oidc';
  createdAt: Date;
  expiresAt: Date;
}

export class SessionRepository {
  constructor(private readonly db: TReadClient) {}

  async create(session: TNewSession): Promise<void> {
    await this.db.session.create({ data: { ...session, lastSeenAt: session.createdAt } });
  }

  findWithUser(id: string): Promise<TSessionRecord | null> {
    return this.db.session.findUnique({
      where: { id },
      select: { id: true, method: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, user: { select: userRecordColumns } },
    });
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.db.session.update({ where: { id }, data: { lastSeenAt: now } });
  }

  /** Revokes the session if it is still open; true when this call revoked it. */
  async revoke(id: string, now: Date): Promise<boolean> {
    return (await this.db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } })).count === 1;
  }

  /** Revokes every open session of the user (disabled, or a new password); returns how many. */
  async revokeAllOf(userId: string, now: Date): Promise<number> {
    return (await this.db.session.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } })).count;
  }
}
