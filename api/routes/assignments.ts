// Assignments: the list (filtered, paged), one assignment's live status, the status per agency,
// and the actions on one assignment. Each action is authorised from the signed-in identity
// first (client/access), then sent to the workflow, which checks again.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIsoDay } from '../../domain/calendar/iso-day';
import { ZStatusColour } from '../../domain/policy/assignment-status';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAssignmentAction } from '../../client/access/assignment-access';
import type { TAppContext } from '../../client/app-context';
import { requestExplanation, submitExplanation } from '../../client/assignments/explanations';
import { decideExtension, requestExtension } from '../../client/assignments/extensions';
import { listAssignmentPage, statusSummary, ZListAssignmentsInput } from '../../client/assignments/read-assignments';
import { reviewResult, submitResult, ZReportFile } from '../../client/assignments/results';
import { showAssignment } from '../../client/assignments/show-assignment';
import { assignmentRowJson } from '../../client/read-model/assignment-row-json';
import { requireIdentity } from '../authentication';
import { errorResponses } from '../error-shape';
import { loose } from '../loose';
import { actorOf, requireRole } from './actor';

const ZAssignmentId = z.object({ id: z.string().min(3).max(300).describe('the assignment id, URL-encoded (its slashes as %2F)') });

const ZRow = z.object({
  id: z.string(),
  planId: z.string(),
  taskRef: z.string(),
  period: z.string(),
  assigneeAsWritten: z.string(),
  responsibleAgency: z.string(),
  state: z.string(),
  dueAt: z.string().nullable(),
  dueAtLocal: z.string().nullable(),
  completedAt: z.string().nullable(),
  status: z.string().nullable(),
  colour: z.string().nullable(),
  daysOverdue: z.number().nullable(),
  daysLeft: z.number().nullable(),
  workingDaysLeft: z.number().nullable(),
  escalationLevel: z.number(),
  deliveryProblem: z.boolean(),
});

const ZListQuery = z.object({
  agency: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional().describe('the agency answering; an officer always sees its own'),
  state: ZListAssignmentsInput.shape.state,
  overdue: z.enum(['true', 'false']).optional().describe('only overdue work (colour red)'),
  colour: ZStatusColour.optional().describe('grey not yet due, blue in term, yellow due soon (5 working days), red overdue, purple a request (đề nghị) not yet received past its day, green/orange completed on time/late'),
  dueFrom: ZIsoDay.optional().describe('due on or after this day (Vietnam time), YYYY-MM-DD'),
  dueTo: ZIsoDay.optional().describe('due on or before this day, YYYY-MM-DD'),
  plan: z.string().min(1).max(200).optional().describe('a plan id, as GET /api/plans lists them'),
  group: z.string().min(1).max(1_000).optional().describe("the task group's heading, as GET /api/plans/{planId}/tasks gives it"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** The workflow's answer to the status query: its main fields are described, the rest passes through. */
const ZLiveStatus = z.looseObject({ assignmentId: z.string(), phase: z.string() });

const ZReview = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), note: z.string().max(5_000).optional() }),
  z.object({ decision: z.literal('return'), note: z.string().min(1).max(5_000), newDueDay: z.string() }),
]);

/** The body of each action, by its path under /api/assignments/{id}/: the schemas the OpenAPI document and the validation use. */
export const ACTION_BODIES = {
  result: ZReportFile,
  review: ZReview,
  'extension-request': z.object({ newDueDay: z.string(), reason: z.string().min(1).max(5_000) }),
  'extension-decision': z.object({ approve: z.boolean(), note: z.string().max(5_000).optional() }),
  'explanation-request': z.object({ note: z.string().max(5_000).optional() }),
  explanation: z.object({ text: z.string().min(1).max(50_000) }),
};

