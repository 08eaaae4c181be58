// Single sign-on through the province's identity provider (OpenID Connect). The browser is sent
// to the provider with a short-lived cookie naming the sign-on it began; the provider sends it
// back to the callback, which opens the same session a password does and goes on to `returnTo`.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZReturnTo } from '../../client/identity/oidc-inputs';
import { beginOidcSignOn, finishOidcSignOn, OIDC_SIGN_ON_LIFETIME_MS } from '../../client/identity/oidc-sign-on';
import { OIDC_CALLBACK_PATH } from '../../config/oidc';
import { setSessionCookie } from '../authentication';
import { errorResponses } from '../error-shape';
import type { TApiServerOptions } from '../server';

export const OIDC_SIGN_ON_PATH = '/api/session/oidc';
/** Holds the secret naming the sign-on in progress; sent only to the two sign-on routes. */
export const OIDC_COOKIE = 'dondoc_oidc';

const redirect = z.null().describe('a redirect (Location header); no body');

export function registerOidcRoutes(server: FastifyInstance, options: TApiServerOptions): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { context } = options;
  // SameSite=Lax, not Strict: the provider's redirect back is a navigation from another site,
  // and the cookie must come with it. It only names a sign-on; it opens nothing by itself.
  const cookieOptions = { path: OIDC_SIGN_ON_PATH, httpOnly: true, sameSite: 'lax', secure: options.secureCookies ?? false } as const;

  app.get(OIDC_SIGN_ON_PATH, {
    schema: {
      tags: ['session'],
      summary: 'Sign in through the identity provider (OpenID Connect): redirects the browser to it',
      description: 'Answers 404 while single sign-on is off (DONDOC_OIDC_ISSUER unset). `returnTo`: the local path to open once signed in (default /).',
      security: [],
      querystring: z.object({ returnTo: ZReturnTo }),
      response: { 302: redirect, ...errorResponses },
    },
  }, async (request, reply) => {
    const begun = await beginOidcSignOn(context, { returnTo: request.query.returnTo });
    reply.setCookie(OIDC_COOKIE, begun.signOnSecret, { ...cookieOptions, maxAge: OIDC_SIGN_ON_LIFETIME_MS / 1000 });
    reply.header('cache-control', 'no-store');
    return reply.redirect(begun.authorizationUrl, 302);
  });

  app.get(OIDC_CALLBACK_PATH, {
    schema: {
      tags: ['session'],
      summary: 'Where the identity provider sends the browser back: opens the session (the session cookie) and redirects to returnTo',
      description: 'Refused (401 or 403, written to the audit log) when the answer does not belong to the sign-on this browser began, the provider refused, or the claims name an unknown agency or role or a disabled user.',
      security: [],
      querystring: z.looseObject({ code: z.string().optional(), state: z.string().optional(), iss: z.string().optional(), error: z.string().optional() }),
      response: { 302: redirect, ...errorResponses },
    },
  }, async (request, reply) => {
    // The sign-on is used once, whatever the outcome: the cookie goes too.
    reply.clearCookie(OIDC_COOKIE, cookieOptions);
    reply.header('cache-control', 'no-store');
    const callbackQuery = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const signedIn = await finishOidcSignOn(context, { signOnSecret: request.cookies[OIDC_COOKIE], callbackQuery, clientAddress: request.ip });
    setSessionCookie(reply, signedIn.sessionSecret, signedIn.expiresAt, options.secureCookies ?? false);
    return reply.redirect(signedIn.returnTo, 302);
  });
}
