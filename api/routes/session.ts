// Signing in with a password (a session cookie), signing out, and who am I.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signInWithPassword, signOut } from '../../client/identity/sign-in';
import { requireIdentity, SESSION_COOKIE, setSessionCookie } from '../authentication';
import { errorResponses } from '../error-shape';
import type { TApiServerOptions } from '../server';

const ZIdentity = z.object({ login: z.string(), displayName: z.string(), agency: z.string().nullable(), roles: z.array(z.string()), method: z.string() });

export function registerSessionRoutes(server: FastifyInstance, options: TApiServerOptions): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { context } = options;

  app.post('/api/session', {
    schema: { tags: ['session'], summary: 'Sign in with a login and a password; sets the session cookie', security: [], body: z.object({ login: z.string().min(1).max(200), password: z.string().min(1).max(1_000) }), response: { 200: z.object({ identity: ZIdentity, expiresAt: z.string() }), ...errorResponses } },
  }, async (request, reply) => {
    const { sessionSecret, identity, expiresAt } = await signInWithPassword(context, { login: request.body.login, password: request.body.password, clientAddress: request.ip });
    setSessionCookie(reply, sessionSecret, expiresAt, options.secureCookies ?? false);
    return { identity, expiresAt: expiresAt.toISOString() };
  });

  app.delete('/api/session', {
    schema: { tags: ['session'], summary: 'Sign out: the session is revoked', response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    requireIdentity(request);
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) await signOut(context, secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/me', {
    schema: { tags: ['session'], summary: 'Who is signed in', response: { 200: ZIdentity, ...errorResponses } },
  }, async (request) => requireIdentity(request));
}
