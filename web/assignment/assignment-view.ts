// The assignment page's body: what it is and how it stands, the deadline history, who was
// notified when, the timeline, and the actions the signed-in user may take (and only those).
import type { TFoundAssignment } from '../../client/audit/audit-room';
import type { TAuditReport } from '../../client/audit/audit-timeline';
import { attachmentPath, type TAttachmentInfo } from '../../client/attachments/list-attachments';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import { formatDateTime, formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang } from '../i18n';
import { statusBadge } from '../status-words';
import { explanationRequestForm, extensionDecisionForm, reviewForm, type TFormState } from './forms';
import { deskPathOf, type TPageAction } from './page-actions';
import { renderDeadlineHistory, renderNotifications, renderTimeline } from './timeline-view';
import { pageWords } from './words';

export interface TAssignmentPageModel {
  assignmentId: string;
  lang: TLang;
  csrfToken: string;
  /** Null when the workflow cannot answer (closed past retention, worker down): the audit log alone is shown. */
  status: TAssignmentStatus | null;
  report: TAuditReport;
  /** The assignment's record in the database: the task's text, and the facts when the workflow cannot answer. */
  record: TFoundAssignment | null;
  actions: TPageAction[];
  form: TFormState | null;
  /** A form was just handled: say so. */
  done: boolean;
  /** The documents attached to the assignment (the signed reports), oldest first. */
  attachments: TAttachmentInfo[];
  /** For those who read the audit: the room's timeline and the raw history. */
  auditLinks: { timeline: string; temporalUi: string } | null;
}

export function assignmentPath(assignmentId: string): string {
  return `/assignments/${encodeURIComponent(assignmentId)}`;
}

function facts(status: TAssignmentStatus, record: TFoundAssignment | null, lang: TLang): SafeHtml {
  const w = words(lang, pageWords);
  return html`<dl class="facts">
<dt>${w.status}</dt><dd>${statusBadge(status.classification?.status, lang)}</dd>
<dt>${w.phase}</dt><dd data-phase="${status.phase}">${w[status.phase]}</dd>
<dt>${w.task}</dt><dd>${status.taskRef}${record ? html` — ${record.taskText}` : ''}</dd>
<dt>${w.agency}</dt><dd>${status.responsibleAgency}${status.assigneeAsWritten !== status.responsibleAgency ? html` (${w.asWritten}: ${status.assigneeAsWritten})` : ''}</dd>
<dt>${w.monitoring}</dt><dd>${status.monitoringAgency}</dd>
<dt>${w.period}</dt><dd>${status.period}</dd>
<dt>${w.due}</dt><dd class="due-now">${formatDateTime(status.dueAt)}</dd>
<dt>${w.nextNotice}</dt><dd>${formatDateTime(status.nextNoticeAt)}</dd>
<dt>${w.escalation}</dt><dd>${formatNumber(status.escalationLevel, lang)}${status.deliveryProblem ? html` — <strong>${w.deliveryProblem}</strong>` : ''}</dd>
</dl>`;
}

/** When the workflow cannot answer: what the database knows. */
function recordFacts(record: TFoundAssignment | null, lang: TLang): SafeHtml {
  const w = words(lang, pageWords);
  if (!record) return html`<p class="notice">${w.live}</p>`;
  return html`<p class="notice">${w.live}</p><dl class="facts">
<dt>${w.task}</dt><dd>${record.taskRef} — ${record.taskText}</dd>
<dt>${w.agency}</dt><dd>${record.responsibleAgency}${record.assigneeAsWritten !== record.responsibleAgency ? html` (${w.asWritten}: ${record.assigneeAsWritten})` : ''}</dd>
<dt>${w.period}</dt><dd>${record.period}</dd>
<dt>${w.due}</dt><dd class="due-now">${formatDateTime(record.dueAt)}</dd>
</dl>`;
}

