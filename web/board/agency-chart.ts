// Chart 1: overdue and late work by the agency answering for it, as horizontal stacked bars
// (overdue red, done late orange), each bar with its figures written beside it.
import { formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang, type TWords } from '../i18n';
import { px, shorten, svgFrame } from './svg';

export interface TAgencyLateness {
  agency: string;
  name: string | null;
  overdue: number;
  late: number;
}

const chartWords: TWords<'title' | 'description' | 'overdue' | 'late' | 'none' | 'more'> = {
  vi: { title: 'Việc quá hạn và hoàn thành trễ hạn theo cơ quan', description: 'Biểu đồ thanh: mỗi cơ quan một thanh, phần đỏ là số việc quá hạn, phần cam là số việc hoàn thành trễ hạn.', overdue: 'quá hạn', late: 'trễ hạn', none: 'Không có việc quá hạn hay trễ hạn.', more: 'cơ quan khác không hiển thị' },
  en: { title: 'Overdue and late work by agency', description: 'Bar chart: one bar per agency, the red part the overdue work, the orange part the work done late.', overdue: 'overdue', late: 'late', none: 'No overdue or late work.', more: 'more agencies not shown' },
};

/** At most this many bars: a readable chart on one printed page; the rest are counted below it. */
export const MAX_AGENCY_BARS = 25;

const LABEL_WIDTH = 260;
const BAR_AREA = 420;
const ROW = 22;

/** The agencies with overdue or late work, most first, drawn as bars. */
export function agencyLatenessChart(agencies: TAgencyLateness[], lang: TLang): SafeHtml {
  const w = words(lang, chartWords);
  const shown = agencies
    .filter((each) => each.overdue + each.late > 0)
    .sort((left, right) => right.overdue - left.overdue || right.late - left.late || left.agency.localeCompare(right.agency));
  const bars = shown.slice(0, MAX_AGENCY_BARS);
  const largest = Math.max(1, ...bars.map((each) => each.overdue + each.late));
  const top = 28;
  const height = top + Math.max(1, bars.length) * ROW + 10;
  const width = LABEL_WIDTH + BAR_AREA + 140;
  const scale = (count: number) => px((count / largest) * BAR_AREA);
  const legend = html`<rect class="chart-red" x="${LABEL_WIDTH}" y="6" width="12" height="12"/><text x="${LABEL_WIDTH + 16}" y="16">${w.overdue}</text><rect class="chart-orange" x="${LABEL_WIDTH + 110}" y="6" width="12" height="12"/><text x="${LABEL_WIDTH + 126}" y="16">${w.late}</text>`;
  const rows = bars.map((each, index) => {
    const y = top + index * ROW;
    const label = each.name ?? each.agency;
    const summary = `${label}: ${formatNumber(each.overdue, lang)} ${w.overdue}, ${formatNumber(each.late, lang)} ${w.late}`;
    return html`<g><title>${summary}</title><text x="${LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${shorten(label, 38)}</text><rect class="chart-red" x="${LABEL_WIDTH}" y="${y + 3}" width="${scale(each.overdue)}" height="${ROW - 6}"/><rect class="chart-orange" x="${px(LABEL_WIDTH + scale(each.overdue))}" y="${y + 3}" width="${scale(each.late)}" height="${ROW - 6}"/><text x="${px(LABEL_WIDTH + scale(each.overdue + each.late) + 6)}" y="${y + 14}">${formatNumber(each.overdue, lang)} / ${formatNumber(each.late, lang)}</text></g>`;
  });
  const empty = bars.length ? '' : html`<text x="${LABEL_WIDTH}" y="${top + 14}">${w.none}</text>`;
  const chart = svgFrame({ id: 'chart-agencies', width, height, title: w.title, description: w.description, body: [legend, ...rows, empty] });
  const more = shown.length > bars.length ? html`<p class="small muted">+ ${formatNumber(shown.length - bars.length, lang)} ${w.more}</p>` : '';
  return html`<h3>${w.title}</h3>${chart}${more}`;
}
