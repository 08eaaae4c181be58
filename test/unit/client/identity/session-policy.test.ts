import { describe, expect, it } from 'vitest';
import { lastSeenIsStale, SESSION_ABSOLUTE_TIMEOUT_MS, SESSION_IDLE_TIMEOUT_MS, sessionEnd } from '../../../../client/identity/session-policy';

const start = new Date('2026-12-01T01:00:00Z');
const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('session policy', () => {
  it('lasts 12 hours at most and 30 minutes without activity', () => {
    expect(SESSION_ABSOLUTE_TIMEOUT_MS).toBe(12 * 60 * 60_000);
    expect(SESSION_IDLE_TIMEOUT_MS).toBe(30 * 60_000);
    const session = { lastSeenAt: start, expiresAt: after(12 * 60), revokedAt: null };
    expect(sessionEnd(session, after(29))).toBeNull();
    expect(sessionEnd(session, after(30))).toBe('idle');
    expect(sessionEnd({ ...session, lastSeenAt: after(12 * 60 - 1) }, after(12 * 60))).toBe('expired');
    expect(sessionEnd({ ...session, revokedAt: after(1) }, after(2))).toBe('revoked');
  });

  it('writes "last seen" again only after a minute', () => {
    expect(lastSeenIsStale(null, start)).toBe(true);
    expect(lastSeenIsStale(start, after(0.99))).toBe(false);
    expect(lastSeenIsStale(start, after(1))).toBe(true);
  });
});
