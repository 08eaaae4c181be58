// Obstacles (vướng mắc) on the pages: the list, reporting one in writing (an officer), and one
// obstacle with its history and the step the signed-in person may take now — the monitoring
// department answers or forwards it, the People's Committee decides it. Authorised with the
// same rule as the API (client/access/authorize-obstacle.ts); the use-case and the workflow
// check again, and every refusal is on record.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import { authorizeObstacle, obstacleActorOf, obstacleStepsFor, readsAllObstacles, type TObstacleStep } from '../../client/access/authorize-obstacle';
import type { TAppContext } from '../../client/app-context';
import { listAssignmentPage } from '../../client/assignments/read-assignments';
import { AppError } from '../../client/errors';
import { answerObstacle, decideObstacle, forwardObstacle, ZAnswerObstacleInput, ZDecideObstacleInput, ZForwardObstacleInput } from '../../client/obstacles/act-on-obstacle';
import { listObstacles, showObstacle } from '../../client/obstacles/read-obstacles';
import { reportObstacle, ZReportObstacleInput } from '../../client/obstacles/report-obstacle';
import { listPlans } from '../../client/plans/read-plans';
import { CSRF_FIELD } from '../csrf';
import { fieldMessages, selectField, textAreaField, textField } from '../form-fields';
import { formatDateTime, formatDay } from '../format';
import { html, type SafeHtml } from '../html';
import { OBSTACLE_WORDS, obstacleEventText, phaseWord } from '../obstacles/obstacle-words';
import { openPage, redirectAfterPost, sendPage, type TPage } from '../page-context';

const READERS = ['officer', 'monitor', 'leadership', 'auditor'] as const;
const ZId = z.object({ id: z.string().min(3).max(300) });
const ZListQuery = z.object({ open: z.enum(['true', 'false', 'all']).catch('true') });
const obstaclePath = (id: string) => `/obstacles/${encodeURIComponent(id)}`;

