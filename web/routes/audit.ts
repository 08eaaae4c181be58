// The auditors' room (GET /audit) for auditors and the monitoring department: search, the
// verification of the audit chain, refused actions and failed sign-ins; the full timeline of any
// assignment with its exports (CSV, JSON) and the link to its raw history in the Temporal Web UI.
// Every page here is a GET: nothing an auditor can do here changes the work.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { lastChainVerification, latestRefusalsAndFailedLogins, runChainVerification, searchAssignments, ZAssignmentSearch } from '../../client/audit/audit-room';
import { auditReportCsv, auditReportJson } from '../../client/audit/audit-export';
import { auditTimeline } from '../../client/audit/audit-timeline';
import { actorOf } from '../../api/routes/actor';
import { assignmentPath } from '../assignment/assignment-view';
import { renderDeadlineHistory, renderNotifications, renderTimeline } from '../assignment/timeline-view';
import { renderAuditRoom } from '../audit/room-view';
import { auditTimelinePath, temporalHistoryLink } from '../audit/temporal-link';
import { auditWords } from '../audit/words';
import { html } from '../html';
import { words } from '../i18n';
import { openPage, sendPage } from '../page-context';

const roomRoles = ['auditor', 'monitor'] as const;

/** A verification older than this runs again when the room is opened: the whole chain is read, so not on every visit. */
const VERIFICATION_FRESH_MS = 10 * 60_000;

const ZRoomQuery = z.object({
  text: z.string().optional(),
  agency: z.string().optional(),
  period: z.string().optional(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  events: z.coerce.number().int().min(1).max(100_000).catch(1),
  verify: z.string().optional(),
});

const fieldMessages = { vi: 'Giá trị không hợp lệ: ', en: 'Not a valid value: ' };

export function registerAuditPages(app: FastifyInstance, context: TAppContext): void {
  app.get('/audit', async (request, reply) => {
    const page = openPage(request, reply, [...roomRoles], "the auditors' room");
    const actor = actorOf(page.identity);
    const query = ZRoomQuery.parse(request.query ?? {});
    const typed = { text: query.text?.trim() ?? '', agency: query.agency?.trim() ?? '', period: query.period?.trim() ?? '' };
    const searching = Boolean(typed.text || typed.agency || typed.period);
    const parsed = ZAssignmentSearch.safeParse({ ...typed, page: query.page });
    const fieldErrors: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= `${fieldMessages[page.lang]}${issue.message}`;
    const results = searching && parsed.success ? await searchAssignments(context, actor, parsed.data) : null;
    let verification = await lastChainVerification(context, actor);
    if (query.verify === 'now' || !verification || Date.now() - verification.at.getTime() > VERIFICATION_FRESH_MS) verification = await runChainVerification(context, actor);
    const refusals = await latestRefusalsAndFailedLogins(context, actor, { page: query.events });
    const linkWith = (changes: Record<string, string | number>) => {
      const params = new URLSearchParams(Object.entries({ ...typed, page: String(query.page), events: String(query.events) }).filter(([, value]) => value !== ''));
      for (const [key, value] of Object.entries(changes)) params.set(key, String(value));
      return `/audit?${params.toString()}`;
    };
    const body = renderAuditRoom({ lang: page.lang, query: typed, results, fieldErrors, verification, refusals, linkWith });
    return sendPage(reply, page, words(page.lang, auditWords).title, body, Object.keys(fieldErrors).length ? 400 : 200);
  });

  async function reportOf(request: FastifyRequest, reply: FastifyReply) {
    const page = openPage(request, reply, [...roomRoles], 'the audit timeline');
    const assignmentId = (request.params as { id: string }).id;
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'read-audit' });
    return { page, assignmentId, report: await auditTimeline(context, actorOf(page.identity), { assignmentId }) };
  }

  app.get('/audit/assignments/:id', async (request, reply) => {
    const { page, assignmentId, report } = await reportOf(request, reply);
    const w = words(page.lang, auditWords);
    const exportBase = `${auditTimelinePath(assignmentId)}/export`;
    const body = html`<p class="small muted">${assignmentId} — ${report.runs} ${w.runs}</p>
<p class="no-print"><a href="${assignmentPath(assignmentId)}">${w.assignmentPage}</a> · <a href="${exportBase}.csv" download>${w.exportCsv}</a> · <a href="${exportBase}.json" download>${w.exportJson}</a> · <a href="${temporalHistoryLink(context.config, assignmentId)}" rel="noopener">${w.rawHistory}</a></p>
${renderDeadlineHistory(report, null, page.lang)}
${renderNotifications(report.timeline, page.lang)}
${renderTimeline(report.timeline, page.lang)}
<h2>${w.notes}</h2><ul>${report.notes.map((note) => html`<li class="small">${note}</li>`)}</ul>`;
    return sendPage(reply, page, `${w.timeline}: ${assignmentId}`, body);
  });

  /** A file name from the id: letters, digits, dots and dashes only. */
  const fileNameOf = (assignmentId: string, extension: string) => `audit-${assignmentId.replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 150)}.${extension}`;

  app.get('/audit/assignments/:id/export.csv', async (request, reply) => {
    const { assignmentId, report } = await reportOf(request, reply);
    return reply.type('text/csv; charset=utf-8').header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${fileNameOf(assignmentId, 'csv')}"`).send(auditReportCsv(report));
  });

  app.get('/audit/assignments/:id/export.json', async (request, reply) => {
    const { assignmentId, report } = await reportOf(request, reply);
    return reply.type('application/json; charset=utf-8').header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${fileNameOf(assignmentId, 'json')}"`).send(auditReportJson(report));
  });
}
