// Who is calling: a bearer token (scripts) or the session cookie (browsers), resolved against
// PostgreSQL on every request, so that any instance behind a proxy answers the same and a
// revoked session or token stops working at once. Nothing about a caller is kept in memory.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TAppContext } from '../client/app-context';
import { AppError } from '../client/errors';
import type { TIdentity } from '../client/identity/identity';
import { identityFromSession, identityFromToken } from '../client/identity/sign-in';
import { formCarriesToken } from '../web/csrf';

export const SESSION_COOKIE = 'dondoc_session';
/**
 * A cookie-authenticated change must carry this header. A page on another site cannot set a
 * custom header without a CORS preflight, which this server never grants: that is the CSRF
 * defence for the API (SameSite=Strict cookies are the second one).
 */
export const CSRF_HEADER = 'x-dondoc-request';

declare module 'fastify' {
  interface FastifyRequest {
    identity: TIdentity | null;
  }
}

const bearer = /^Bearer\s+(\S+)$/i;

export async function resolveIdentity(context: TAppContext, request: FastifyRequest): Promise<TIdentity | null> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const token = bearer.exec(authorization)?.[1];
    if (!token) throw new AppError('the Authorization header must be "Bearer <token>" (dondoc token create gives one).', 'unauthenticated');
    return identityFromToken(context, token);
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return null;
  // An expired or revoked session is no identity: the caller is anonymous (a route that needs one
  // answers 401), and can still sign in again with the stale cookie in the browser.
  const identity = await identityFromSession(context, secret).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'unauthenticated') return null;
    throw error;
  });
  if (!identity) return null;
  const changes = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
  // A form of dondoc's own pages carries the session's form token instead of the header.
  const fromPage = !request.url.startsWith('/api/') && formCarriesToken(request, secret);
  if (changes && request.headers[CSRF_HEADER] !== '1' && !fromPage) {
    throw new AppError(`a change made with a session cookie must carry the header ${CSRF_HEADER}: 1 (cross-site request protection); nothing was changed.`, 'forbidden');
  }
  return identity;
}

/** The signed-in identity, or a 401 with what to do. */
export function requireIdentity(request: FastifyRequest): TIdentity {
  if (!request.identity) throw new AppError('sign in first (POST /api/session), or send a bearer token (dondoc token create).', 'unauthenticated');
  return request.identity;
}

export function setSessionCookie(reply: FastifyReply, secret: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires: expiresAt });
}
