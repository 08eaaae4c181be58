// Forms cannot send the API's cross-site header, so every form that changes something carries a
// token derived from the session secret (one-way: the token does not reveal the secret). A page
// on another site can neither read the session cookie nor compute the token; SameSite=Strict
// cookies are the second defence.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const CSRF_FIELD = '_csrf';

export function csrfTokenFor(sessionSecret: string): string {
  return createHash('sha256').update(`dondoc-form:${sessionSecret}`).digest('base64url');
}

/** The `_csrf` field of a parsed form body: a plain value (url-encoded) or a multipart field. */
function fieldOf(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const field = (body as Record<string, unknown>)[CSRF_FIELD];
  if (typeof field === 'string') return field;
  if (field && typeof field === 'object' && 'value' in field && typeof (field as { value: unknown }).value === 'string') return (field as { value: string }).value;
  return null;
}

/** True when a form sent with the session cookie carries that session's token. */
export function formCarriesToken(request: FastifyRequest, sessionSecret: string): boolean {
  const sent = fieldOf(request.body);
  if (!sent) return false;
  const expected = Buffer.from(csrfTokenFor(sessionSecret));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
