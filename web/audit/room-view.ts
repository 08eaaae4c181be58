// The auditors' room's body: the search across assignments, agencies and periods; the audit
// chain's verification with when it last ran; the latest refused actions and failed sign-ins.
// Nothing here changes anything: every form is a GET.
import type { TAuditEventRow, TChainRun, TFoundAssignment, TPaged } from '../../client/audit/audit-room';
import { formatDateTime, formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang } from '../i18n';
import { assignmentPath } from '../assignment/assignment-view';
import { auditTimelinePath } from './temporal-link';
import { auditWords, stateWords } from './words';

export interface TRoomModel {
  lang: TLang;
  query: { text: string; agency: string; period: string };
  /** Null when nothing was searched for yet. */
  results: TPaged<TFoundAssignment> | null;
  fieldErrors: Record<string, string>;
  verification: TChainRun | null;
  refusals: TPaged<TAuditEventRow>;
  /** Builds the room's address with these query values changed (paging keeps the rest). */
  linkWith: (changes: Record<string, string | number>) => string;
}

function pager(lang: TLang, paged: TPaged<unknown>, param: string, linkWith: TRoomModel['linkWith']): SafeHtml {
  const w = words(lang, auditWords);
  const pages = Math.max(1, Math.ceil(paged.total / paged.pageSize));
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="${w.page}">${paged.page > 1 ? html`<a href="${linkWith({ [param]: paged.page - 1 })}">${w.previous}</a>` : ''}<span>${w.page} ${formatNumber(paged.page, lang)} / ${formatNumber(pages, lang)}</span>${paged.page < pages ? html`<a href="${linkWith({ [param]: paged.page + 1 })}">${w.next}</a>` : ''}</nav>`;
}

function field(name: string, label: string, value: string, error: string | undefined): SafeHtml {
  return html`<div class="field"><label for="search-${name}">${label}</label><input id="search-${name}" name="${name}" value="${value}"${error ? html` aria-invalid="true" aria-describedby="search-${name}-error"` : ''}>${error ? html`<div class="field-error" id="search-${name}-error">${error}</div>` : ''}</div>`;
}

function search(model: TRoomModel): SafeHtml {
  const w = words(model.lang, auditWords);
  const form = html`<form method="get" action="/audit" class="filters" role="search">
${field('text', w.text, model.query.text, model.fieldErrors.text)}${field('agency', w.agency, model.query.agency, model.fieldErrors.agency)}${field('period', w.period, model.query.period, model.fieldErrors.period)}
<div class="field"><button type="submit">${w.find}</button></div></form>`;
  if (!model.results) return html`<section class="panel" aria-labelledby="search"><h2 id="search">${w.search}</h2>${form}</section>`;
  const rows = model.results.items.map(
    (row) => html`<tr><td><a href="${assignmentPath(row.id)}">${row.taskRef}</a><br><span class="small muted">${row.id}</span></td><td>${row.responsibleAgency}${row.assigneeAsWritten !== row.responsibleAgency ? ` (${row.assigneeAsWritten})` : ''}</td><td>${row.period}</td><td data-state="${row.state}">${stateWords[model.lang][row.state] ?? row.state}</td><td>${formatDateTime(row.dueAt)}</td><td><a href="${auditTimelinePath(row.id)}">${w.timeline}</a></td></tr>`,
  );
  return html`<section class="panel" aria-labelledby="search"><h2 id="search">${w.search}</h2>${form}
<h3>${w.results}: ${formatNumber(model.results.total, model.lang)} ${w.found}</h3>
${rows.length ? html`<table class="results"><thead><tr><th scope="col">${w.task}</th><th scope="col">${w.agency}</th><th scope="col">${w.period}</th><th scope="col">${w.state}</th><th scope="col">${w.due}</th><th scope="col">${w.timeline}</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">${w.none}</p>`}
${pager(model.lang, model.results, 'page', model.linkWith)}</section>`;
}

function verification(model: TRoomModel): SafeHtml {
  const w = words(model.lang, auditWords);
  const run = model.verification;
  const outcome = run
    ? html`<p class="verification" data-ok="${run.ok ? 'true' : 'false'}"><span class="badge ${run.ok ? 'status-green' : 'status-red'}">${run.ok ? w.verifyOk : w.verifyBroken}</span> ${formatNumber(run.checked, model.lang)} ${w.checked}</p>
<p>${w.lastRun}: <time datetime="${run.at.toISOString()}">${formatDateTime(run.at)}</time>${run.by ? ` ${w.by} ${run.by}` : ''}</p>
${run.firstBroken ? html`<p class="notice error">${w.firstBroken}: #${run.firstBroken.sequence} — ${run.firstBroken.reason}</p>` : ''}`
    : html`<p>${w.never}</p>`;
  return html`<section class="panel" aria-labelledby="verification"><h2 id="verification">${w.verification}</h2>${outcome}
<p class="small muted">${w.verifyHow}</p><p><a class="button secondary" href="/audit?verify=now">${w.verifyNow}</a></p></section>`;
}

function reasonOf(row: TAuditEventRow): string {
  const payload = (row.payload ?? {}) as Record<string, unknown>;
  const reason = payload.reason ?? payload.update ?? payload.clientAddress ?? '';
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

function refusals(model: TRoomModel): SafeHtml {
  const w = words(model.lang, auditWords);
  const rows = model.refusals.items.map(
    (row) => html`<tr data-action="${row.action}"><td>${formatDateTime(row.occurredAt)}</td><td>${row.action}</td><td>${row.actorAgency ? `${row.actorAgency}/` : ''}${row.actorUser ?? '—'}</td><td>${row.subjectType === 'assignment' ? html`<a href="${assignmentPath(row.subjectId)}">${row.subjectId}</a>` : `${row.subjectType}: ${row.subjectId}`}</td><td>${reasonOf(row)}</td></tr>`,
  );
  return html`<section class="panel" aria-labelledby="refusals"><h2 id="refusals">${w.refusals}</h2>
${rows.length ? html`<div class="table-scroll"><table class="refusals"><thead><tr><th scope="col">${w.at}</th><th scope="col">${w.action}</th><th scope="col">${w.who}</th><th scope="col">${w.subject}</th><th scope="col">${w.reason}</th></tr></thead><tbody>${rows}</tbody></table></div>` : html`<p class="muted">${w.noRefusals}</p>`}
${pager(model.lang, model.refusals, 'events', model.linkWith)}</section>`;
}

export function renderAuditRoom(model: TRoomModel): SafeHtml {
  return html`${search(model)}${verification(model)}${refusals(model)}`;
}
