// The parts of an assignment's story that both the assignment page and the auditors' room show:
// the timeline (the same content as `dondoc audit`), the deadline history, and who was notified
// when. Times are Vietnam time, as officials write them.
import type { TAuditReport } from '../../client/audit/audit-timeline';
import type { TTimelineActor, TTimelineEntry } from '../../client/read-model/timeline';
import { formatDateTime } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang } from '../i18n';

const timelineWords = {
  vi: { timeline: 'Diễn biến', at: 'Thời điểm', source: 'Nguồn', kind: 'Loại', actor: 'Người thực hiện', summary: 'Nội dung', temporal: 'Temporal', audit: 'Nhật ký', none: 'Chưa có diễn biến nào.', deadlines: 'Lịch sử thời hạn', change: 'Thay đổi', from: 'Hạn cũ', to: 'Hạn mới', by: 'Người quyết định', reason: 'Lý do / ghi chú', noDeadline: 'Chưa ghi nhận thời hạn nào.', notified: 'Đã thông báo cho ai, khi nào', recipients: 'Người nhận', noNotice: 'Chưa có thông báo nào được gửi.', notDelivered: 'KHÔNG gửi được', system: 'dondoc', pending: 'Đề nghị gia hạn đang chờ quyết định', assigned: 'Giao việc (hạn ban đầu)', 'deadline-changed': 'Kế hoạch sửa đổi thời hạn', 'extension-approved': 'Gia hạn được chấp thuận', 'result-returned': 'Trả lại kết quả, hạn mới' },
  en: { timeline: 'Timeline', at: 'When', source: 'Source', kind: 'Kind', actor: 'Who', summary: 'What', temporal: 'Temporal', audit: 'Audit log', none: 'Nothing has happened yet.', deadlines: 'Deadline history', change: 'Change', from: 'Previous due', to: 'New due', by: 'Decided by', reason: 'Reason / note', noDeadline: 'No deadline recorded yet.', notified: 'Who was notified when', recipients: 'Recipients', noNotice: 'No notice has been sent yet.', notDelivered: 'NOT delivered', system: 'dondoc', pending: 'Extension request waiting for a decision', assigned: 'Assigned (original due day)', 'deadline-changed': 'Deadline changed by an amended plan', 'extension-approved': 'Extension approved', 'result-returned': 'Result returned, new due day' },
};

function actorText(actor: TTimelineActor | null, system: string): string {
  if (!actor) return system;
  const who = `${actor.agency ?? '?'}/${actor.user ?? '?'}`;
  return actor.role && actor.role !== 'officer' ? `${who} (${actor.role})` : who;
}

export function renderTimeline(entries: TTimelineEntry[], lang: TLang): SafeHtml {
  const w = words(lang, timelineWords);
  if (!entries.length) return html`<h2 id="timeline">${w.timeline}</h2><p class="muted">${w.none}</p>`;
  const rows = entries.map(
    (entry) => html`<tr data-kind="${entry.kind}" data-action="${entry.action}"><td class="nowrap">${formatDateTime(entry.at)}</td><td>${entry.source === 'temporal' ? w.temporal : w.audit}</td><td>${entry.kind}</td><td>${actorText(entry.actor, w.system)}</td><td>${entry.summary}<br><span class="small muted">${entry.ref}</span></td></tr>`,
  );
  return html`<h2 id="timeline">${w.timeline}</h2>
<div class="table-scroll"><table class="timeline"><thead><tr><th scope="col">${w.at}</th><th scope="col">${w.source}</th><th scope="col">${w.kind}</th><th scope="col">${w.actor}</th><th scope="col">${w.summary}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

type TChangeKey = 'assigned' | 'deadline-changed' | 'extension-approved' | 'result-returned';

/** The original due day, then each move (amended plan, approved extension, result returned); the pending extension last. */
export function renderDeadlineHistory(report: Pick<TAuditReport, 'deadlineChanges'>, pending: { newDueDay: string; reason: string; requestedAt: string } | null, lang: TLang): SafeHtml {
  const w = words(lang, timelineWords);
  const label = (action: string) => (action in w ? w[action as TChangeKey] : action);
  const rows = report.deadlineChanges.map(
    (change) => html`<tr data-deadline-action="${change.action}"><td>${formatDateTime(change.at)}</td><td>${label(change.action)}${change.period ? ` (${change.period})` : ''}</td><td>${change.from && change.from !== change.to ? formatDateTime(change.from) : '—'}</td><td class="due">${formatDateTime(change.to)}</td><td>${change.by ?? w.system}</td><td>${change.reason ?? ''}</td></tr>`,
  );
  const pendingRow = pending
    ? html`<tr data-deadline-action="extension-pending"><td>${formatDateTime(pending.requestedAt)}</td><td>${w.pending}</td><td>—</td><td>${pending.newDueDay.split('-').reverse().join('/')}</td><td>—</td><td>${pending.reason}</td></tr>`
    : '';
  if (!rows.length && !pending) return html`<h2 id="deadlines">${w.deadlines}</h2><p class="muted">${w.noDeadline}</p>`;
  return html`<h2 id="deadlines">${w.deadlines}</h2>
<table class="deadlines"><thead><tr><th scope="col">${w.at}</th><th scope="col">${w.change}</th><th scope="col">${w.from}</th><th scope="col">${w.to}</th><th scope="col">${w.by}</th><th scope="col">${w.reason}</th></tr></thead><tbody>${rows}${pendingRow}</tbody></table>`;
}

/** The notices of the timeline: each sent (or failed) notice, when, and to whom. */
export function renderNotifications(entries: TTimelineEntry[], lang: TLang): SafeHtml {
  const w = words(lang, timelineWords);
  const notices = entries.filter((entry) => entry.kind === 'notice' || entry.kind === 'notice-failed');
  if (!notices.length) return html`<h2 id="notified">${w.notified}</h2><p class="muted">${w.noNotice}</p>`;
  const rows = notices.map((entry) => {
    const recipients = Array.isArray(entry.details.recipients) ? (entry.details.recipients as string[]).join(', ') : '';
    return html`<tr><td>${formatDateTime(entry.at)}</td><td>${entry.action}</td><td>${entry.kind === 'notice-failed' ? html`<strong>${w.notDelivered}</strong> ` : ''}${recipients || entry.summary}</td></tr>`;
  });
  return html`<h2 id="notified">${w.notified}</h2>
<table class="notified"><thead><tr><th scope="col">${w.at}</th><th scope="col">${w.kind}</th><th scope="col">${w.recipients}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