function actions(model: TAssignmentPageModel): SafeHtml {
  const w = words(model.lang, pageWords);
  if (!model.actions.length || !model.status) return html`<h2 id="actions">${w.actions}</h2><p class="muted">${w.noActions}</p>`;
  const context = { lang: model.lang, csrfToken: model.csrfToken, state: model.form };
  const base = assignmentPath(model.assignmentId);
  const pending = model.status.pendingExtension;
  const parts = model.actions.map((action) => {
    switch (action) {
      case 'review':
        return reviewForm({ ...context, action: `${base}/review` });
      case 'decide-extension':
        return pending ? extensionDecisionForm({ ...context, action: `${base}/extension-decision` }, pending) : '';
      case 'request-explanation':
        return explanationRequestForm({ ...context, action: `${base}/explanation-request` });
      case 'submit-result':
        return html`<p><a class="button" href="${deskPathOf(model.assignmentId, action)}">${w.submitResult}</a></p>`;
      case 'request-extension':
        return html`<p><a class="button secondary" href="${deskPathOf(model.assignmentId, action)}">${w.requestExtension}</a></p>`;
      case 'submit-explanation':
        return html`<p><a class="button" href="${deskPathOf(model.assignmentId, action)}">${w.submitExplanation}</a></p>`;
    }
  });
  return html`<h2 id="actions">${w.actions}</h2>${parts}`;
}

export function renderAssignmentBody(model: TAssignmentPageModel): SafeHtml {
  const w = words(model.lang, pageWords);
  const status = model.status;
  const timeline = model.report.timeline;
  return html`${model.done ? html`<div class="notice success" role="status">${w.done}</div>` : ''}
<section class="panel" aria-labelledby="summary"><h2 id="summary">${status ? `${status.taskRef} — ${status.period}` : model.assignmentId}</h2>
<p class="small muted">${model.assignmentId}</p>
${status ? facts(status, model.record, model.lang) : recordFacts(model.record, model.lang)}</section>
${actions(model)}
${renderDeadlineHistory(model.report, status?.pendingExtension ?? null, model.lang)}
${renderNotifications(timeline, model.lang)}
${renderTimeline(timeline, model.lang)}
${model.auditLinks ? html`<p class="no-print"><a href="${model.auditLinks.timeline}">${w.auditTimeline}</a> · <a href="${model.auditLinks.temporalUi}" rel="noopener">${w.rawHistory}</a></p>` : ''}
${renderAttachments(model.attachments, model.lang)}`;
}

/** The attached documents, each downloadable by whoever may read the assignment, with its SHA-256 (the one in the audit chain). */
function renderAttachments(attachments: TAttachmentInfo[], lang: TLang): SafeHtml {
  const w = words(lang, pageWords);
  const heads = w.attachmentHeads.split('|');
  return html`<section class="panel" aria-labelledby="attachments"><h2 id="attachments">${w.attachments}</h2>
${attachments.length === 0 ? html`<p class="muted">${w.noAttachments}</p>` : html`<table><thead><tr>${heads.map((head) => html`<th scope="col">${head}</th>`)}</tr></thead><tbody>
${attachments.map((each) => html`<tr><td><a href="${attachmentPath(each)}">${each.fileName}</a></td><td>${each.mediaType}</td><td class="number">${formatNumber(Math.ceil(each.sizeBytes / 1024), lang)} KB</td><td>${each.uploadedBy} (${each.agency})</td><td>${formatDateTime(each.uploadedAt)}</td><td><code class="small">${each.sha256}</code></td></tr>`)}
</tbody></table>`}</section>`;
}

export function titleOf(model: Pick<TAssignmentPageModel, 'lang' | 'status' | 'assignmentId'>): string {
  const w = words(model.lang, pageWords);
  return model.status ? `${w.title} ${model.status.taskRef} — ${model.status.responsibleAgency}` : `${w.title} ${model.assignmentId}`;
}
