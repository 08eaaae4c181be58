// A status is always shown as a word beside its colour: colour is never the only signal.
import type { TAssignmentStatus } from '../domain/policy/assignment-status';
import { STATUS_COLOURS } from '../domain/policy/assignment-status';
import { html, type SafeHtml } from './html';
import type { TLang, TWords } from './i18n';

export const STATUS_WORDS: TWords<TAssignmentStatus> = {
  vi: {
    not_yet_due: 'Chưa đến hạn',
    in_term: 'Trong hạn',
    due_soon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
    completed_on_time: 'Hoàn thành đúng hạn',
    completed_late: 'Hoàn thành trễ hạn',
    not_yet_received: 'Chưa nhận được (đề nghị)',
  },
  en: {
    not_yet_due: 'Not yet due',
    in_term: 'In term',
    due_soon: 'Due soon',
    overdue: 'Overdue',
    completed_on_time: 'Done on time',
    completed_late: 'Done late',
    not_yet_received: 'Not yet received (request)',
  },
};

/** The status badge: the colour and the word. */
export function statusBadge(status: TAssignmentStatus | null | undefined, lang: TLang): SafeHtml {
  if (!status) return html`<span class="badge">—</span>`;
  return html`<span class="badge status-${STATUS_COLOURS[status]}" data-status="${status}">${STATUS_WORDS[lang][status]}</span>`;
}
