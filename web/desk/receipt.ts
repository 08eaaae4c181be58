// The receipt of a result: when it was received and from whom, the figures and the start of the
// narrative as the workflow took them, and each document kept with its SHA-256 and a download.
import { attachmentPath } from '../../client/attachments/list-attachments';
import type { TReceipt } from '../../client/desk/read-receipt';
import { formatDateTime, formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import type { TLang } from '../i18n';
import { DESK_WORDS, PHASE_WORDS } from './desk-words';

const narrativeShown = 600;

function size(bytes: number, lang: TLang): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
}

export function renderReceipt(receipt: TReceipt, lang: TLang, justSent: boolean): SafeHtml {
  const w = DESK_WORDS[lang];
  const received = receipt.received;
  const phase = html`<dt>${w.phase}</dt><dd>${PHASE_WORDS[lang][receipt.status.phase]}</dd>`;
  if (!received) return html`<div class="notice">${w.noReceipt}</div><dl class="facts">${phase}</dl>`;
  const narrative = received.narrative.length > narrativeShown ? `${received.narrative.slice(0, narrativeShown)} …` : received.narrative;
  const figures = received.indicators.map(
    (value) => html`<tr><th scope="row">${value.code}</th><td class="number">${formatNumber(value.count, lang)}</td><td class="number">${value.total === undefined ? '—' : formatNumber(value.total, lang)}</td></tr>`,
  );
  const documents = receipt.attachments.map(
    (each) => html`<tr data-sha256="${each.sha256}"><td>${each.fileName}</td><td>${each.mediaType}</td><td class="number">${size(each.sizeBytes, lang)}</td><td><code class="sha256">${each.sha256}</code></td><td><a href="${attachmentPath(each)}">${w.download}</a></td></tr>`,
  );
  return html`${justSent ? html`<div class="notice success" role="status">${w.receivedOk}</div>` : ''}
<div class="panel receipt">
<dl class="facts">
<dt>${w.receivedAt}</dt><dd data-received-at="${received.at.toISOString()}">${formatDateTime(received.at)}${received.onTime === null ? '' : html` · ${received.onTime ? w.onTime : w.late}`}</dd>
<dt>${w.receivedFrom}</dt><dd>${received.user ?? '—'}${received.agency ? html` · ${received.agency}` : ''}</dd>
${phase}
</dl>
<h2>${w.figures}</h2>
${figures.length ? html`<table><thead><tr><th scope="col">${w.indicator}</th><th scope="col" class="number">${w.count}</th><th scope="col" class="number">${w.total}</th></tr></thead><tbody>${figures}</tbody></table>` : html`<p class="muted">${w.noIndicators}</p>`}
<h2>${w.narrative}</h2>
<p class="narrative">${narrative}</p>
<h2>${w.documents}</h2>
${documents.length ? html`<table><thead><tr><th scope="col">${w.fileName}</th><th scope="col">${w.mediaType}</th><th scope="col" class="number">${w.size}</th><th scope="col">${w.sha256}</th><th scope="col"><span class="muted">${w.download}</span></th></tr></thead><tbody>${documents}</tbody></table>` : html`<p class="muted">—</p>`}
</div>`;
}
