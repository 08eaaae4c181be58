// The web pages, served by the same server as the API (one identity, one audit log). Each page
// module registers its own routes here; the stylesheet is served with a long cache.
import formBody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { TAppContext } from '../client/app-context';
import { STYLESHEET } from './assets/stylesheet';
import { STYLESHEET_PATH } from './layout';
import { registerObstaclePages } from './routes/obstacles';
import { registerAdminPages } from './routes/admin';
import { registerReportPages } from './routes/reports';
import { registerBoardPages } from './routes/board';
import { registerAssignmentPages } from './routes/assignment';
import { registerAuditPages } from './routes/audit';
import { registerDeskPages } from './routes/desk';
import { registerSignInPages } from './routes/sign-in';

export interface TWebPagesOptions {
  context: TAppContext;
  secureCookies: boolean;
}

/** Paths a visitor may open without signing in. */
export function isOpenPage(url: string | undefined, method: string): boolean {
  return url === '/sign-in' || url?.startsWith('/assets/') === true || (url === '/' && method === 'GET');
}

export async function registerWebPages(app: FastifyInstance, options: TWebPagesOptions): Promise<void> {
  await app.register(formBody, { bodyLimit: 1_048_576 });
  app.get(STYLESHEET_PATH, async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET));
  registerSignInPages(app, options.context, { secureCookies: options.secureCookies, singleSignOn: options.context.config.oidc !== null });
  registerObstaclePages(app, options.context);
  registerReportPages(app, options.context);
  registerAdminPages(app, options.context);
  registerBoardPages(app, options.context);
  registerAssignmentPages(app, options.context);
  registerAuditPages(app, options.context);
  registerDeskPages(app, options.context);
}
