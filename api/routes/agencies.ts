// The 2025 reorganisation through the API: an agency's open work passes to its successor from a
// day, as `dondoc agency succeed` does. Changing the registry is an administrator's work.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../../client/app-context';
import { succeedAgency, ZSucceedAgencyInput } from '../../client/agencies/succeed-agency';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { actorOf, requireRole } from './actor';

const ZSuccessionResult = z.object({
  moved: z.array(z.string()).describe('open assignments the successor now answers for'),
  alreadyMoved: z.number().describe('assignments an earlier run of the same succession had moved'),
  closed: z.number().describe('finished assignments, which keep their agency'),
  oversightMoved: z.array(z.string()).describe('open assignments the old agency monitored or led: the successor oversees them now'),
});

export function registerAgencyRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.post('/api/agencies/successions', {
    schema: {
      tags: ['admin'],
      summary: 'An agency succeeded by another from a day (a reorganisation): its open work, deadlines and history pass to the successor (administrators)',
      body: ZSucceedAgencyInput,
      response: { 200: ZSuccessionResult, ...errorResponses },
    },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['admin'], 'recording an agency succession (a change to the registry)');
    return succeedAgency(context, actorOf(identity), request.body);
  });
}
