// The parts of the deadline board: the filter form (GET, works without script), the headline
// figures, the table with sortable headings and a pager. Pure: data in, HTML out.
import type { TClassifiedRow } from '../../client/read-model/agency-status';
import { formatDay, formatNumber, formatShare } from '../format';
import { html, type SafeHtml } from '../html';
import type { TLang } from '../i18n';
import { statusBadge } from '../status-words';
import { boardHref, sortHref, type TBoardQuery, type TFilterField, type TSortKey } from './board-query';
import { BOARD_WORDS, fill } from './board-words';
import { shorten } from './svg';

const COLOURS = ['grey', 'blue', 'yellow', 'red', 'purple', 'green', 'orange'] as const;

export interface TFilterChoices {
  plans: { id: string; title: string }[];
  groups: { planId: string; title: string }[];
  agencies: { code: string; name: string | null }[];
}

function errorOf(field: TFilterField, errors: Partial<Record<TFilterField, string>>): { attributes: SafeHtml; message: SafeHtml | string } {
  const message = errors[field];
  if (!message) return { attributes: html``, message: '' };
  return { attributes: html` aria-invalid="true" aria-describedby="${field}-error"`, message: html`<div class="field-error" id="${field}-error">${message}</div>` };
}

/** The filters as a GET form: every field labelled, a bad one marked with its message, what was typed kept. */
export function filterForm(values: Record<TFilterField, string>, choices: TFilterChoices, lang: TLang, errors: Partial<Record<TFilterField, string>> = {}): SafeHtml {
  const w = BOARD_WORDS[lang];
  const option = (value: string, label: string, selected: string) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
  const select = (field: TFilterField, options: SafeHtml[]) => {
    const error = errorOf(field, errors);
    return html`<div class="field"><label for="filter-${field}">${w[field]}</label><select id="filter-${field}" name="${field}"${error.attributes}>${option('', w.any, values[field])}${options}</select>${error.message}</div>`;
  };
  const date = (field: 'dueFrom' | 'dueTo') => {
    const error = errorOf(field, errors);
    return html`<div class="field"><label for="filter-${field}">${w[field]}</label><input type="date" id="filter-${field}" name="${field}" value="${values[field]}"${error.attributes}>${error.message}</div>`;
  };
  const multiplePlans = choices.plans.length > 1;
  return html`<form class="filters panel" method="get" action="/board" aria-label="${w.filters}">
${select('plan', choices.plans.map((plan) => option(plan.id, shorten(`${plan.id} — ${plan.title}`, 70), values.plan)))}
${select('group', choices.groups.map((group) => option(group.title, shorten(multiplePlans ? `${group.planId}: ${group.title}` : group.title, 70), values.group)))}
${select('agency', choices.agencies.map((agency) => option(agency.code, shorten(agency.name ? `${agency.name} (${agency.code})` : agency.code, 60), values.agency)))}
${select('colour', COLOURS.map((colour) => option(colour, w[colour], values.colour)))}
${date('dueFrom')}${date('dueTo')}
<div class="field"><button type="submit">${w.apply}</button> <a href="/board">${w.clear}</a></div>
</form>`;
}

export interface THeadline {
  overdue: number;
  total: number;
  overdueShare: number;
  oldestOverdueDays: number | null;
  lastClosedPeriod: { period: string; total: number; onTime: number } | null;
}

export function headlineFigures(figures: THeadline, lang: TLang): SafeHtml {
  const w = BOARD_WORDS[lang];
  const last = figures.lastClosedPeriod;
  const figure = (id: string, value: string, label: string, note: string) => html`<div class="figure" id="${id}"><span class="value">${value}</span><span class="label">${label}</span><br><span class="small muted">${note}</span></div>`;
  return html`<section aria-labelledby="figures-heading"><h2 id="figures-heading">${w.figures}</h2><div class="figures">
${figure('figure-overdue-share', formatShare(figures.overdueShare, lang), w.overdueShare, fill(w.overdueShareNote, { overdue: formatNumber(figures.overdue, lang), total: formatNumber(figures.total, lang) }))}
${figure('figure-oldest-overdue', figures.oldestOverdueDays === null ? '—' : fill(w.days1, { n: formatNumber(figures.oldestOverdueDays, lang) }), w.oldestOverdue, w.oldestNote)}
${figure('figure-on-time-rate', last && last.total > 0 ? formatShare(last.onTime / last.total, lang) : '—', w.onTimeRate, last ? fill(w.onTimeNote, { period: last.period, onTime: formatNumber(last.onTime, lang), total: formatNumber(last.total, lang) }) : w.noClosedPeriod)}
</div></section>`;
}

