// Single sign-ons begun and not yet finished. The row's id is the SHA-256 of the secret in the
// browser's cookie; a row is used once (taken) and lives minutes, not longer.
import type { TReadClient } from './read-model';

export interface TOidcSignOn {
  id: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: Date;
  expiresAt: Date;
}

export class OidcSignOnRepository {
  constructor(private readonly db: TReadClient) {}

  async create(signOn: TOidcSignOn): Promise<void> {
    await this.db.oidcSignOn.create({ data: signOn });
  }

  /** The sign-on, removed so that it cannot be finished twice; null when unknown or taken already. */
  async take(id: string): Promise<TOidcSignOn | null> {
    const found = await this.db.oidcSignOn.findUnique({ where: { id } });
    if (!found) return null;
    // Only one of two callbacks racing with the same cookie removes the row.
    return (await this.db.oidcSignOn.deleteMany({ where: { id } })).count === 1 ? found : null;
  }

  /** Forgets the sign-ons nobody finished (the browser was closed at the provider). */
  async deleteExpired(now: Date): Promise<number> {
    return (await this.db.oidcSignOn.deleteMany({ where: { expiresAt: { lte: now } } })).count;
  }
}
