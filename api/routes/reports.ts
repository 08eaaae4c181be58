// A reporting period consolidated, and the report draft of one assignment.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { draftReport } from '../../client/reports/draft-report';
import { consolidatedReport } from '../../client/reports/consolidated-report';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { loose } from '../loose';
import { actorOf, requireRole } from './actor';

export function registerReportRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get('/api/reports/:cycle', {
    schema: {
      tags: ['reports'],
      summary: 'One period of a reporting cycle (or a review), consolidated: each unit on time, late or missing, the indicators summed',
      params: z.object({ cycle: z.string().regex(/^[A-Z0-9_]+$/) }),
      querystring: z.object({ period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|M\d{2}))?$|^once$/).optional(), plan: z.string().min(1).optional() }),
      response: { 200: z.looseObject({ planId: z.string(), cycle: z.string(), period: z.string() }), ...errorResponses },
    },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['monitor', 'leadership', 'auditor'], 'reading a consolidated report');
    const view = await consolidatedReport(context, actorOf(identity), { cycle: request.params.cycle, period: request.query.period, planId: request.query.plan });
    return loose(view);
  });

  app.get('/api/assignments/:id/report-draft', {
    schema: { tags: ['reports'], summary: 'The report an assignment owes, prefilled (a consolidation: the units’ figures summed)', params: z.object({ id: z.string().min(3).max(300) }), response: { 200: z.looseObject({ assignmentId: z.string() }), ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    await authorizeAssignment(context, identity, { assignmentId: request.params.id, action: 'read' });
    return loose(await draftReport(context, actorOf(identity), { assignmentId: request.params.id }));
  });
}
