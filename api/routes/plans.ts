// The plans and their tasks.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../../client/app-context';
import { listPlans, listPlanTasks } from '../../client/plans/read-plans';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { actorOf } from './actor';

const ZPlan = z.object({ id: z.string(), number: z.string().nullable(), title: z.string(), issuer: z.string(), issuedOn: z.string().nullable(), startsOn: z.string().nullable(), endsOn: z.string().nullable(), version: z.number(), loadedAt: z.string(), tasks: z.number() });
const ZTask = z.object({
  ref: z.string(),
  groupTitle: z.string().nullable(),
  text: z.string(),
  kind: z.string(),
  lead: z.string().nullable(),
  coordinators: z.array(z.string()),
  dueOn: z.string().nullable(),
  recurrence: z.string().nullable(),
  indicators: z.array(z.string()),
  cancelledAt: z.string().nullable(),
});

export function registerPlanRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get('/api/plans', { schema: { tags: ['plans'], summary: 'The plans loaded, with their number of tasks', response: { 200: z.array(ZPlan), ...errorResponses } } }, async (request) =>
    listPlans(context, actorOf(requireIdentity(request))),
  );
  app.get('/api/plans/:planId/tasks', {
    schema: { tags: ['plans'], summary: 'The tasks of a plan with their lead (chủ trì) and coordinating (phối hợp) agencies', params: z.object({ planId: z.string().min(1).max(200) }), response: { 200: z.array(ZTask), ...errorResponses } },
  }, async (request) => listPlanTasks(context, actorOf(requireIdentity(request)), { planId: request.params.planId }));
}
