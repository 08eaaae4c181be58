// Obstacles (vướng mắc): the list, one obstacle with its history, the report, and the steps of
// the monitoring department and the People's Committee. Each is authorised here from the
// signed-in identity (a refusal is a 403 the error handler records), then checked again by the
// use-case and by the obstacle's workflow.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import { authorizeObstacle, OBSTACLE_READERS, obstacleActorOf, readsAllObstacles } from '../../client/access/authorize-obstacle';
import type { TObstacleAction } from '../../client/access/obstacle-access';
import type { TAppActor } from '../../client/actor';
import type { TAppContext } from '../../client/app-context';
import { AppError } from '../../client/errors';
import { answerObstacle, decideObstacle, forwardObstacle, ZAnswerObstacleInput, ZDecideObstacleInput, ZForwardObstacleInput } from '../../client/obstacles/act-on-obstacle';

import { reportObstacle, ZReportObstacleInput } from '../../client/obstacles/report-obstacle';
import { listObstacles, showObstacle } from '../../client/obstacles/read-obstacles';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { loose } from '../loose';
import { requireRole } from './actor';

const ZObstacleId = z.object({ id: z.string().min(3).max(300).describe('the obstacle id, URL-encoded (its slashes as %2F)') });
const ZObstacle = z.looseObject({ id: z.string(), phase: z.string(), closed: z.boolean() });
const ZObstacleStatus = z.looseObject({ obstacleId: z.string(), phase: z.string(), closed: z.boolean() });
const readEverything = OBSTACLE_READERS;
const readsAll = readsAllObstacles;

export function registerObstacleRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const authorize = async (identity: Parameters<typeof authorizeObstacle>[1], obstacleId: string, action: TObstacleAction) => {
    await authorizeObstacle(context, identity, obstacleId, action);
  };

  app.get('/api/obstacles', {
    schema: {
      tags: ['obstacles'],
      summary: "Obstacles (vướng mắc), oldest first; an officer sees those its agency reported, answers or decides",
      querystring: z.object({ agency: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional().describe('only those this agency reported'), plan: z.string().min(1).max(200).optional(), open: z.enum(['true', 'false']).optional() }),
      response: { 200: z.object({ items: z.array(ZObstacle) }), ...errorResponses },
    },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['officer', ...readEverything], 'reading obstacles');
    const open = request.query.open === undefined ? undefined : request.query.open === 'true';
    const rows = await listObstacles(context, obstacleActorOf(identity), { agency: request.query.agency, planId: request.query.plan, open, readsAll: readsAll(identity) });
    return { items: rows.map(loose) };
  });

  app.get('/api/obstacles/:id', {
    schema: { tags: ['obstacles'], summary: 'One obstacle and its history from the audit log', params: ZObstacleId, response: { 200: z.looseObject({ obstacle: ZObstacle, history: z.array(z.looseObject({})) }), ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['officer', ...readEverything], 'reading obstacles');
    await authorize(identity, request.params.id, 'read');
    const shown = await showObstacle(context, obstacleActorOf(identity), { obstacleId: request.params.id, readsAll: true });
    return { obstacle: loose(shown.obstacle), history: shown.history.map((entry) => loose({ ...entry, sequence: String(entry.sequence) })) };
  });

  app.post('/api/obstacles', {
    schema: { tags: ['obstacles'], summary: 'Report an obstacle in writing, on an assignment your agency answers for or on a plan (an officer)', body: ZReportObstacleInput, response: { 200: ZObstacleStatus, ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['officer'], 'reporting an obstacle');
    if (request.body.assignmentId) await authorizeAssignment(context, identity, { assignmentId: request.body.assignmentId, action: 'report-obstacle' });
    else if (!identity.agency) throw new AppError(`${identity.login} acts for no agency: an obstacle is reported for an agency.`, 'forbidden');
    return loose(await reportObstacle(context, obstacleActorOf(identity), request.body)) as z.infer<typeof ZObstacleStatus>;
  });

  const steps = {
    answer: { body: ZAnswerObstacleInput, summary: 'Answer the obstacle (the monitoring department the plan names)', run: answerObstacle },
    forward: { body: ZForwardObstacleInput, summary: "Forward the obstacle to the People's Committee with the department's opinion (the monitoring department)", run: forwardObstacle },
    decision: { body: ZDecideObstacleInput, summary: "Record the People's Committee's decision: answered, amend-plan or rejected (a person of the Committee)", run: decideObstacle },
  } as const;
  for (const [path, step] of Object.entries(steps)) {
    const action: TObstacleAction = path === 'decision' ? 'decide' : (path as TObstacleAction);
    app.post(`/api/obstacles/:id/${path}`, {
      schema: { tags: ['obstacles'], summary: step.summary, params: ZObstacleId, body: step.body, response: { 200: ZObstacleStatus, ...errorResponses } },
    }, async (request) => {
      const identity = requireIdentity(request);
      await authorize(identity, request.params.id, action);
      const run = step.run as (context: TAppContext, actor: TAppActor, input: Record<string, unknown>) => Promise<object>;
      return loose(await run(context, obstacleActorOf(identity), { obstacleId: request.params.id, ...(request.body as Record<string, unknown>) })) as z.infer<typeof ZObstacleStatus>;
    });
  }
}
