// The consolidated reports, as HTML: the list of what can be consolidated, and one period's
// figures (small counts protected), the units on time, late and missing, and the obstacles.
// Reading only: the page has links to its downloads and no form that changes anything.
import type { TReportablePlan } from '../../client/reports/report-periods';
import type { TProtectedCell } from '../../client/reports/protect-small-counts';
import type { TReportModel } from '../../client/reports/report-model';
import type { TTimeliness } from '../../domain/reporting/consolidate';
import { formatDateTime, formatDay, formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang } from '../i18n';

export const reportWords = {
  vi: {
    listTitle: 'Báo cáo tổng hợp', listIntro: 'Chọn kỳ báo cáo để xem số liệu tổng hợp của các đơn vị và tải báo cáo (CSV, Excel, Word).',
    cycle: 'Kỳ báo cáo định kỳ', review: 'Sơ kết, tổng kết', periods: 'Các kỳ', due: 'hạn', none: 'Chưa có kế hoạch nào được nạp.',
    plan: 'Kế hoạch', period: 'Kỳ', dueDay: 'Hạn gửi của đơn vị', closesAt: 'Khóa kỳ', closedAt: 'Đã chốt số liệu lúc', notClosed: 'Chưa chốt (số liệu hiện tại)', issuer: 'Cơ quan tổng hợp',
    downloads: 'Tải về', csv: 'Tải CSV', xlsx: 'Tải Excel', docx: 'Tải Word (dự thảo báo cáo)',
    figures: 'Số liệu tổng hợp', indicator: 'Chỉ tiêu', count: 'Số lượng', total: 'Tổng số', percent: 'Tỉ lệ', reporting: 'Đơn vị có số liệu', note: 'Ghi chú', missingFigures: 'Thiếu số liệu',
    small: 'Dưới 5: không công bố để không chỉ ra trẻ em cụ thể', withheld: 'ẩn', withheldTitle: 'Ẩn để không suy ra được số dưới 5 bằng phép trừ',
    protectionNote: 'Số lượng dưới 5 của chỉ tiêu đếm trẻ em được ghi "<5" (Luật Trẻ em 2016, Điều 6 và 21); khi đó tổng số được ẩn và không ghi tỉ lệ, để không suy ra được bằng phép trừ.',
    units: 'Tình hình gửi báo cáo của các đơn vị', unit: 'Đơn vị', status: 'Tình trạng', submittedAt: 'Thời điểm gửi', on_time: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa gửi',
    obstacles: 'Khó khăn, vướng mắc', noObstacles: 'Không có khó khăn, vướng mắc nào được báo cáo trong kỳ.', open: 'Chưa xử lý', handled: 'Đã xử lý', proposal: 'Đề xuất', answer: 'Trả lời',
    otherPeriods: 'Kỳ khác', back: 'Danh sách báo cáo', noUnits: 'Chưa có đơn vị nào phải gửi báo cáo kỳ này.',
  },
  en: {
    listTitle: 'Consolidated reports', listIntro: 'Choose a period to see the units’ figures summed and to download the report (CSV, Excel, Word).',
    cycle: 'Reporting cycles', review: 'Reviews', periods: 'Periods', due: 'due', none: 'No plan is loaded yet.',
    plan: 'Plan', period: 'Period', dueDay: 'Units’ due day', closesAt: 'Period closes', closedAt: 'Figures taken at', notClosed: 'Not closed (figures as they stand)', issuer: 'Consolidated by',
    downloads: 'Downloads', csv: 'Download CSV', xlsx: 'Download Excel', docx: 'Download Word (draft report)',
    figures: 'Figures summed', indicator: 'Indicator', count: 'Count', total: 'Whole', percent: 'Share', reporting: 'Units with figures', note: 'Notes', missingFigures: 'Figures missing from',
    small: 'Below 5: not published, so that no child is pointed at', withheld: 'withheld', withheldTitle: 'Withheld so that a count below 5 cannot be worked out by subtraction',
    protectionNote: 'Counts of children below 5 are shown as "<5" (Law on Children 2016, Art. 6 and 21); the whole is then withheld and no share is given, so that they cannot be worked out by subtraction.',
    units: 'Units’ reports', unit: 'Unit', status: 'Status', submittedAt: 'Submitted at', on_time: 'On time', late: 'Late', missing: 'Missing',
    obstacles: 'Obstacles', noObstacles: 'No obstacle was reported in the period.', open: 'Open', handled: 'Handled', proposal: 'Proposal', answer: 'Answer',
    otherPeriods: 'Other periods', back: 'List of reports', noUnits: 'No unit owes a report for this period.',
  },
};

