// A password or token made by a form is shown once, on the page the form leads to (after the
// 303 redirect), and never again: it waits here, in this process's memory only, keyed by the
// session's form token, until that page takes it. Nothing is written to disk or the database.

export interface TOneTimeSecret {
  kind: 'password' | 'token';
  /** Whose password, or whose token. */
  login: string;
  secret: string;
  /** The token's prefix, to find it in the list. */
  prefix?: string;
}

/** Long enough for the redirect that follows the form; a secret nobody fetched is dropped after it. */
const KEEP_MS = 5 * 60 * 1000;
/** Bounds the memory a burst of forms can take; the oldest waiting secrets go first. */
const MAX_WAITING = 1_000;

const waiting = new Map<string, { secret: TOneTimeSecret; until: number }>();

export function keepOneTimeSecret(sessionKey: string, secret: TOneTimeSecret, now = Date.now()): void {
  for (const [key, entry] of waiting) if (entry.until <= now) waiting.delete(key);
  while (waiting.size >= MAX_WAITING) waiting.delete(waiting.keys().next().value!);
  waiting.set(sessionKey, { secret, until: now + KEEP_MS });
}

/** The secret waiting for this session, removed as it is taken: a reload does not show it again. */
export function takeOneTimeSecret(sessionKey: string, now = Date.now()): TOneTimeSecret | null {
  const entry = waiting.get(sessionKey);
  waiting.delete(sessionKey);
  return entry && entry.until > now ? entry.secret : null;
}
