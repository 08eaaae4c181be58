// Asking for a later due day (gia hạn) with the reason: the API's extension request, from a form.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { actorOf } from '../../api/routes/actor';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { requestExtension } from '../../client/assignments/extensions';
import { readExplanationState } from '../../client/desk/result-terms';
import { ZRequestExtension } from '../../domain/assignment/messages';
import { CSRF_FIELD } from '../csrf';
import { formatDay } from '../format';
import { html, type SafeHtml } from '../html';
import { openPage, redirectAfterPost, sendPage, type TPage } from '../page-context';
import { assignmentHeader } from './assignment-header';
import { deskPath } from './desk-list';
import { DESK_WORDS, fill, schemaMessage } from './desk-words';
import { formFieldsOf, textArea, textField, type TFieldMessages } from './form-fields';
import { DESK_WHAT as what, isRefusal, messagesOf, refusalAlert, type TAssignmentParams as TParams } from './form-refusals';

export function registerExtensionPages(app: FastifyInstance, context: TAppContext): void {
  const ZExtensionForm = ZRequestExtension.omit({ actor: true });

  async function show(reply: FastifyReply, page: TPage, assignmentId: string, state: { fields: Record<string, string>; messages: TFieldMessages; alert?: SafeHtml; status: number }) {
    const w = DESK_WORDS[page.lang];
    const { status } = await readExplanationState(context, actorOf(page.identity), { assignmentId });
    const header = assignmentHeader(status, page.lang);
    if (status.pendingExtension) {
      const body = html`${header}${state.alert ?? ''}<div class="notice" role="status">${fill(w.pendingExtension, { day: formatDay(status.pendingExtension.newDueDay) })}</div><p><a href="/desk">${w.back}</a></p>`;
      return sendPage(reply, page, w.extensionTitle, body, state.status);
    }
    const form = html`${state.alert ?? ''}<form method="post" action="${deskPath(assignmentId, 'extension')}" class="panel">
<input type="hidden" name="${CSRF_FIELD}" value="${page.csrfToken}">
${textField({ name: 'newDueDay', label: w.newDueDay, value: state.fields.newDueDay ?? '', messages: state.messages, type: 'date', hint: w.newDueDayHint, required: true })}
${textArea({ name: 'reason', label: w.reason, value: state.fields.reason ?? '', messages: state.messages, rows: 5 })}
<button type="submit">${w.extension}</button>
</form>`;
    return sendPage(reply, page, w.extensionTitle, html`${header}${form}`, state.status);
  }

  app.get<{ Params: TParams }>('/desk/assignments/:id/extension', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    await authorizeAssignment(context, page.identity, { assignmentId: request.params.id, action: 'request-extension' });
    const sent = (request.query as { sent?: unknown }).sent === '1';
    return show(reply, page, request.params.id, { fields: {}, messages: {}, status: 200, alert: sent ? html`<div class="notice success" role="status">${DESK_WORDS[page.lang].extensionSent}</div>` : undefined });
  });

  app.post<{ Params: TParams }>('/desk/assignments/:id/extension', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    const assignmentId = request.params.id;
    const fields = formFieldsOf(request.body);
    const input = { newDueDay: fields.newDueDay ?? '', reason: fields.reason ?? '' };
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'request-extension', update: 'requestExtension', input });
    const parsed = ZExtensionForm.safeParse(input);
    if (!parsed.success) {
      const messages: TFieldMessages = {};
      for (const issue of parsed.error.issues) messages[String(issue.path[0] ?? 'reason')] ??= schemaMessage(issue.message, page.lang);
      return show(reply, page, assignmentId, { fields, messages, status: 400, alert: html`<div class="notice error" role="alert">${DESK_WORDS[page.lang].fixBelow}</div>` });
    }
    try {
      await requestExtension(context, actorOf(page.identity), { assignmentId, ...parsed.data });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const messages = error.code === 'bad_input' ? messagesOf(error, page.lang, (path) => path.split('.')[0] || 'reason') : {};
      return show(reply, page, assignmentId, { fields, messages, status: error.code === 'bad_input' ? 400 : 422, alert: refusalAlert('', error) });
    }
    return redirectAfterPost(reply, `${deskPath(assignmentId, 'extension')}?sent=1`);
  });
}

