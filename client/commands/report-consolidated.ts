// `dondoc report consolidated <cycle>`: one period of a reporting cycle as the monitoring agency
// consolidates it — each unit on time, late or missing, and the indicators summed across the
// units (small counts shown as "<5"). Read live from the database; the snapshot taken when the
// period closed is in the audit log (action period-closed).
import type { Command } from 'commander';
import { consolidatePeriod, type TConsolidatedPeriod } from '../../activities/reporting/consolidate-period';
import { periodClosedAction } from '../../activities/reporting/close-period';
import { localDayOf } from '../../domain/calendar/local-time';
import { ZPlan } from '../../domain/plan/plan';
import { displayCount } from '../../domain/reporting/consolidate';
import { ONCE, periodClose, periodsOf, type TPeriodClose } from '../../domain/reporting/period-close';
import { loadConfig } from '../../workers/config';
import { ExitCode, UserFacingError } from '../errors';
import { stdoutPalette, type TPalette } from '../format/colour';
import { toJson } from '../format/json';
import { renderTable } from '../format/table';
import { localInstant } from '../format/time';
import { openReadModel, type TReadClient } from '../read-model/connect';

export interface TConsolidatedView extends TConsolidatedPeriod {
  close: TPeriodClose;
  /** When the period-close snapshot was taken, if it was. */
  closedAt: string | null;
}

export function registerReportConsolidatedCommand(report: Command): void {
  report
    .command('consolidated')
    .description(
      "One period of a reporting cycle, consolidated: each reporting unit on time, late or missing, and the indicators summed across the units (counts under 5 shown as <5). " +
        'Read live; the period closes (and the consolidating agency is told) the plan\'s grace after the due day.',
    )
    .argument('<cycle>', 'a reporting cycle id, e.g. ANNUAL_CHILDREN_REPORT, or a review id, e.g. PRELIMINARY_REVIEW_2027 (the plan file lists them)')
    .option('--period <period>', 'the period of a cycle: a year (2026), or for several a year 2026-H1, 2026-Q3, 2026-M05; default: the period in progress, the first not yet closed (a review has none)')
    .option('--plan <id>', 'the plan id; needed only when several plans are loaded')
    .option('--json', 'print the consolidated period as JSON (exact counts: for the monitoring agency’s own use)')
    .action(async (cycle: string, options: { period?: string; plan?: string; json?: boolean }) => {
      const readModel = await openReadModel(loadConfig());
      try {
        const view = await readModel.read((db) => readConsolidatedView(db, { cycle, period: options.period, planId: options.plan, today: localDayOf(new Date()) }));
        console.log(options.json ? toJson(view) : formatConsolidatedView(view, stdoutPalette()));
      } finally {
        await readModel.close();
      }
    });
}

export async function readConsolidatedView(db: TReadClient, query: { cycle: string; period?: string; planId?: string; today: string }): Promise<TConsolidatedView> {
  const plans = await db.plan.findMany({ where: query.planId ? { id: query.planId } : {}, select: { id: true, document: true }, orderBy: { id: 'asc' } });
  if (!plans.length) {
    throw new UserFacingError(query.planId ? `no plan ${JSON.stringify(query.planId)} is loaded: check the id (dondoc plan load prints it).` : 'no plan is loaded: run dondoc plan load <file> first.', ExitCode.badInput);
  }
  if (plans.length > 1) throw new UserFacingError(`several plans are loaded (${plans.map((each) => each.id).join(', ')}): say which with --plan.`, ExitCode.badInput);
  const { id: planId, document } = plans[0]!;
  const plan = ZPlan.parse(document);
  const cycle = plan.reportingCycles.find((each) => each.id === query.cycle);
  const review = plan.reviews.find((each) => each.id === query.cycle);
  let period: string;
  if (review) {
    if (query.period !== undefined && query.period !== ONCE) throw new UserFacingError(`${query.cycle} is a review: it has no periods (leave out --period).`, ExitCode.badInput);
    period = ONCE;
  } else if (cycle) {
    period = query.period ?? periodInProgress(plan, cycle.id, periodsOf(cycle), query.today);
    const periods = periodsOf(cycle);
    if (!periods.includes(period)) {
      throw new UserFacingError(`${query.cycle} has the periods ${periods[0]} … ${periods.at(-1)}: give --period as one of them (received ${period}).`, ExitCode.badInput);
    }
  } else {
    const known = [...plan.reportingCycles.map((each) => each.id), ...plan.reviews.map((each) => each.id)];
    throw new UserFacingError(`plan ${planId} has no reporting cycle or review ${query.cycle}; it has: ${known.join(', ') || 'none'}.`, ExitCode.badInput);
  }
  const consolidated = await consolidatePeriod(db, { planId, cycle: query.cycle, period });
  const snapshot = await db.auditEvent.findFirst({ where: { action: periodClosedAction, subjectType: 'reporting-period', subjectId: `${planId}/${query.cycle}/${period}` }, select: { occurredAt: true } });
  return { ...consolidated, close: periodClose(plan, query.cycle, period), closedAt: snapshot?.occurredAt.toISOString() ?? null };
}

/** The period in progress: the first whose close is still ahead (today's date, Vietnam time); the last one once all have closed. */
function periodInProgress(plan: Parameters<typeof periodClose>[0], cycleId: string, periods: string[], today: string): string {
  return periods.find((period) => localDayOf(new Date(periodClose(plan, cycleId, period).closesAt)) >= today) ?? periods.at(-1)!;
}

const timelinessText = { on_time: 'on time', late: 'late', missing: 'missing' } as const;

export function formatConsolidatedView(view: TConsolidatedView, palette: TPalette): string {
  const colours = { on_time: 'green', late: 'orange', missing: 'red' } as const;
  const closed = view.closedAt
    ? `closed ${localInstant(new Date(view.closedAt))}`
    : `closes ${localInstant(new Date(view.close.closesAt))} (grace ends ${localInstant(new Date(view.close.graceEndsAt))})`;
  const lines = [
    `${view.cycle}${view.period === ONCE ? '' : ` ${view.period}`} of ${view.planId}: due ${localInstant(new Date(view.dueAt))}, ${closed}.`,
    `${view.onTime} on time, ${view.late} late, ${view.missing} missing of ${view.units.length} units.`,
    '',
    renderTable(
      [{ header: 'unit' }, { header: 'report' }, { header: 'submitted' }],
      view.units.map((unit) => [unit.agency, palette.paint(timelinessText[unit.timeliness], colours[unit.timeliness]), unit.submittedAt ? localInstant(new Date(unit.submittedAt)) : '—']),
    ),
  ];
  if (view.indicators.length) {
    const rows = view.indicators.map((indicator) => {
      const shown = displayCount(indicator.count);
      return [
        indicator.code,
        shown,
        indicator.total === null ? '—' : displayCount(indicator.total),
        // A percentage beside a suppressed count would give it away.
        indicator.percent === null || shown !== String(indicator.count) ? '—' : `${indicator.percent}`,
        String(indicator.reportingUnits),
      ];
    });
    const columns = [{ header: 'indicator' }, { header: 'count', align: 'right' as const }, { header: 'of', align: 'right' as const }, { header: '%', align: 'right' as const }, { header: 'units', align: 'right' as const }];
    lines.push('', renderTable(columns, rows), '', 'Counts under 5 are shown as <5 (they could point at a child).');
  }
  lines.push('', 'The snapshot taken at the close is in the audit log (action period-closed).');
  return lines.join('\n');
}
