// GET /board, the deadline board (monitor, leadership): every assignment with its status word and
// colour, filtered by a GET form and sorted by the database, paged; the headline figures; three
// charts drawn as SVG on the server (overdue and late work by agency, reporting timeliness by
// unit × period, the plan's deadlines by quarter).
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../api/routes/actor';
import type { TAppContext } from '../../client/app-context';
import { boardFigures } from '../../client/assignments/board-figures';
import { listAssignmentPage, statusSummary } from '../../client/assignments/read-assignments';
import { agencyLatenessChart } from '../board/agency-chart';
import { parseBoardQuery, type TFilterField } from '../board/board-query';
import { assignmentTable, filterForm, headlineFigures, pager, type TFilterChoices } from '../board/board-view';
import { BOARD_WORDS } from '../board/board-words';
import { timelinessHeatMap } from '../board/heat-map';
import { deadlineTimeline } from '../board/timeline-chart';
import { isoDayInVietnam } from '../format';
import { html } from '../html';
import { openPage, sendPage } from '../page-context';

/** Rows per page: a screenful an official can scan, and a page that stays light at 10,000 assignments. */
export const BOARD_PAGE_SIZE = 50;

/** "2026-Q4": the quarter of an instant in Vietnam time. */
export function quarterOf(at: Date): string {
  const [year, month] = isoDayInVietnam(at).split('-');
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

export function registerBoardPages(app: FastifyInstance, context: TAppContext): void {
  app.get('/board', async (request, reply) => {
    const page = openPage(request, reply, ['monitor', 'leadership'], 'the deadline board');
    const w = BOARD_WORDS[page.lang];
    const actor = actorOf(page.identity);
    const at = new Date();
    const parsed = parseBoardQuery(request.query, page.lang);
    const filter = parsed.ok ? parsed.query : null;
    // The three reads are independent: on a PostgreSQL server they run side by side; the embedded
    // database (one connection) serves them one after the other.
    const [list, status, figures] = await Promise.all([
      filter
        ? listAssignmentPage(context, actor, { plan: filter.plan, group: filter.group, agency: filter.agency, colour: filter.colour, dueFrom: filter.dueFrom, dueTo: filter.dueTo, sort: filter.sort, dir: filter.dir, page: filter.page, pageSize: BOARD_PAGE_SIZE }, at)
        : null,
      statusSummary(context, actor, {}, at),
      boardFigures(context, actor, filter ? { plan: filter.plan, group: filter.group, agency: filter.agency } : {}, at),
    ]);
    const names = new Map(status.summary.agencies.flatMap((each) => (each.name ? [[each.agency, each.name] as const] : [])));
    const choices: TFilterChoices = {
      plans: figures.plans,
      groups: figures.groups,
      agencies: status.summary.agencies.map((each) => ({ code: each.agency, name: each.name })).sort((left, right) => left.code.localeCompare(right.code)),
    };
    const values = filter
      ? (Object.fromEntries((['plan', 'group', 'agency', 'colour', 'dueFrom', 'dueTo'] as const).map((field) => [field, filter[field] ?? ''])) as Record<TFilterField, string>)
      : parsed.ok ? null : parsed.typed;
    const totals = status.summary.totals;
    const listPart = filter && list
      ? html`${pager(filter, list.total, BOARD_PAGE_SIZE, page.lang)}${assignmentTable(list.items, filter, names, page.lang)}${pager(filter, list.total, BOARD_PAGE_SIZE, page.lang)}`
      : html`<p class="notice error" role="alert">${w.badFilter}</p>`;
    const body = html`${filterForm(values!, choices, page.lang, parsed.ok ? {} : parsed.errors)}
${headlineFigures({ overdue: totals.overdue, total: totals.total, overdueShare: totals.overdueShare, oldestOverdueDays: totals.oldestOverdueDays, lastClosedPeriod: figures.lastClosedPeriod }, page.lang)}
<section aria-labelledby="list-heading"><h2 id="list-heading">${w.list}</h2>${listPart}</section>
<section aria-labelledby="charts-heading"><h2 id="charts-heading">${w.charts}</h2><p class="small muted">${w.chartsNote}</p>
<div class="chart panel">${agencyLatenessChart(status.summary.agencies.map((each) => ({ agency: each.agency, name: each.name, overdue: each.overdue, late: each.completedLate })), page.lang)}</div>
<div class="chart panel">${timelinessHeatMap(figures.cells, names, page.lang)}</div>
<div class="chart panel">${deadlineTimeline(figures.quarters, quarterOf(at), page.lang)}</div>
</section>`;
    return sendPage(reply, page, w.title, body, parsed.ok ? 200 : 400);
  });
}
