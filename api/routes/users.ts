// Users and tokens, for administrators: the same use-cases as `dondoc user` and `dondoc token`.
// The use-cases check that the caller is an enabled administrator.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../../client/app-context';
import { ZAddUserInput, ZCreateTokenInput, ZLogin, ZNewPassword, ZRoles } from '../../client/identity/identity';
import { createToken, listTokens, revokeToken } from '../../client/identity/tokens';
import { addUser, disableUser, enableUser, listUsers, resetPassword, setRoles, type TUserWithPassword } from '../../client/identity/users';
import { ZAgencyCode } from '../../client/actor';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { actorOf, requireRole } from './actor';

const ZUser = z.object({ login: z.string(), displayName: z.string(), agency: z.string().nullable(), roles: z.array(z.string()), disabledAt: z.string().nullable(), createdAt: z.string() });
const ZToken = z.object({ prefix: z.string(), name: z.string(), login: z.string(), createdAt: z.string(), expiresAt: z.string().nullable(), revokedAt: z.string().nullable(), lastUsedAt: z.string().nullable(), state: z.string() });

/** Instants as ISO 8601 text, as everywhere in the API. */
function withIsoDates<T extends object>(value: T): { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] } {
  return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, each instanceof Date ? each.toISOString() : each])) as never;
}
const ZLoginParams = z.object({ login: ZLogin });

export function registerUserRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  /** The caller as an administrator: a 403 before the use-case if the role is missing. */
  const admin = (request: Parameters<typeof requireIdentity>[0]) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['admin'], 'managing users and tokens');
    return actorOf(identity);
  };
  const withPassword = z.object({ user: ZUser, oneTimePassword: z.string().nullable() });
  const withPassword_ = (added: TUserWithPassword) => ({ user: withIsoDates(added.user), oneTimePassword: added.oneTimePassword });

  app.get('/api/users', { schema: { tags: ['admin'], summary: 'Users, with their agency and roles', querystring: z.object({ agency: ZAgencyCode.optional() }), response: { 200: z.array(ZUser), ...errorResponses } } }, async (request) =>
    (await listUsers(context, admin(request), { agency: request.query.agency })).map(withIsoDates),
  );
  app.post('/api/users', { schema: { tags: ['admin'], summary: 'Add a user; without a password, a one-time password is returned once', body: ZAddUserInput, response: { 200: withPassword, ...errorResponses } } }, async (request) =>
    withPassword_(await addUser(context, admin(request), request.body)),
  );
  app.post('/api/users/:login/disable', { schema: { tags: ['admin'], summary: 'Disable a user: sessions end, tokens stop working', params: ZLoginParams, response: { 200: ZUser, ...errorResponses } } }, async (request) =>
    withIsoDates(await disableUser(context, admin(request), { login: request.params.login })),
  );
  app.post('/api/users/:login/enable', { schema: { tags: ['admin'], summary: 'Enable a user again', params: ZLoginParams, response: { 200: ZUser, ...errorResponses } } }, async (request) =>
    withIsoDates(await enableUser(context, admin(request), { login: request.params.login })),
  );
  app.post('/api/users/:login/password', { schema: { tags: ['admin'], summary: 'Reset a password (a one-time password when none is given)', params: ZLoginParams, body: z.object({ password: ZNewPassword.optional() }), response: { 200: withPassword, ...errorResponses } } }, async (request) =>
    withPassword_(await resetPassword(context, admin(request), { login: request.params.login, password: request.body.password })),
  );
  app.put('/api/users/:login/roles', { schema: { tags: ['admin'], summary: 'Set the roles (and the agency) of a user', params: ZLoginParams, body: z.object({ roles: ZRoles, agency: ZAgencyCode.nullable().optional() }), response: { 200: ZUser, ...errorResponses } } }, async (request) =>
    withIsoDates(await setRoles(context, admin(request), { login: request.params.login, ...request.body })),
  );

  app.get('/api/tokens', { schema: { tags: ['admin'], summary: 'Bearer tokens, with their last use', querystring: z.object({ login: ZLogin.optional() }), response: { 200: z.array(ZToken), ...errorResponses } } }, async (request) =>
    (await listTokens(context, admin(request), { login: request.query.login })).map(withIsoDates),
  );
  app.post('/api/tokens', { schema: { tags: ['admin'], summary: 'Create a bearer token for a user: the token is in this answer only', body: ZCreateTokenInput, response: { 200: z.object({ token: z.string(), prefix: z.string(), expiresAt: z.string() }), ...errorResponses } } }, async (request) =>
    withIsoDates(await createToken(context, admin(request), request.body)),
  );
  app.delete('/api/tokens/:prefix', { schema: { tags: ['admin'], summary: 'Revoke a token', params: z.object({ prefix: z.string() }), response: { 200: ZToken, ...errorResponses } } }, async (request) =>
    withIsoDates(await revokeToken(context, admin(request), { prefix: request.params.prefix })),
  );
}