const TIMELINESS_COLOUR: Record<TTimeliness, string> = { on_time: 'green', late: 'orange', missing: 'red' };

/** The address of a period's page (or one of its downloads, with a suffix such as "/export.csv"). */
export function reportPath(cycle: string, period: string, planId: string | null, suffix = ''): string {
  const query = new URLSearchParams({ period, ...(planId ? { plan: planId } : {}) });
  return `/reports/${encodeURIComponent(cycle)}${suffix}?${query.toString()}`;
}

export function renderReportList(plans: TReportablePlan[], lang: TLang): SafeHtml {
  const w = words(lang, reportWords);
  if (!plans.length) return html`<p class="notice">${w.none}</p>`;
  return html`<p>${w.listIntro}</p>${plans.map(
    (plan) => html`<section class="panel"><h2>${lang === 'en' && plan.titleEn ? plan.titleEn : plan.titleVi}</h2>
<table><thead><tr><th scope="col">${w.cycle} / ${w.review}</th><th scope="col">${w.periods}</th></tr></thead><tbody>
${plan.cycles.map(
  (cycle) => html`<tr data-cycle="${cycle.id}"><th scope="row">${lang === 'en' ? cycle.nameEn : cycle.nameVi}<br><span class="small muted">${cycle.id} · ${cycle.kind === 'cycle' ? w.cycle : w.review}</span></th>
<td><ul class="periods">${cycle.periods.map((period) => html`<li><a href="${reportPath(cycle.id, period.period, plan.planId)}">${period.period}</a> <span class="small muted">(${w.due} ${formatDay(period.dueAt)})</span></li>`)}</ul></td></tr>`,
)}
</tbody></table></section>`,
  )}`;
}

function cell(value: TProtectedCell, lang: TLang): SafeHtml {
  const w = words(lang, reportWords);
  if (value.state === 'small') return html`<td class="number" data-cell="small"><abbr title="${w.small}">&lt;5</abbr></td>`;
  if (value.state === 'withheld') return html`<td class="number" data-cell="withheld"><abbr title="${w.withheldTitle}">${w.withheld}</abbr></td>`;
  return html`<td class="number" data-cell="shown">${value.value === null ? '—' : formatNumber(value.value, lang)}</td>`;
}

export function timelinessBadge(timeliness: TTimeliness, lang: TLang): SafeHtml {
  return html`<span class="badge status-${TIMELINESS_COLOUR[timeliness]}" data-timeliness="${timeliness}">${words(lang, reportWords)[timeliness]}</span>`;
}

