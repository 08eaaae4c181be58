// The random secrets of sign-in: the session cookie, the API token, the one-time password. Only
// a secret's SHA-256 is stored, so a copy of the database lets nobody sign in. SHA-256 without
// salt is enough here (unlike passwords): the secrets are 256 random bits, not guessable words.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: as many as a SHA-256 can tell apart, beyond any guessing. */
const SECRET_BYTES = 32;
export const API_TOKEN_MARK = 'ddk_';
/** "ddk_" and 8 characters: enough to recognise a token in a list (48 random bits), far too few to use it. */
export const API_TOKEN_PREFIX_LENGTH = API_TOKEN_MARK.length + 8;
/** 32 bytes in base64url are 43 characters. */
const SECRET_LENGTH = 43;

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The secret the session cookie carries. */
export function newSessionSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** A bearer token, "ddk_" (dondoc key, so that secret scanners and people recognise it) and 43 characters. */
export function newApiToken(): { token: string; prefix: string } {
  const token = API_TOKEN_MARK + randomBytes(SECRET_BYTES).toString('base64url');
  return { token, prefix: token.slice(0, API_TOKEN_PREFIX_LENGTH) };
}

/** Whether the text can be a session secret at all: anything else is refused without a database query. */
export function looksLikeSessionSecret(text: string): boolean {
  return text.length === SECRET_LENGTH && /^[A-Za-z0-9_-]+$/.test(text);
}

export function looksLikeApiToken(text: string): boolean {
  return text.startsWith(API_TOKEN_MARK) && looksLikeSessionSecret(text.slice(API_TOKEN_MARK.length));
}

/** A password shown once to the person it is for: 18 random bytes (144 bits), 24 base64url characters to copy and paste. */
export function newOneTimePassword(): string {
  return randomBytes(18).toString('base64url');
}