function daysOf(row: TClassifiedRow, lang: TLang): string {
  const w = BOARD_WORDS[lang];
  const classification = row.classification;
  if (!classification) return '—';
  if (classification.status === 'overdue' || classification.status === 'not_yet_received') return fill(w.daysOverdue, { n: formatNumber(classification.daysOverdue ?? 0, lang) });
  if (classification.daysLeft !== undefined && !row.completedAt) return fill(w.daysLeft, { n: formatNumber(classification.daysLeft, lang) });
  return '—';
}

/** The list: a heading per column (the sortable ones are links, aria-sort on the one in use), a row per assignment linking to its page. */
export function assignmentTable(rows: TClassifiedRow[], query: TBoardQuery, names: ReadonlyMap<string, string>, lang: TLang): SafeHtml {
  const w = BOARD_WORDS[lang];
  const heading = (key: TSortKey, label: string, extra = '') => {
    const current = query.sort === key;
    const sortState = current ? (query.dir === 'asc' ? 'ascending' : 'descending') : null;
    const arrow = current ? (query.dir === 'asc' ? ' ▲' : ' ▼') : '';
    return html`<th scope="col"${extra ? html` class="${extra}"` : ''}${sortState ? html` aria-sort="${sortState}"` : ''}><a href="${sortHref(query, key)}" data-sort="${key}">${label}${arrow}</a></th>`;
  };
  if (!rows.length) return html`<p class="notice">${w.noRows}</p>`;
  const body = rows.map((row) => {
    const href = `/assignments/${encodeURIComponent(row.id)}`;
    const agencyName = names.get(row.responsibleAgency);
    return html`<tr>
<td>${statusBadge(row.classification?.status, lang)}${row.state === 'submitted' ? html`<br><span class="small" data-state="submitted">${w.awaitingReview}</span>` : ''}</td>
<td><a href="${href}">${row.taskRef}</a>${row.groupTitle ? html`<br><span class="small muted">${shorten(row.groupTitle, 90)}</span>` : ''}</td>
<td>${agencyName ? html`${agencyName} <span class="small muted">(${row.responsibleAgency})</span>` : row.responsibleAgency}</td>
<td>${row.period === 'once' ? w.once : row.period}</td>
<td>${formatDay(row.dueAt)}</td>
<td>${daysOf(row, lang)}</td>
</tr>`;
  });
  return html`<table class="board-table">
<thead><tr>${heading('status', w.status)}${heading('task', w.task)}${heading('agency', w.agency)}<th scope="col">${w.period}</th>${heading('due', w.due)}<th scope="col">${w.days}</th></tr></thead>
<tbody>${body}</tbody>
</table>`;
}

export function pager(query: TBoardQuery, total: number, pageSize: number, lang: TLang): SafeHtml {
  const w = BOARD_WORDS[lang];
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const previous = query.page > 1 ? html`<a href="${boardHref(query, { page: Math.min(query.page - 1, pages) })}" rel="prev">${w.previous}</a>` : '';
  const next = query.page < pages ? html`<a href="${boardHref(query, { page: query.page + 1 })}" rel="next">${w.next}</a>` : '';
  return html`<nav class="pager" aria-label="${fill(w.pageOf, { page: String(query.page), pages: String(pages) })}">${previous}<span>${fill(w.pageOf, { page: formatNumber(query.page, lang), pages: formatNumber(pages, lang) })} · ${fill(w.total, { n: formatNumber(total, lang) })}</span>${next}</nav>`;
}
