// Chart 2: reporting timeliness by unit × period. Each cell takes the colour of the worst it
// holds (missing, then late, then not yet due, else on time) and writes that word and count in
// itself, with every count in its title: colour is never the only signal.
import { formatNumber } from '../format';
import type { TTimelinessCell } from '../../data/board-figures';
import { html, type SafeHtml } from '../html';
import { words, type TLang, type TWords } from '../i18n';
import { px, shorten, svgFrame } from './svg';

/** One unit in one period, as the database counts it (data/board-figures.ts). */
export type { TTimelinessCell };

export type TCellStanding = 'missing' | 'late' | 'notYetDue' | 'onTime';

const heatWords: TWords<'title' | 'description' | TCellStanding | 'once' | 'none' | 'more'> = {
  vi: { title: 'Mức độ đúng hạn báo cáo theo đơn vị và kỳ', description: 'Bản đồ nhiệt: mỗi hàng một đơn vị, mỗi cột một kỳ; mỗi ô ghi tình trạng xấu nhất và số việc: thiếu (đỏ), trễ hạn (cam), chưa đến hạn (xám), đúng hạn (xanh lá).', missing: 'Thiếu', late: 'Trễ hạn', notYetDue: 'Chưa đến hạn', onTime: 'Đúng hạn', once: 'một lần', none: 'Không có việc nào.', more: 'đơn vị khác không hiển thị (lọc theo cơ quan để xem)' },
  en: { title: 'Reporting timeliness by unit and period', description: 'Heat map: one row per unit, one column per period; each cell names its worst standing and its count: missing (red), late (orange), not yet due (grey), on time (green).', missing: 'Missing', late: 'Late', notYetDue: 'Not yet due', onTime: 'On time', once: 'once', none: 'No work.', more: 'more units not shown (filter by agency to see one)' },
};

const CLASS_OF: Record<TCellStanding, string> = { missing: 'chart-red', late: 'chart-orange', notYetDue: 'chart-grey', onTime: 'chart-green' };

/** At most this many units (rows), those with the most missing work first: the page stays light. */
export const MAX_HEAT_UNITS = 40;

/** What a cell shows: the worst standing it holds and how many are in it. */
export function cellStanding(cell: Omit<TTimelinessCell, 'agency' | 'period'>): { standing: TCellStanding; count: number } {
  if (cell.missing > 0) return { standing: 'missing', count: cell.missing };
  if (cell.late > 0) return { standing: 'late', count: cell.late };
  if (cell.notYetDue > 0) return { standing: 'notYetDue', count: cell.notYetDue };
  return { standing: 'onTime', count: cell.onTime };
}

/** Periods in order: years and their parts as text sort, one-off work last. */
export function periodsOf(cells: TTimelinessCell[]): string[] {
  return [...new Set(cells.map((cell) => cell.period))].sort((left, right) => (left === 'once' ? 1 : right === 'once' ? -1 : left.localeCompare(right)));
}

/** The units to draw: most missing work first, then most work, then by code; at most MAX_HEAT_UNITS. */
export function unitsOf(cells: TTimelinessCell[]): { shown: string[]; all: number } {
  const totals = new Map<string, { missing: number; all: number }>();
  for (const cell of cells) {
    const total = totals.get(cell.agency) ?? { missing: 0, all: 0 };
    total.missing += cell.missing;
    total.all += cell.onTime + cell.late + cell.missing + cell.notYetDue;
    totals.set(cell.agency, total);
  }
  const ordered = [...totals.entries()].sort(([leftCode, left], [rightCode, right]) => right.missing - left.missing || right.all - left.all || leftCode.localeCompare(rightCode));
  return { shown: ordered.slice(0, MAX_HEAT_UNITS).map(([code]) => code), all: ordered.length };
}

const LABEL_WIDTH = 260;
const CELL_WIDTH = 112;
const CELL_HEIGHT = 24;

export function timelinessHeatMap(cells: TTimelinessCell[], names: ReadonlyMap<string, string>, lang: TLang): SafeHtml {
  const w = words(lang, heatWords);
  const periods = periodsOf(cells);
  const { shown, all } = unitsOf(cells);
  const byKey = new Map(cells.map((cell) => [`${cell.agency}|${cell.period}`, cell]));
  const top = 26;
  const width = LABEL_WIDTH + Math.max(1, periods.length) * CELL_WIDTH + 4;
  const height = top + Math.max(1, shown.length) * CELL_HEIGHT + 4;
  const header = periods.map((period, column) => html`<text x="${LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2}" y="17" text-anchor="middle" font-weight="600">${period === 'once' ? w.once : period}</text>`);
  const rows = shown.map((agency, row) => {
    const y = top + row * CELL_HEIGHT;
    const name = names.get(agency) ?? agency;
    const line = periods.map((period, column) => {
      const cell = byKey.get(`${agency}|${period}`);
      if (!cell) return '';
      const x = LABEL_WIDTH + column * CELL_WIDTH;
      const { standing, count } = cellStanding(cell);
      const detail = `${name}, ${period === 'once' ? w.once : period}: ${w.onTime} ${formatNumber(cell.onTime, lang)}, ${w.late} ${formatNumber(cell.late, lang)}, ${w.missing} ${formatNumber(cell.missing, lang)}, ${w.notYetDue} ${formatNumber(cell.notYetDue, lang)}`;
      return html`<g><title>${detail}</title><rect class="${CLASS_OF[standing]}" x="${x + 1}" y="${y + 1}" width="${CELL_WIDTH - 2}" height="${CELL_HEIGHT - 2}"/><text class="on-colour" x="${px(x + CELL_WIDTH / 2)}" y="${y + 16}" text-anchor="middle">${w[standing]} ${formatNumber(count, lang)}</text></g>`;
    });
    return html`<text x="${LABEL_WIDTH - 6}" y="${y + 16}" text-anchor="end"><title>${name}</title>${shorten(name, 38)}</text>${line}`;
  });
  const empty = shown.length ? '' : html`<text x="${LABEL_WIDTH}" y="${top + 16}">${w.none}</text>`;
  const chart = svgFrame({ id: 'chart-heat', width, height, title: w.title, description: w.description, body: [...header, ...rows, empty] });
  const more = all > shown.length ? html`<p class="small muted">+ ${formatNumber(all - shown.length, lang)} ${w.more}</p>` : '';
  return html`<h3>${w.title}</h3>${chart}${more}`;
}
