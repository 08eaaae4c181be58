// Chart 3: the plan's deadlines across its years, counted per quarter (of the due day in
// Vietnam time): a column per quarter with its count written above it; the quarter of today is
// marked, the past ones drawn paler.
import { formatNumber } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang, type TWords } from '../i18n';
import { px, svgFrame } from './svg';

export interface TDeadlineQuarter {
  /** "2026-Q3" */
  quarter: string;
  count: number;
}

const timelineWords: TWords<'title' | 'description' | 'now' | 'none' | 'deadlines'> = {
  vi: { title: 'Các hạn của kế hoạch theo quý', description: 'Biểu đồ cột: mỗi cột một quý, chiều cao và số ghi trên cột là số hạn rơi vào quý đó; quý hiện tại được đánh dấu.', now: 'quý này', none: 'Chưa có hạn nào.', deadlines: 'hạn' },
  en: { title: "The plan's deadlines by quarter", description: 'Column chart: one column per quarter, its height and the number above it the deadlines falling in that quarter; the current quarter is marked.', now: 'this quarter', none: 'No deadline yet.', deadlines: 'deadlines' },
};

/** Every quarter from the first to the last, the empty ones included, so the axis is even. */
export function fillQuarters(quarters: TDeadlineQuarter[]): TDeadlineQuarter[] {
  if (!quarters.length) return [];
  const parse = (text: string) => {
    const [year, quarter] = text.split('-Q');
    return Number(year) * 4 + Number(quarter) - 1;
  };
  const counts = new Map(quarters.map((each) => [parse(each.quarter), each.count]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const value = first + index;
    return { quarter: `${Math.floor(value / 4)}-Q${(value % 4) + 1}`, count: counts.get(value) ?? 0 };
  });
}

const COLUMN = 44;
const PLOT_HEIGHT = 150;

/** `currentQuarter`: today's quarter in Vietnam time, "2026-Q4". */
export function deadlineTimeline(quarters: TDeadlineQuarter[], currentQuarter: string, lang: TLang): SafeHtml {
  const w = words(lang, timelineWords);
  const filled = fillQuarters(quarters);
  const largest = Math.max(1, ...filled.map((each) => each.count));
  const top = 24;
  const left = 10;
  const width = left * 2 + Math.max(4, filled.length) * COLUMN;
  const height = top + PLOT_HEIGHT + 44;
  const base = top + PLOT_HEIGHT;
  const columns = filled.map((each, index) => {
    const x = left + index * COLUMN;
    const barHeight = px((each.count / largest) * PLOT_HEIGHT);
    const [year, quarter] = each.quarter.split('-');
    const past = each.quarter < currentQuarter;
    const now = each.quarter === currentQuarter;
    const label = `${quarter}/${year}`;
    return html`<g><title>${label}: ${formatNumber(each.count, lang)} ${w.deadlines}${now ? ` (${w.now})` : ''}</title>${now ? html`<rect class="chart-now" x="${x}" y="${top - 18}" width="${COLUMN}" height="${PLOT_HEIGHT + 18}"/>` : ''}<rect class="${past ? 'chart-past' : 'chart-blue'}" x="${x + 6}" y="${px(base - barHeight)}" width="${COLUMN - 12}" height="${barHeight}"/><text x="${x + COLUMN / 2}" y="${px(base - barHeight - 4)}" text-anchor="middle">${formatNumber(each.count, lang)}</text><text x="${x + COLUMN / 2}" y="${base + 16}" text-anchor="middle" font-size="11">${quarter}</text><text x="${x + COLUMN / 2}" y="${base + 30}" text-anchor="middle" font-size="11">${year}</text>${now ? html`<text x="${x + COLUMN / 2}" y="${base + 42}" text-anchor="middle" font-size="10">${w.now}</text>` : ''}</g>`;
  });
  const axis = html`<line class="chart-axis" x1="${left}" y1="${base}" x2="${width - left}" y2="${base}"/>`;
  const empty = filled.length ? '' : html`<text x="${left}" y="${top + 20}">${w.none}</text>`;
  return html`<h3>${w.title}</h3>${svgFrame({ id: 'chart-timeline', width, height, title: w.title, description: w.description, body: [axis, ...columns, empty] })}`;
}
