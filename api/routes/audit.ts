// The audit timeline of one assignment (JSON or CSV) and the verification of the hash chain.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { auditReportCsv, auditReportJson } from '../../client/audit/audit-export';
import { auditTimeline } from '../../client/audit/audit-timeline';
import { verifyAuditChain } from '../../client/audit/verify-audit-chain';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { actorOf, requireRole } from './actor';

export function registerAuditRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get('/api/assignments/:id/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The timeline: Temporal history joined with the hash-chained audit log, refusals included',
      params: z.object({ id: z.string().min(3).max(300) }),
      querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
      response: { 200: z.string(), ...errorResponses },
    },
  }, async (request, reply) => {
    const identity = requireIdentity(request);
    await authorizeAssignment(context, identity, { assignmentId: request.params.id, action: 'read-audit' });
    const report = await auditTimeline(context, actorOf(identity), { assignmentId: request.params.id });
    if (request.query.format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="audit.csv"');
      return auditReportCsv(report);
    }
    reply.header('content-type', 'application/json; charset=utf-8');
    return auditReportJson(report);
  });

  app.get('/api/audit/verify', {
    schema: { tags: ['audit'], summary: 'Recompute the hash chain of the whole audit log', response: { 200: z.object({ ok: z.boolean(), checked: z.number(), firstBroken: z.object({ sequence: z.string(), reason: z.string() }).nullable() }), ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['auditor', 'admin', 'monitor', 'leadership'], 'verifying the audit chain');
    const verification = await verifyAuditChain(context, actorOf(identity));
    return { ok: verification.ok, checked: verification.checked, firstBroken: verification.firstBroken ? { sequence: String(verification.firstBroken.sequence), reason: verification.firstBroken.reason } : null };
  });
}
