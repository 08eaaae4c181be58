// The desk's list: each assignment the agency answers for, with the plan's text of its task, the
// lead and coordinating agencies, the due day, the working days left, its status (word and
// colour) and links to what the agency can do about it.
import type { TClassifiedRow } from '../../client/read-model/agency-status';
import { formatDay, formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import type { TLang } from '../i18n';
import { statusBadge } from '../status-words';
import { DESK_WORDS, fill } from './desk-words';

export interface TDeskTask {
  ref: string;
  text: string;
  groupTitle: string | null;
  lead: string | null;
  coordinators: string[];
}

/** The address of an assignment's page under /desk (its id URL-encoded, slashes as %2F). */
export function deskPath(assignmentId: string, form: 'result' | 'extension' | 'explanation' | 'receipt'): string {
  return `/desk/assignments/${encodeURIComponent(assignmentId)}/${form}`;
}

/** The plan's text, shortened for a table cell; the whole text is on the assignment's page. */
function excerpt(text: string, length = 220): string {
  return text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')} …`;
}

function timeLeft(row: TClassifiedRow, lang: TLang): string {
  const w = DESK_WORDS[lang];
  const classification = row.classification;
  if (!classification || row.state === 'submitted' || row.completedAt) return '—';
  if (classification.daysOverdue) return fill(w.daysOverdue, { n: formatNumber(classification.daysOverdue, lang) });
  if (classification.workingDaysLeft === 0) return w.dueToday;
  if (classification.workingDaysLeft !== undefined) return `${formatNumber(classification.workingDaysLeft, lang)} ${w.daysLeft}`;
  return '—';
}

function actionsOf(row: TClassifiedRow, lang: TLang): SafeHtml {
  const w = DESK_WORDS[lang];
  const open = row.state === 'assigned' || row.state === 'in_progress' || row.state === 'returned';
  const late = row.classification?.status === 'overdue' || row.classification?.status === 'completed_late';
  const links = [
    open ? html`<li><a href="${deskPath(row.id, 'result')}">${w.submit}</a></li>` : '',
    open ? html`<li><a href="${deskPath(row.id, 'extension')}">${w.extension}</a></li>` : '',
    late ? html`<li><a href="${deskPath(row.id, 'explanation')}">${w.explanation}</a></li>` : '',
    row.state !== 'assigned' && row.state !== 'in_progress' ? html`<li><a href="${deskPath(row.id, 'receipt')}">${w.receipt}</a></li>` : '',
    html`<li><a href="/assignments/${encodeURIComponent(row.id)}">${w.details}</a></li>`,
  ];
  return html`<ul class="actions">${links}</ul>`;
}

export function renderDeskTable(rows: TClassifiedRow[], tasks: Map<string, TDeskTask>, lang: TLang): SafeHtml {
  const w = DESK_WORDS[lang];
  if (!rows.length) return html`<p class="muted">${w.none}</p>`;
  const body = rows.map((row) => {
    const task = tasks.get(`${row.planId} ${row.taskRef}`);
    return html`<tr data-assignment-id="${row.id}">
<td><strong>${row.taskRef}</strong>${task?.groupTitle ? html`<div class="small muted">${excerpt(task.groupTitle, 120)}</div>` : ''}<div>${task ? excerpt(task.text) : ''}</div></td>
<td>${task?.lead ? html`<div><span class="muted">${w.lead}:</span> ${task.lead}</div>` : ''}${task?.coordinators.length ? html`<div><span class="muted">${w.coordinators}:</span> ${task.coordinators.join(', ')}</div>` : ''}</td>
<td>${row.period === 'once' ? w.once : row.period}</td>
<td>${formatDay(row.dueAt)}</td>
<td>${timeLeft(row, lang)}</td>
<td>${statusBadge(row.classification?.status, lang)}</td>
<td>${actionsOf(row, lang)}</td>
</tr>`;
  });
  return html`<table class="desk"><thead><tr><th scope="col">${w.task}</th><th scope="col">${w.leadCoordinators}</th><th scope="col">${w.period}</th><th scope="col">${w.due}</th><th scope="col">${w.left}</th><th scope="col">${w.status}</th><th scope="col">${w.actions}</th></tr></thead><tbody>${body}</tbody></table>`;
}
