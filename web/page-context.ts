// What every page handler needs: who is signed in (or a redirect to the sign-in page), the
// language, the form token, and one way to send the page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../api/authentication';
import { AppError } from '../client/errors';
import type { TIdentity, TUserRole } from '../client/identity/identity';
import { csrfTokenFor } from './csrf';
import { langOf, type TLang } from './i18n';
import { renderPage } from './layout';
import type { SafeHtml } from './html';

export interface TPage {
  identity: TIdentity;
  lang: TLang;
  /** The token every form of this page must carry in its `_csrf` field. */
  csrfToken: string;
  /** The path and query of this request. */
  path: string;
}

/** Pages are everything outside /api/. */
export function isPageRequest(request: FastifyRequest): boolean {
  return !request.url.startsWith('/api/') && request.url !== '/api';
}

/**
 * The signed-in user of a page, who must hold one of the roles (a 403 refusal page, on record,
 * otherwise). A visitor who is not signed in is sent to the sign-in page, and back after it.
 */
export function openPage(request: FastifyRequest, reply: FastifyReply, roles: TUserRole[], what: string): TPage {
  const lang = langOf(request, reply);
  const identity = request.identity;
  if (!identity) throw new AppError('sign in first.', 'unauthenticated');
  if (!roles.some((role) => identity.roles.includes(role))) {
    throw new AppError(`${what} is for the role ${roles.join(' or ')}; ${identity.login} has ${identity.roles.join(', ') || 'none'}.`, 'forbidden');
  }
  const secret = request.cookies[SESSION_COOKIE];
  return { identity, lang, csrfToken: secret ? csrfTokenFor(secret) : '', path: request.url };
}

export function sendPage(reply: FastifyReply, page: Pick<TPage, 'identity' | 'lang' | 'csrfToken' | 'path'> | { identity: null; lang: TLang; path: string; csrfToken?: string }, title: string, body: SafeHtml, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderPage({ lang: page.lang, identity: page.identity, csrfToken: page.csrfToken, path: page.path, title, body }));
}

/** After a form is handled: see the result at a page (303, so a reload does not send it again). */
export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