export function registerAssignmentRoutes(server: FastifyInstance, context: TAppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get('/api/assignments', {
    schema: { tags: ['assignments'], summary: 'Assignments, soonest deadline first, with their status now; an officer sees its own agency’s', querystring: ZListQuery, response: { 200: z.object({ items: z.array(ZRow), total: z.number(), page: z.number(), pageSize: z.number() }), ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['officer', 'monitor', 'leadership', 'auditor'], 'reading assignments');
    const readsAll = identity.roles.some((role) => role === 'monitor' || role === 'leadership' || role === 'auditor');
    const agency = readsAll ? request.query.agency : (identity.agency ?? undefined);
    const { overdue, ...filter } = request.query;
    const page = await listAssignmentPage(context, actorOf(identity), { ...filter, agency, overdue: overdue === 'true' });
    return { ...page, items: page.items.map(assignmentRowJson) };
  });

  app.get('/api/status', {
    schema: { tags: ['assignments'], summary: 'Per agency: on time, late, in term, overdue, requests not yet received (notYetReceived: đề nghị past the due day, outside the overdue share), not yet due, the overdue share', querystring: z.object({ agency: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(), dueWithinDays: z.coerce.number().int().min(0).max(9_999).optional(), overdue: z.enum(['true', 'false']).optional() }), response: { 200: z.looseObject({ asOf: z.string(), agencies: z.array(z.looseObject({ agency: z.string() })), totals: z.looseObject({}), obstacles: z.array(z.object({ agency: z.string(), open: z.number(), overdue: z.number() })).describe('open obstacles (vướng mắc) per reporting agency; overdue: waiting past their step’s deadline') }), ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    requireRole(identity, ['officer', 'monitor', 'leadership', 'auditor'], 'reading the status');
    const readsAll = identity.roles.some((role) => role === 'monitor' || role === 'leadership' || role === 'auditor');
    const agency = readsAll ? request.query.agency : (identity.agency ?? undefined);
    const view = await statusSummary(context, actorOf(identity), { agency, overdue: request.query.overdue === 'true', dueWithinDays: request.query.dueWithinDays });
    return { asOf: view.at.toISOString(), agencies: view.summary.agencies.map(loose), totals: loose(view.summary.totals), assignments: view.attention?.map(assignmentRowJson) ?? null, obstacles: view.obstacles };
  });

  app.get('/api/assignments/:id', {
    schema: { tags: ['assignments'], summary: "One assignment's live status, from its workflow", params: ZAssignmentId, response: { 200: ZLiveStatus, ...errorResponses } },
  }, async (request) => {
    const identity = requireIdentity(request);
    await authorizeAssignment(context, identity, { assignmentId: request.params.id, action: 'read' });
    return loose(await showAssignment(context, actorOf(identity), { assignmentId: request.params.id }));
  });

  /** One action on one assignment: authorised first, then sent; the answer is the status after it. */
  function action<P extends keyof typeof ACTION_BODIES, B extends (typeof ACTION_BODIES)[P]>(path: P, options: { summary: string; body: B; action: TAssignmentAction; update: string; run: (id: string, body: z.infer<B>, identity: ReturnType<typeof requireIdentity>) => Promise<unknown> }) {
    app.post(`/api/assignments/:id/${path}`, {
      schema: { tags: ['actions'], summary: options.summary, params: ZAssignmentId, body: options.body, response: { 200: ZLiveStatus, ...errorResponses } },
    }, async (request) => {
      const identity = requireIdentity(request);
      await authorizeAssignment(context, identity, { assignmentId: request.params.id, action: options.action, update: options.update, input: request.body });
      return options.run(request.params.id, request.body as z.infer<B>, identity) as Promise<z.infer<typeof ZLiveStatus>>;
    });
  }

  action('result', {
    summary: 'Submit the result: narrative and aggregate indicator counts (the agency answering)',
    body: ACTION_BODIES.result,
    action: 'submit-result',
    update: 'submitResult',
    run: (assignmentId, report, identity) => submitResult(context, actorOf(identity), { assignmentId, report }),
  });
  action('review', {
    summary: 'Accept the submitted result, or return it with a note and a new due day (the monitoring department)',
    body: ACTION_BODIES.review,
    action: 'review-result',
    update: 'reviewResult',
    run: (assignmentId, review, identity) => reviewResult(context, actorOf(identity), { assignmentId, ...review }),
  });
  action('extension-request', {
    summary: 'Ask for a later due day, with the reason (the agency answering)',
    body: ACTION_BODIES['extension-request'],
    action: 'request-extension',
    update: 'requestExtension',
    run: (assignmentId, body, identity) => requestExtension(context, actorOf(identity), { assignmentId, ...body }),
  });
  action('extension-decision', {
    summary: 'Approve or deny the pending extension request (the monitoring department)',
    body: ACTION_BODIES['extension-decision'],
    action: 'decide-extension',
    update: 'decideExtension',
    run: (assignmentId, body, identity) => decideExtension(context, actorOf(identity), { assignmentId, ...body }),
  });
  action('explanation-request', {
    summary: 'Ask the agency for a written explanation of late work (the monitoring department)',
    body: ACTION_BODIES['explanation-request'],
    action: 'request-explanation',
    update: 'requestExplanation',
    run: (assignmentId, body, identity) => requestExplanation(context, actorOf(identity), { assignmentId, ...body }),
  });
  action('explanation', {
    summary: 'Submit the explanation that was requested (the agency answering)',
    body: ACTION_BODIES.explanation,
    action: 'submit-explanation',
    update: 'submitExplanation',
    run: (assignmentId, body, identity) => submitExplanation(context, actorOf(identity), { assignmentId, text: body.text }),
  });
}