export function renderReport(model: TReportModel, otherPeriods: string[], lang: TLang): SafeHtml {
  const w = words(lang, reportWords);
  const en = lang === 'en';
  const downloads = (['csv', 'xlsx', 'docx'] as const).map((format) => html`<a class="button secondary" href="${reportPath(model.cycle, model.period, model.planId, `/export.${format}`)}" download>${w[format]}</a> `);
  const figures = model.indicators.map(
    (indicator) => html`<tr data-indicator="${indicator.code}"><th scope="row">${en ? indicator.nameEn : indicator.nameVi}${indicator.wholeVi ? html`<br><span class="small muted">${w.total}: ${en ? indicator.wholeEn ?? indicator.wholeVi : indicator.wholeVi}</span>` : ''}</th>
${cell(indicator.count, lang)}${cell(indicator.total, lang)}<td class="number" data-cell="percent">${indicator.percent === null ? '—' : `${formatNumber(indicator.percent, lang, 1)} %`}</td>
<td class="number">${formatNumber(indicator.reportingUnits, lang)}</td>
<td class="small">${indicator.missingUnits.length ? html`<p>${w.missingFigures}: ${indicator.missingUnits.join(', ')}</p>` : ''}${indicator.problems.map((problem) => html`<p>${problem}</p>`)}</td></tr>`,
  );
  const units = model.units.map(
    (unit) => html`<tr data-unit="${unit.agency}"><th scope="row">${en ? unit.nameEn : unit.nameVi} <span class="small muted">${unit.agency}</span></th><td>${timelinessBadge(unit.timeliness, lang)}</td><td>${formatDateTime(unit.submittedAt)}</td></tr>`,
  );
  const obstacles = model.obstacles.map(
    (obstacle) => html`<li><strong>${obstacle.reportingAgency}</strong> (${formatDay(obstacle.reportedAt)}) — ${obstacle.text} <span class="badge status-${obstacle.open ? 'yellow' : 'green'}">${obstacle.open ? w.open : w.handled}</span>
<br><span class="small">${w.proposal}: ${obstacle.proposal}${obstacle.answer ? html` · ${w.answer}: ${obstacle.answer}` : ''}</span></li>`,
  );
  return html`<p><a href="/reports">← ${w.back}</a></p>
<section class="panel"><dl class="facts">
<dt>${w.plan}</dt><dd>${model.planTitleVi}</dd>
<dt>${w.period}</dt><dd>${model.period}</dd>
<dt>${w.issuer}</dt><dd>${en ? model.issuingAgency.nameEn : model.issuingAgency.nameVi}</dd>
<dt>${w.dueDay}</dt><dd>${formatDay(model.dueAt)}</dd>
<dt>${w.closesAt}</dt><dd>${formatDateTime(model.closesAt)}</dd>
<dt>${w.closedAt}</dt><dd>${model.closedAt ? formatDateTime(model.closedAt) : w.notClosed}</dd>
</dl>
<p><span class="muted">${w.downloads}:</span> ${downloads}</p>
${otherPeriods.length > 1 ? html`<p class="small"><span class="muted">${w.otherPeriods}:</span> ${otherPeriods.map((period) => (period === model.period ? html`<strong aria-current="page">${period}</strong> ` : html`<a href="${reportPath(model.cycle, period, model.planId)}">${period}</a> `))}</p>` : ''}
</section>
<div class="figures">
<div class="figure" data-figure="on_time"><span class="value">${formatNumber(model.onTime, lang)}</span><span class="label">${timelinessBadge('on_time', lang)}</span></div>
<div class="figure" data-figure="late"><span class="value">${formatNumber(model.late, lang)}</span><span class="label">${timelinessBadge('late', lang)}</span></div>
<div class="figure" data-figure="missing"><span class="value">${formatNumber(model.missing, lang)}</span><span class="label">${timelinessBadge('missing', lang)}</span></div>
</div>
<h2>${w.figures}</h2>
<table class="report-figures"><thead><tr><th scope="col">${w.indicator}</th><th scope="col" class="number">${w.count}</th><th scope="col" class="number">${w.total}</th><th scope="col" class="number">${w.percent}</th><th scope="col" class="number">${w.reporting}</th><th scope="col">${w.note}</th></tr></thead>
<tbody>${figures}</tbody></table>
<p class="small muted">${w.protectionNote}</p>
<h2>${w.units}</h2>
${model.units.length ? html`<table class="report-units"><thead><tr><th scope="col">${w.unit}</th><th scope="col">${w.status}</th><th scope="col">${w.submittedAt}</th></tr></thead><tbody>${units}</tbody></table>` : html`<p>${w.noUnits}</p>`}
<h2>${w.obstacles}</h2>
${obstacles.length ? html`<ul class="obstacles">${obstacles}</ul>` : html`<p>${w.noObstacles}</p>`}`;
}
