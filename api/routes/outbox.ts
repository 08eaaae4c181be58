// The mail the embedded SMTP capture stored instead of sending (no SMTP_URL), for
// administrators of a one-machine dondoc: what `dondoc outbox` shows.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAgencyCode } from '../../client/actor';
import type { TAppContext } from '../../client/app-context';
import { AppError } from '../../client/errors';
import { listOutbox, showOutboxMessage } from '../../client/outbox/read-outbox';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { actorOf, requireRole } from './actor';

const ZEntry = z.object({
  id: z.string(),
  storedAt: z.string().nullable(),
  date: z.string().nullable(),
  messageId: z.string().nullable(),
  from: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  agencies: z.array(z.string()),
  kind: z.string().nullable(),
  noticeKey: z.string().nullable(),
  attachments: z.array(z.object({ filename: z.string().nullable(), contentType: z.string(), size: z.number() })),
});

export function registerOutboxRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const administrator = (request: Parameters<typeof requireIdentity>[0]) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['admin'], 'reading the outbox');
    if (context.config.smtpUrl) throw new AppError('there is no outbox: this dondoc sends its mail through SMTP_URL (the outbox keeps mail only when dondoc runs embedded, without SMTP_URL).', 'not_found');
    return actorOf(identity);
  };

  app.get('/api/outbox', {
    schema: {
      tags: ['admin'],
      summary: 'Mail stored by the embedded capture instead of being sent, newest last (administrators, embedded mode)',
      querystring: z.object({ agency: ZAgencyCode.optional(), since: z.iso.datetime({ offset: true }).optional().describe('only mail stored at or after this instant') }),
      response: { 200: z.object({ entries: z.array(ZEntry) }), ...errorResponses },
    },
  }, async (request) => {
    const actor = administrator(request);
    const { entries } = await listOutbox(context, actor, { agency: request.query.agency, since: request.query.since ? new Date(request.query.since) : undefined });
    return { entries: entries.map((entry) => ZEntry.parse(entry)) };
  });

  app.get('/api/outbox/:id', {
    schema: {
      tags: ['admin'],
      summary: 'One stored message: its headers, text and calendar invites (administrators, embedded mode)',
      params: z.object({ id: z.string().min(1).max(300).refine((id) => !/[/\\]|\.\./.test(id), 'an outbox id, as GET /api/outbox lists them (or its first characters)') }),
      response: { 200: ZEntry.extend({ text: z.string(), html: z.string().nullable(), calendars: z.array(z.object({ filename: z.string().nullable(), content: z.string() })) }), ...errorResponses },
    },
  }, async (request) => {
    const message = await showOutboxMessage(context, administrator(request), { id: request.params.id });
    return { ...ZEntry.parse(message), text: message.text, html: message.html, calendars: message.calendars };
  });
}
