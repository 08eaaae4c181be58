// The agency desk (officers): what the agency owes and by when, and the forms to submit a result
// with its signed report, ask for an extension, answer a request for an explanation, and the
// receipt. Every action is authorised exactly as the API authorises it (a refusal is recorded the
// same way), then sent through the same use-case.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../../api/routes/actor';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { listAssignmentPage } from '../../client/assignments/read-assignments';
import { submitResult } from '../../client/assignments/results';
import { ATTACHMENT_MAX_BYTES, AttachmentRefused, checkAttachment, type TCheckedAttachment } from '../../client/attachments/check-attachment';
import { recordAttachment } from '../../client/attachments/store-attachment';
import { readReceipt } from '../../client/desk/read-receipt';
import { readResultTerms } from '../../client/desk/result-terms';
import { AppError } from '../../client/errors';
import { listPlanTasks } from '../../client/plans/read-plans';
import type { TClassifiedRow } from '../../client/read-model/agency-status';
import { html, type SafeHtml } from '../html';
import { openPage, redirectAfterPost, sendPage, type TPage } from '../page-context';
import { assignmentHeader } from '../desk/assignment-header';
import { deskPath, renderDeskTable, type TDeskTask } from '../desk/desk-list';
import { DESK_WORDS, fill } from '../desk/desk-words';
import { formFieldsOf, type TFieldMessages } from '../desk/form-fields';
import { ATTACHMENT_FIELD, readResultForm, renderResultForm } from '../desk/result-form';
import { renderReceipt } from '../desk/receipt';
import { registerExplanationPages } from '../desk/explanation-pages';
import { registerExtensionPages } from '../desk/extension-pages';
import { DESK_WHAT as what, isRefusal, messagesOf, refusalAlert, type TAssignmentParams as TParams } from '../desk/form-refusals';
import { registerAttachmentPages } from './attachments';

/** Open work first: what the agency still has to do, then what waits for review. */
const OPEN_STATES = ['returned', 'assigned', 'in_progress'] as const;
/** Per group: an agency answers for a few dozen assignments a year; more is paged in the API. */
const rowsPerGroup = 200;

/** The multipart form of the result: one file, the fields of a report (a narrative of 50,000 characters is 150 KB in UTF-8). */
const multipartLimits = { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 200, fieldSize: 256 * 1024, parts: 210 };

interface TUploadedFile {
  fileName: string;
  bytes: Uint8Array;
  truncated: boolean;
}

/** The file field of a multipart body, read; null when no file was chosen. */
async function uploadedFileOf(body: unknown): Promise<TUploadedFile | null> {
  const field = (body as Record<string, unknown> | null)?.[ATTACHMENT_FIELD] as { type?: string; filename?: string; file?: { truncated?: boolean }; toBuffer?: () => Promise<Buffer> } | undefined;
  if (!field || field.type !== 'file' || !field.toBuffer) return null;
  const bytes = await field.toBuffer();
  if (!field.filename && bytes.byteLength === 0) return null;
  return { fileName: field.filename ?? '', bytes, truncated: field.file?.truncated === true };
}

function attachmentMessage(error: AttachmentRefused, fileName: string, lang: TPage['lang']): string {
  if (lang === 'en') return error.message;
  const w = DESK_WORDS.vi;
  const text = error.problem === 'too-large' ? w.fileTooLarge : error.problem === 'empty' ? w.fileEmpty : w.fileWrongType;
  return fill(text, { name: fileName, mb: ATTACHMENT_MAX_BYTES / 1024 / 1024 });
}


export function registerDeskPages(app: FastifyInstance, context: TAppContext): void {
  app.get('/desk', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    const w = DESK_WORDS[page.lang];
    const agency = page.identity.agency;
    if (!agency) throw new AppError(`${page.identity.login} acts for no agency: an administrator sets the agency of an officer.`, 'forbidden');
    const actor = actorOf(page.identity);
    // One statement per state, each read along the index (agency, state): sequential, as the embedded database serves one connection at a time.
    const open: TClassifiedRow[] = [];
    let truncated = false;
    for (const state of OPEN_STATES) {
      const part = await listAssignmentPage(context, actor, { agency, state, pageSize: rowsPerGroup });
      open.push(...part.items);
      truncated ||= part.total > part.items.length;
    }
    open.sort((left, right) => (left.dueAt?.getTime() ?? Infinity) - (right.dueAt?.getTime() ?? Infinity) || left.id.localeCompare(right.id));
    const waiting = await listAssignmentPage(context, actor, { agency, state: 'submitted', pageSize: rowsPerGroup });
    truncated ||= waiting.total > waiting.items.length;
    const tasks = new Map<string, TDeskTask>();
    for (const planId of new Set([...open, ...waiting.items].map((row) => row.planId))) {
      for (const task of await listPlanTasks(context, actor, { planId })) tasks.set(`${planId} ${task.ref}`, task);
    }
    const body = html`<p class="muted">${w.intro} (${agency})</p>
<h2>${w.open}</h2>
${renderDeskTable(open, tasks, page.lang)}
<h2>${w.waiting}</h2>
${renderDeskTable(waiting.items, tasks, page.lang)}
${truncated ? html`<p class="small muted">${w.truncated}</p>` : ''}`;
    return sendPage(reply, page, `${w.title} — ${agency}`, body);
  });

  // The result form sends a file: multipart for these routes only, its fields attached to the
  // body so that the form token is read before the handler (web/csrf.ts reads multipart fields).
  void app.register(async (scope) => {
    await scope.register(multipart, { attachFieldsToBody: true, throwFileSizeLimit: false, limits: multipartLimits });
    registerResultPages(scope, context);
  });

  app.get<{ Params: TParams }>('/desk/assignments/:id/receipt', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    const assignmentId = request.params.id;
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'read' });
    const receipt = await readReceipt(context, actorOf(page.identity), { assignmentId });
    const w = DESK_WORDS[page.lang];
    const query = request.query as { sent?: unknown; document?: unknown };
    const lost = query.document === 'lost' ? html`<div class="notice error" role="alert">${w.documentLost}</div>` : '';
    return sendPage(reply, page, w.receiptTitle, html`${assignmentHeader(receipt.status, page.lang)}${lost}${renderReceipt(receipt, page.lang, query.sent === '1')}<p><a href="/desk">${w.back}</a></p>`);
  });

  registerExtensionPages(app, context);
  registerExplanationPages(app, context);
  registerAttachmentPages(app, context);
}

