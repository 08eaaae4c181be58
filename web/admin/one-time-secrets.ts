// A password or token made by a form is shown once, on the page the form leads to (after the
// 303 redirect), and never again. It travels in a short-lived cookie, encrypted with a key
// derived from the session's secret (AES-256-GCM), limited to /admin, HttpOnly and
// SameSite=Strict, and cleared by the page that shows it: no server keeps it, so any instance
// behind a proxy shows it, and a reload does not.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../api/authentication';

export interface TOneTimeSecret {
  kind: 'password' | 'token';
  /** Whose password, or whose token. */
  login: string;
  secret: string;
  /** The token's prefix, to find it in the list. */
  prefix?: string;
}

const COOKIE = 'dondoc_once';
const PATH = '/admin';
/** Long enough for the redirect that follows the form. */
const KEEP_SECONDS = 300;

function keyOf(sessionSecret: string): Buffer {
  return createHash('sha256').update(`dondoc-one-time:${sessionSecret}`).digest();
}

export function keepOneTimeSecret(request: FastifyRequest, reply: FastifyReply, secret: TOneTimeSecret, now = Date.now()): void {
  const session = request.cookies[SESSION_COOKIE];
  if (!session) return;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(session), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify({ ...secret, until: now + KEEP_SECONDS * 1000 }), 'utf8'), cipher.final()]);
  const value = [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
  reply.setCookie(COOKIE, value, { path: PATH, httpOnly: true, sameSite: 'strict', maxAge: KEEP_SECONDS, secure: request.protocol === 'https' });
}

/** The secret waiting for this session, cleared as it is taken; null when there is none, it is stale or was sealed for another session. */
export function takeOneTimeSecret(request: FastifyRequest, reply: FastifyReply, now = Date.now()): TOneTimeSecret | null {
  const value = request.cookies[COOKIE];
  const session = request.cookies[SESSION_COOKIE];
  if (!value) return null;
  reply.clearCookie(COOKIE, { path: PATH });
  if (!session) return null;
  try {
    const [iv, tag, sealed] = value.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', keyOf(session), iv!);
    decipher.setAuthTag(tag!);
    const opened = JSON.parse(Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8')) as TOneTimeSecret & { until: number };
    if (opened.until < now) return null;
    return { kind: opened.kind, login: opened.login, secret: opened.secret, ...(opened.prefix ? { prefix: opened.prefix } : {}) };
  } catch {
    return null;
  }
}
