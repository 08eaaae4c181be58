// Failed sign-ins per login name, known or not. Kept in the database, not in a server's memory,
// so that every API process and every restart sees the same count. An attempt is counted as a
// failure before its password is checked (and cleared when it succeeds): two attempts sent at
// once cannot both pass on the same count, because each claims the count it read.
import type { TReadClient } from './read-model';

export interface TLoginThrottleRecord {
  failures: number;
  lastFailureAt: Date;
}

export class LoginThrottleRepository {
  constructor(private readonly db: TReadClient) {}

  find(login: string): Promise<TLoginThrottleRecord | null> {
    return this.db.loginThrottle.findUnique({ where: { login }, select: { failures: true, lastFailureAt: true } });
  }

  /**
   * Records one more failure, `failures` in all, provided the row is still as `read` saw it
   * (null: no row). False when another attempt changed it first: that attempt holds the claim.
   */
  async claimFailure(login: string, read: TLoginThrottleRecord | null, failures: number, now: Date): Promise<boolean> {
    if (!read) {
      // ON CONFLICT DO NOTHING: a concurrent first failure makes this one count 0.
      return (await this.db.loginThrottle.createMany({ data: [{ login, failures, lastFailureAt: now }], skipDuplicates: true })).count === 1;
    }
    const claimed = await this.db.loginThrottle.updateMany({
      where: { login, failures: read.failures, lastFailureAt: read.lastFailureAt },
      data: { failures, lastFailureAt: now },
    });
    return claimed.count === 1;
  }

  async clear(login: string): Promise<void> {
    await this.db.loginThrottle.deleteMany({ where: { login } });
  }
}