function registerResultPages(app: FastifyInstance, context: TAppContext): void {
  async function show(request: FastifyRequest<{ Params: TParams }>, reply: FastifyReply, page: TPage, state: { fields: Record<string, string>; messages: TFieldMessages; alert?: SafeHtml; status: number }) {
    const assignmentId = request.params.id;
    const w = DESK_WORDS[page.lang];
    const terms = await readResultTerms(context, actorOf(page.identity), { assignmentId });
    const header = assignmentHeader(terms.status, page.lang);
    if (terms.status.phase !== 'open') {
      const body = html`${header}<div class="notice">${w.notOpen} <a href="${deskPath(assignmentId, 'receipt')}">${w.seeReceipt}</a></div>`;
      return { terms, reply: sendPage(reply, page, w.resultTitle, body, state.status === 200 ? 200 : 409) };
    }
    const form = renderResultForm({ action: deskPath(assignmentId, 'result'), csrfToken: page.csrfToken, lang: page.lang, indicators: terms.requiredIndicators, sections: terms.status.sections, fields: state.fields, messages: state.messages, alert: state.alert });
    return { terms, reply: sendPage(reply, page, w.resultTitle, html`${header}${form}`, state.status) };
  }

  app.get<{ Params: TParams }>('/desk/assignments/:id/result', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    await authorizeAssignment(context, page.identity, { assignmentId: request.params.id, action: 'submit-result' });
    return (await show(request, reply, page, { fields: {}, messages: {}, status: 200 })).reply;
  });

  app.post<{ Params: TParams }>('/desk/assignments/:id/result', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], what);
    const assignmentId = request.params.id;
    const w = DESK_WORDS[page.lang];
    const fields = formFieldsOf(request.body);
    const file = await uploadedFileOf(request.body);
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'submit-result', update: 'submitResult', input: { ...fields, attachment: file?.fileName ?? null } });
    const terms = await readResultTerms(context, actorOf(page.identity), { assignmentId });
    const { report, messages } = readResultForm(fields, terms.requiredIndicators, page.lang, terms.status.sections);
    let attachment: TCheckedAttachment | null = null;
    if (!file) messages[ATTACHMENT_FIELD] = w.attachmentMissing;
    else {
      try {
        attachment = await checkAttachment(file);
      } catch (error) {
        if (!(error instanceof AttachmentRefused)) throw error;
        messages[ATTACHMENT_FIELD] = attachmentMessage(error, file.fileName, page.lang);
      }
    }
    const again = (current: TFieldMessages) => (attachment && !current[ATTACHMENT_FIELD] ? { ...current, [ATTACHMENT_FIELD]: fill(w.attachmentAgain, { name: attachment.fileName }) } : current);
    if (!report || !attachment || Object.keys(messages).length) {
      const alert = html`<div class="notice error" role="alert">${w.fixBelow}</div>`;
      return (await show(request, reply, page, { fields, messages: again(messages), alert, status: 400 })).reply;
    }
    try {
      await submitResult(context, actorOf(page.identity), { assignmentId, report });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const fieldMessages = error.code === 'bad_input' ? messagesOf(error, page.lang, (path) => path.split('.')[0] || 'narrative') : {};
      return (await show(request, reply, page, { fields, messages: again(fieldMessages), alert: refusalAlert(w.refused, error), status: error.code === 'bad_input' ? 400 : 422 })).reply;
    }
    // Kept only once the workflow took the result: a refused submission leaves no file claimed as received.
    try {
      await recordAttachment(context, actorOf(page.identity), { assignmentId, attachment, receivedWith: 'submitResult' });
    } catch (error) {
      // The result is received whatever happens to the file: the receipt says so, and that the file is not kept.
      request.log.error({ err: error, assignmentId, sha256: attachment.sha256 }, 'the result was received but its document could not be stored');
      return redirectAfterPost(reply, `${deskPath(assignmentId, 'receipt')}?sent=1&document=lost`);
    }
    return redirectAfterPost(reply, `${deskPath(assignmentId, 'receipt')}?sent=1`);
  });
}
