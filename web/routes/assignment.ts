// The assignment page (GET /assignments/:id) and the monitoring department's forms on it. Read
// access is decided exactly as for GET /api/assignments/:id, so a refusal is the refusal page and
// is on record; each form is authorised as its API action, validated, and answered with a 303.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAssignmentAction } from '../../client/access/assignment-access';
import type { TAppContext } from '../../client/app-context';
import { requestExplanation } from '../../client/assignments/explanations';
import { decideExtension } from '../../client/assignments/extensions';
import { reviewResult } from '../../client/assignments/results';
import { showAssignment } from '../../client/assignments/show-assignment';
import { listAttachments } from '../../client/attachments/list-attachments';
import { findAssignment } from '../../client/audit/audit-room';
import { auditTimeline } from '../../client/audit/audit-timeline';
import { AppError } from '../../client/errors';
import type { TAppActor } from '../../client/actor';
import { actorOf } from '../../api/routes/actor';
import { assignmentPath, renderAssignmentBody, titleOf } from '../assignment/assignment-view';
import { fieldErrorsOf, valuesOf, ZExplanationRequestForm, ZExtensionDecisionForm, ZReviewForm, type TFormName, type TFormState } from '../assignment/forms';
import { explanationAwaited, pageActionsOf } from '../assignment/page-actions';
import { auditTimelinePath, temporalHistoryLink } from '../audit/temporal-link';
import { openPage, redirectAfterPost, sendPage, type TPage } from '../page-context';

const readers = ['officer', 'monitor', 'leadership', 'auditor'] as const;

/** Refusals a form shows beside itself (the workflow's rules, a bad value); anything else is the error page. */
const shownBesideForm = new Set(['refused', 'bad_input', 'conflict']);

function idOf(request: FastifyRequest): string {
  return (request.params as { id: string }).id;
}

export function registerAssignmentPages(app: FastifyInstance, context: TAppContext): void {
  async function showPage(request: FastifyRequest, reply: FastifyReply, page: TPage, form: TFormState | null, status = 200) {
    const assignmentId = idOf(request);
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'read' });
    const actor = actorOf(page.identity);
    const report = await auditTimeline(context, actor, { assignmentId });
    const record = await findAssignment(context, actor, { assignmentId });
    const attachments = await listAttachments(context, { assignmentId });
    let live = null;
    try {
      live = await showAssignment(context, actor, { assignmentId });
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'not_found' && error.code !== 'unavailable')) throw error;
    }
    const actions = live ? pageActionsOf(page.identity, live, { now: new Date(), explanationAwaited: explanationAwaited(report.timeline) }) : [];
    const readsAudit = page.identity.roles.some((role) => role === 'auditor' || role === 'monitor');
    const model = {
      assignmentId,
      lang: page.lang,
      csrfToken: page.csrfToken,
      status: live,
      report,
      record,
      attachments,
      actions,
      form,
      done: (request.query as { done?: unknown }).done === '1',
      auditLinks: readsAudit ? { timeline: auditTimelinePath(assignmentId), temporalUi: temporalHistoryLink(context.config, assignmentId) } : null,
    };
    // After a form, the page's own address (not the form's) serves the language switch.
    return sendPage(reply, { ...page, path: request.method === 'GET' ? page.path : assignmentPath(assignmentId) }, titleOf(model), renderAssignmentBody(model), status);
  }

  app.get('/assignments/:id', async (request, reply) => showPage(request, reply, openPage(request, reply, [...readers], 'the assignment page'), null));

  /** One monitor form: validated, authorised as its API action, sent; a refusal is shown beside the form. */
  function formRoute<S extends z.ZodType>(path: string, options: { form: TFormName; schema: S; action: TAssignmentAction; update: string; run: (actor: TAppActor, assignmentId: string, form: z.output<S>) => Promise<unknown> }) {
    app.post(`/assignments/:id/${path}`, async (request, reply) => {
      const page = openPage(request, reply, ['monitor'], 'this decision');
      const assignmentId = idOf(request);
      const values = valuesOf(request.body);
      const parsed = options.schema.safeParse(values);
      if (!parsed.success) return showPage(request, reply, page, { form: options.form, values, fieldErrors: fieldErrorsOf(parsed.error) }, 400);
      await authorizeAssignment(context, page.identity, { assignmentId, action: options.action, update: options.update, input: parsed.data });
      try {
        await options.run(actorOf(page.identity), assignmentId, parsed.data);
      } catch (error) {
        if (error instanceof AppError && shownBesideForm.has(error.code)) {
          return showPage(request, reply, page, { form: options.form, values, fieldErrors: {}, formError: error.message }, error.code === 'bad_input' ? 400 : 422);
        }
        throw error;
      }
      return redirectAfterPost(reply, `${assignmentPath(assignmentId)}?done=1`);
    });
  }

  formRoute('review', {
    form: 'review',
    schema: ZReviewForm,
    action: 'review-result',
    update: 'reviewResult',
    run: (actor, assignmentId, form) =>
      reviewResult(context, actor, form.decision === 'accept' ? { assignmentId, decision: 'accept', ...(form.note ? { note: form.note } : {}) } : { assignmentId, decision: 'return', note: form.note, newDueDay: form.newDueDay }),
  });
  formRoute('extension-decision', {
    form: 'extension-decision',
    schema: ZExtensionDecisionForm,
    action: 'decide-extension',
    update: 'decideExtension',
    run: (actor, assignmentId, form) => decideExtension(context, actor, { assignmentId, approve: form.approve === 'yes', ...(form.note ? { note: form.note } : {}) }),
  });
  formRoute('explanation-request', {
    form: 'explanation-request',
    schema: ZExplanationRequestForm,
    action: 'request-explanation',
    update: 'requestExplanation',
    run: (actor, assignmentId, form) => requestExplanation(context, actor, { assignmentId, ...(form.note ? { note: form.note } : {}) }),
  });
}
