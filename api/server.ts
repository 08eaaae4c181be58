// dondoc's HTTP API: Fastify with zod schemas for every request and response, the OpenAPI
// document generated from the same schemas (/api/openapi.json, docs at /api/docs), one error
// shape, and the identity of the caller resolved from a token or a session on every request.
// The routes are thin over the application layer (client/); no state is kept in memory.
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { TAppContext } from '../client/app-context';
import { recordRequestRefusal } from '../client/audit/record-refusal';
import { AppError } from '../client/errors';
import { resolveIdentity } from './authentication';
import { errorBody, statusOf } from './error-shape';
import { registerAgencyRoutes } from './routes/agencies';
import { registerAssignmentRoutes } from './routes/assignments';
import { registerAuditRoutes } from './routes/audit';
import { registerOutboxRoutes } from './routes/outbox';
import { OIDC_SIGN_ON_PATH, registerOidcRoutes } from './routes/oidc';
import { registerPlanRoutes } from './routes/plans';
import { registerReportRoutes } from './routes/reports';
import { registerSessionRoutes } from './routes/session';
import { registerUserRoutes } from './routes/users';
import { registerObstacleRoutes } from './routes/obstacles';
import { sendErrorPage } from '../web/error-page';
import { isPageRequest } from '../web/page-context';
import { isOpenPage, registerWebPages } from '../web/register-pages';

export interface TApiServerOptions {
  context: TAppContext;
  /** Cookies marked Secure: true when the API is served over TLS (DONDOC_BASE_URL https://…). */
  secureCookies?: boolean;
}

/** A report or a plan is a few kilobytes; a megabyte is far beyond any legitimate request. */
const BODY_LIMIT_BYTES = 1_048_576;

export async function buildApiServer(options: TApiServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, trustProxy: true });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The default content security policy (scripts only from this site, none inline, forms only to
  // this site), without upgrading requests to https on a server reached over plain http.
  const secure = options.secureCookies ?? false;
  await app.register(helmet, { contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': secure ? [] : null } } });
  // Per client address and per instance (kept in memory: a limit, not state the answers depend
  // on). Sign-in has its own growing wait, kept in the database for every instance.
  const perMinute = options.context.config.api.rateLimitPerMinute ?? 1_200;
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, limit) => new AppError(`more than ${limit.max} requests a minute from this address: wait ${Math.ceil(limit.ttl / 1000)} s (the Retry-After header says when) and slow down.`, 'rate_limited'),
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'dondoc API', version: '1', description: 'Assignments, reports, extensions, explanations and the audit timeline of the plans dondoc runs.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'dondoc_session' } } },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.decorateRequest('identity', null);
  // Signing in needs no identity (a stale cookie must not stand in the way), nor do the document and its pages.
  const open = (url: string | undefined, method: string) =>
    isOpenPage(url, method) ||
    (url === '/api/session' && method === 'POST') || url?.startsWith(OIDC_SIGN_ON_PATH) || url === '/api/openapi.json' || url?.startsWith('/api/docs');
  app.addHook('preHandler', async (request) => {
    if (open(request.routeOptions.url, request.method)) return;
    request.identity = await resolveIdentity(options.context, request);
  });

  app.setErrorHandler(async (error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors = error.validation.map((issue) => ({ path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`, message: issue.message ?? 'invalid' }));
      return reply.status(400).send(errorBody('bad_input', `invalid request: ${fieldErrors.map((field) => `${field.path}: ${field.message}`).join('; ')}. Nothing was changed.`, fieldErrors));
    }
    if (error instanceof AppError) {
      // Every request refused for who sent it is on record, with what was sent (secrets removed).
      if (error.code === 'forbidden' && !error.recorded && request.identity) {
        const warning = await recordRequestRefusal(options.context, {
          actor: { agency: request.identity.agency, user: request.identity.login, roles: request.identity.roles },
          endpoint: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
          reason: error.message,
          input: { params: request.params, query: request.query, body: request.body },
          occurredAt: new Date(),
        });
        if (warning) console.error(`dondoc api: ${warning}`);
      }
      if (isPageRequest(request)) return sendErrorPage(request, reply, error.code, error.message);
      return reply.status(statusOf[error.code]).send(errorBody(error.code, error.message, error.fieldErrors));
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (isPageRequest(request)) {
      if (status && status >= 400 && status < 500) return sendErrorPage(request, reply, 'bad_input', (error as Error).message);
      console.error('dondoc web: unexpected error', error);
      return sendErrorPage(request, reply, 'failure', 'the server failed to answer; the server log has the details.');
    }
    if (status === 413) return reply.status(413).send(errorBody('bad_input', `the request body is larger than ${BODY_LIMIT_BYTES} bytes.`));
    if (status && status >= 400 && status < 500) return reply.status(400).send(errorBody('bad_input', `${(error as Error).message}. Nothing was changed.`));
    console.error('dondoc api: unexpected error', error);
    return reply.status(500).send(errorBody('failure', 'the server failed to answer; nothing is known to have changed. The server log has the details.'));
  });
  app.setNotFoundHandler((request, reply) => isPageRequest(request) ? sendErrorPage(request, reply, 'not_found', `no page at ${request.url.split('?')[0]}`) : reply.status(404).send(errorBody('not_found', `no such endpoint: ${request.method} ${request.url.split('?')[0]} (GET /api/openapi.json lists them).`)));

  registerSessionRoutes(app, options);
  registerOidcRoutes(app, options);
  registerPlanRoutes(app, options.context);
  registerAssignmentRoutes(app, options.context);
  registerAuditRoutes(app, options.context);
  registerReportRoutes(app, options.context);
  registerUserRoutes(app, options.context);
  registerAgencyRoutes(app, options.context);
  registerOutboxRoutes(app, options.context);
  registerObstacleRoutes(app, options.context);
  await registerWebPages(app, { context: options.context, secureCookies: secure });
  return app;
}
