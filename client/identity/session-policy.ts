// How long a browser session lives. Pure rules over the session's times, tested as such.

/**
 * A session ends 12 hours after sign-in, however active: a working day, so that people sign in
 * each morning, and a cookie stolen from a shared office computer is worthless by the next day.
 */
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/**
 * A session unused for 30 minutes ends: a browser left open in an office is not signed in for
 * whoever sits down next, while a person reading a long report between clicks is not thrown out.
 */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/**
 * "Last seen" is written at most once a minute: a page loads many resources, and writing on each
 * request would turn every read into a write. The idle timeout is thus measured to within a minute.
 */
export const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export interface TSessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type TSessionEnd = 'revoked' | 'expired' | 'idle';

/** Why the session has ended at `now`, or null while it is valid. */
export function sessionEnd(session: TSessionTimes, now: Date): TSessionEnd | null {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_TIMEOUT_MS) return 'idle';
  return null;
}

/** Whether `lastSeenAt` is old enough to be written again (see LAST_SEEN_RESOLUTION_MS). */
export function lastSeenIsStale(lastSeenAt: Date | null, now: Date): boolean {
  return !lastSeenAt || now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}
