// Answering a request for a written explanation (giải trình): offered only while one is awaited.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { actorOf } from '../../api/routes/actor';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { submitExplanation } from '../../client/assignments/explanations';
import { readExplanationState } from '../../client/desk/result-terms';
import { ZSubmitExplanation } from '../../domain/assignment/messages';
import { CSRF_FIELD } from '../csrf';
import { html, type SafeHtml } from '../html';
import { openPage, redirectAfterPost, sendPage, type TPage } from '../page-context';
import { assignmentHeader } from './assignment-header';
import { deskPath } from './desk-list';
import { DESK_WORDS, schemaMessage } from './desk-words';
import { textArea, textFieldsOf, type TFieldMessages } from './form-fields';
import { DESK_WHAT as what, isRefusal, refusalAlert, type TAssignmentParams as TParams } from './form-refusals';

export function registerExplanationPages(app: FastifyInstance, context: TAppContext): void {
  const ZExplanationForm = ZSubmitExplanation.omit({ actor: true });

  async function show(reply: FastifyReply, page: TPage, assignmentId: string, state: { text: string; messages: TFieldMessages; alert?: SafeHtml; status: number }) {
    const w = DESK_WORDS[page.lang];
    const explanation = await readExplanationState(context, actorOf(page.identity), { assignmentId });
    const header = assignmentHeader(explanation.status, page.lang);
    if (!explanation.pending) {
      return sendPage(reply, page, w.explanationTitle, html`${header}${state.alert ?? ''}<div class="notice" role="status">${w.noExplanationPending}</div><p><a href="/desk">${w.back}</a></p>`, state.status === 200 ? 200 : 409);
    }
    const form = html`${state.alert ?? ''}${explanation.requestNote ? html`<div class="panel"><h2>${w.requestNote}</h2><p>${explanation.requestNote}</p></div>` : ''}
<form method="post" action="${deskPath(assignmentId, 'explanation')}" class="panel">
<input type="hidden" name="${CSRF_FIELD}" value="${page.csrfToken}">
${textArea({ name: 'text', label: w.explanationText, value: state.text, messages: state.messages, rows: 10 })}
<button type="submit">${w.explanation}</button>
</form>`;
    return sendPage(reply, page, w.explanationTitle, html`${header}${form}`, state.status);
  }

  app.get<{ Params: TParams }>('/desk/assignments/:id/explanation', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    await authorizeAssignment(context, page.identity, { assignmentId: request.params.id, action: 'submit-explanation' });
    const sent = (request.query as { sent?: unknown }).sent === '1';
    return show(reply, page, request.params.id, { text: '', messages: {}, status: 200, alert: sent ? html`<div class="notice success" role="status">${DESK_WORDS[page.lang].explanationSent}</div>` : undefined });
  });

  app.post<{ Params: TParams }>('/desk/assignments/:id/explanation', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    const assignmentId = request.params.id;
    const text = textFieldsOf(request.body).text ?? '';
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'submit-explanation', update: 'submitExplanation', input: { text } });
    const parsed = ZExplanationForm.safeParse({ text });
    if (!parsed.success) {
      return show(reply, page, assignmentId, { text, messages: { text: schemaMessage(parsed.error.issues[0]!.message, page.lang) }, status: 400, alert: html`<div class="notice error" role="alert">${DESK_WORDS[page.lang].fixBelow}</div>` });
    }
    if (!(await readExplanationState(context, actorOf(page.identity), { assignmentId })).pending) return show(reply, page, assignmentId, { text, messages: {}, status: 409 });
    try {
      await submitExplanation(context, actorOf(page.identity), { assignmentId, text: parsed.data.text });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return show(reply, page, assignmentId, { text, messages: error.code === 'bad_input' ? { text: error.message } : {}, status: error.code === 'bad_input' ? 400 : 422, alert: refusalAlert('', error) });
    }
    return redirectAfterPost(reply, `${deskPath(assignmentId, 'explanation')}?sent=1`);
  });
}
