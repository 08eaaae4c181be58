// The few facts every desk form shows first: which assignment, its period, its due day and status.
import type { TAssignmentStatus } from '../../domain/assignment/status';
import { formatDay } from '../format';
import { html, type SafeHtml } from '../html';
import type { TLang } from '../i18n';
import { statusBadge } from '../status-words';
import { DESK_WORDS, PHASE_WORDS } from './desk-words';

export function assignmentHeader(status: TAssignmentStatus, lang: TLang): SafeHtml {
  const w = DESK_WORDS[lang];
  return html`<dl class="facts panel">
<dt>${w.assignment}</dt><dd><a href="/assignments/${encodeURIComponent(status.assignmentId)}">${status.taskRef}</a> · ${status.responsibleAgency}</dd>
<dt>${w.period}</dt><dd>${status.period === 'once' ? w.once : status.period}</dd>
<dt>${w.currentDue}</dt><dd>${formatDay(status.dueAt)}</dd>
<dt>${w.status}</dt><dd>${statusBadge(status.classification?.status, lang)} · ${PHASE_WORDS[lang][status.phase]}</dd>
</dl>`;
}