export function registerObstaclePages(app: FastifyInstance, context: TAppContext): void {
  app.get('/obstacles', async (request, reply) => {
    const page = openPage(request, reply, [...READERS], 'the obstacles page');
    const w = OBSTACLE_WORDS[page.lang];
    const { open } = ZListQuery.parse(request.query ?? {});
    const rows = await listObstacles(context, obstacleActorOf(page.identity), { open: open === 'all' ? undefined : open === 'true', readsAll: readsAllObstacles(page.identity) });
    const now = Date.now();
    const body = html`
${page.identity.roles.includes('officer') && page.identity.agency ? html`<p><a class="button" href="/obstacles/new">${w.reportNew}</a></p>` : ''}
<form class="filters panel" method="get" action="/obstacles">
${selectField({ name: 'open', label: w.show, value: open, choices: [{ value: 'true', label: w.openOnes }, { value: 'false', label: w.closedOnes }, { value: 'all', label: w.allOnes }] })}
<div class="field"><button type="submit">${w.filter}</button></div>
</form>
${rows.length === 0 ? html`<p class="panel">${w.none}</p>` : html`<table>
<caption class="muted small">${w.count(rows.length)}</caption>
<thead><tr><th scope="col">${w.reportedOn}</th><th scope="col">${w.reportingAgency}</th><th scope="col">${w.about}</th><th scope="col">${w.phase}</th><th scope="col">${w.awaiting}</th><th scope="col">${w.dueBy}</th></tr></thead>
<tbody>${rows.map((row) => {
      const late = row.dueAt !== null && row.dueAt.getTime() < now && !row.closed;
      return html`<tr><td><a href="${obstaclePath(row.id)}">${formatDay(row.reportedAt)}</a></td><td>${row.reportingAgency}</td><td>${row.taskRef ? `${w.task} ${row.taskRef}` : w.wholePlan}<div class="small muted">${row.text.slice(0, 140)}</div></td><td>${phaseWord(page.lang, row)}</td><td>${row.pendingAgency ?? '—'}</td><td>${formatDay(row.dueAt)}${late ? html` <span class="badge status-red">${w.late}</span>` : ''}</td></tr>`;
    })}</tbody></table>`}`;
    return sendPage(reply, page, w.listTitle, body);
  });

  async function reportForm(page: TPage, reply: FastifyReply, values: Record<string, string>, error?: z.ZodError | string, status = 200) {
    const w = OBSTACLE_WORDS[page.lang];
    const [assignments, plans] = await Promise.all([
      listAssignmentPage(context, obstacleActorOf(page.identity), { agency: page.identity.agency!, pageSize: 500 }),
      listPlans(context, obstacleActorOf(page.identity)),
    ]);
    const open = assignments.items.filter((row) => !['completed_on_time', 'completed_late', 'cancelled', 'lapsed'].includes(row.state));
    const messages = typeof error === 'string' ? { _form: error } : fieldMessages(error);
    const aboutChoices = [
      ...plans.map((plan) => ({ value: `plan:${plan.id}`, label: `${w.wholePlan}: ${plan.title ?? plan.id}` })),
      ...open.map((row) => ({ value: `assignment:${row.id}`, label: `${w.task} ${row.taskRef} — ${row.period} (${w.dueBy.toLowerCase()} ${formatDay(row.dueAt)})` })),
    ];
    const body = html`<div class="panel">
${messages._form ? html`<div class="notice error" role="alert">${messages._form}</div>` : ''}
<p class="muted">${w.reportIntro}</p>
<form method="post" action="/obstacles/new">
<input type="hidden" name="${CSRF_FIELD}" value="${page.csrfToken}">
${selectField({ name: 'about', label: w.about, value: values.about, choices: aboutChoices, error: messages.assignmentId ?? messages.planId })}
${textAreaField({ name: 'text', label: w.text, value: values.text, error: messages.text, required: true })}
${textAreaField({ name: 'proposal', label: w.proposal, value: values.proposal, error: messages.proposal, required: true })}
${textField({ name: 'document', label: w.document, value: values.document, error: messages.document, hint: w.documentHint })}
<button type="submit">${w.send}</button>
</form></div>`;
    return sendPage(reply, page, w.reportTitle, body, status);
  }

  app.get('/obstacles/new', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], 'reporting an obstacle');
    if (!page.identity.agency) throw new AppError(`${page.identity.login} acts for no agency: an obstacle is reported for an agency.`, 'forbidden');
    return reportForm(page, reply, {});
  });

  app.post('/obstacles/new', async (request, reply) => {
    const page = openPage(request, reply, ['officer'], 'reporting an obstacle');
    if (!page.identity.agency) throw new AppError(`${page.identity.login} acts for no agency: an obstacle is reported for an agency.`, 'forbidden');
    const values = formValues(request);
    const [kind, ...rest] = (values.about ?? '').split(':');
    const target = rest.join(':');
    const input = { ...(kind === 'assignment' ? { assignmentId: target } : { planId: target || undefined }), text: values.text ?? '', proposal: values.proposal ?? '', ...(values.document?.trim() ? { document: values.document } : {}) };
    const parsed = ZReportObstacleInput.safeParse(input);
    if (!parsed.success) return reportForm(page, reply, values, parsed.error, 400);
    if (parsed.data.assignmentId) await authorizeAssignment(context, page.identity, { assignmentId: parsed.data.assignmentId, action: 'report-obstacle' });
    const status = await reportObstacle(context, obstacleActorOf(page.identity), parsed.data);
    return redirectAfterPost(reply, `${obstaclePath(status.obstacleId)}?done=reported`);
  });

  async function obstaclePage(request: FastifyRequest, reply: FastifyReply, page: TPage, id: string, failed?: { step: TObstacleStep; values: Record<string, string>; error: z.ZodError | string }) {
    const w = OBSTACLE_WORDS[page.lang];
    await authorizeObstacle(context, page.identity, id, 'read');
    const { obstacle, history } = await showObstacle(context, obstacleActorOf(page.identity), { obstacleId: id, readsAll: true });
    const steps = obstacleStepsFor(page.identity, obstacle);
    const done = (request.query as { done?: unknown }).done;
    const forms = steps.map((step) => stepForm(page, id, step, failed?.step === step ? failed : undefined));
    const body = html`
${typeof done === 'string' && done in w.doneMessages ? html`<div class="notice success" role="status">${w.doneMessages[done as keyof typeof w.doneMessages]}</div>` : ''}
<div class="panel"><dl class="facts">
<dt>${w.phase}</dt><dd>${phaseWord(page.lang, obstacle)}</dd>
<dt>${w.reportingAgency}</dt><dd>${obstacle.reportingAgency} (${obstacle.reportedBy}, ${formatDateTime(obstacle.reportedAt)})</dd>
<dt>${w.about}</dt><dd>${obstacle.assignmentId ? html`<a href="/assignments/${encodeURIComponent(obstacle.assignmentId)}">${w.task} ${obstacle.taskRef ?? obstacle.assignmentId}</a>` : w.wholePlan} · ${obstacle.planId}</dd>
${obstacle.document ? html`<dt>${w.document}</dt><dd>${obstacle.document}</dd>` : ''}
<dt>${w.text}</dt><dd class="prose">${obstacle.text}</dd>
<dt>${w.proposal}</dt><dd class="prose">${obstacle.proposal}</dd>
<dt>${w.awaiting}</dt><dd>${obstacle.pendingAgency ? html`${obstacle.pendingAgency}, ${w.dueBy.toLowerCase()} ${formatDateTime(obstacle.dueAt)}` : '—'}</dd>
${obstacle.answer ? html`<dt>${w.answer}</dt><dd class="prose">${obstacle.answer}</dd>` : ''}
${obstacle.forwardOpinion ? html`<dt>${w.opinion}</dt><dd class="prose">${obstacle.forwardOpinion}</dd>` : ''}
${obstacle.decisionText ? html`<dt>${w.decision}</dt><dd class="prose">${obstacle.outcome ? `${w.outcomes[obstacle.outcome as keyof typeof w.outcomes] ?? obstacle.outcome}: ` : ''}${obstacle.decisionText}</dd>` : ''}
</dl></div>
${forms}
<h2>${w.history}</h2>
<table><thead><tr><th scope="col">${w.when}</th><th scope="col">${w.who}</th><th scope="col">${w.what}</th></tr></thead>
<tbody>${history.map((entry) => html`<tr><td>${formatDateTime(entry.occurredAt)}</td><td>${entry.actorAgency ?? '—'}${entry.actorUser ? ` (${entry.actorUser})` : ''}</td><td>${obstacleEventText(page.lang, entry.action, entry.payload)}</td></tr>`)}</tbody></table>
<p><a href="/obstacles">${w.back}</a></p>`;
    return sendPage(reply, page, w.oneTitle, body, failed ? 400 : 200);
  }

  function stepForm(page: TPage, id: string, step: TObstacleStep, failed?: { values: Record<string, string>; error: z.ZodError | string }): SafeHtml {
    const w = OBSTACLE_WORDS[page.lang];
    const messages = failed ? (typeof failed.error === 'string' ? { _form: failed.error } : fieldMessages(failed.error)) : {};
    const values = failed?.values ?? {};
    const path = step === 'decide' ? 'decision' : step;
    const fields =
      step === 'answer'
        ? textAreaField({ name: 'text', label: w.answer, value: values.text, error: messages.text, required: true })
        : step === 'forward'
          ? textAreaField({ name: 'opinion', label: w.opinion, value: values.opinion, error: messages.opinion, required: true })
          : html`${selectField({ name: 'outcome', label: w.outcome, value: values.outcome, error: messages.outcome, choices: Object.entries(w.outcomes).map(([value, label]) => ({ value, label })) })}${textAreaField({ name: 'text', label: w.decision, value: values.text, error: messages.text, required: true })}`;
    return html`<div class="panel"><h2>${w.stepTitles[step]}</h2>
${messages._form ? html`<div class="notice error" role="alert">${messages._form}</div>` : ''}
<form method="post" action="${obstaclePath(id)}/${path}"><input type="hidden" name="${CSRF_FIELD}" value="${page.csrfToken}">${fields}<button type="submit">${w.stepTitles[step]}</button></form></div>`;
  }

  app.get('/obstacles/:id', async (request, reply) => {
    const page = openPage(request, reply, [...READERS], 'an obstacle');
    return obstaclePage(request, reply, page, ZId.parse(request.params).id);
  });

  const steps = {
    answer: { schema: ZAnswerObstacleInput, run: answerObstacle, done: 'answered' },
    forward: { schema: ZForwardObstacleInput, run: forwardObstacle, done: 'forwarded' },
    decide: { schema: ZDecideObstacleInput, run: decideObstacle, done: 'decided' },
  } as const;
  for (const [step, handling] of Object.entries(steps) as [TObstacleStep, (typeof steps)[TObstacleStep]][]) {
    app.post(`/obstacles/:id/${step === 'decide' ? 'decision' : step}`, async (request, reply) => {
      const page = openPage(request, reply, ['officer', 'monitor', 'leadership'], 'a step on an obstacle');
      const { id } = ZId.parse(request.params);
      await authorizeObstacle(context, page.identity, id, step);
      const values = formValues(request);
      const input = Object.fromEntries(Object.entries(values).filter(([key]) => key !== CSRF_FIELD));
      const parsed = handling.schema.safeParse(input);
      if (!parsed.success) return obstaclePage(request, reply, page, id, { step, values, error: parsed.error });
      try {
        const run = handling.run as (context: TAppContext, actor: ReturnType<typeof obstacleActorOf>, input: Record<string, unknown>) => Promise<object>;
        await run(context, obstacleActorOf(page.identity), { obstacleId: id, ...parsed.data });
      } catch (error) {
        // The workflow refused the step (e.g. someone took it first): say so on the page, keep the text.
        if (error instanceof AppError && (error.code === 'refused' || error.code === 'conflict')) return obstaclePage(request, reply, page, id, { step, values, error: error.message });
        throw error;
      }
      return redirectAfterPost(reply, `${obstaclePath(id)}?done=${handling.done}`);
    });
  }
}

/** A url-encoded form's fields as strings (a repeated field keeps its last value). */
function formValues(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, Array.isArray(value) ? String(value.at(-1)) : String(value ?? '')]));
}
