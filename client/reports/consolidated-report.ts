// One period of a reporting cycle (or a review) as the monitoring agency consolidates it: each
// unit on time, late or missing, and the indicators summed across the units. Read live from the
// database; the snapshot taken when the period closed is in the audit log (action period-closed).
import { consolidatePeriod, type TConsolidatedPeriod } from '../../data/consolidate-period';
import { periodClosedAction } from '../../data/audit-actions';
import type { TReadClient } from '../../data/read-model';
import { localDayOf } from '../../domain/calendar/local-time';
import { readObstacles } from '../../data/obstacles';
import { ZPlan } from '../../domain/plan/plan';
import { ONCE, periodClose, periodsOf, type TPeriodClose } from '../../domain/reporting/period-close';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';

export interface TConsolidatedView extends TConsolidatedPeriod {
  close: TPeriodClose;
  /** When the period-close snapshot was taken, if it was. */
  closedAt: string | null;
  /** The obstacles (vướng mắc) of the plan reported by the period's close, with their answers. */
  obstacles: TReportedObstacle[];
}

export interface TReportedObstacle {
  id: string;
  reportingAgency: string;
  taskRef: string | null;
  text: string;
  proposal: string;
  reportedAt: string;
  phase: string;
  outcome: string | null;
  answer: string | null;
  forwardOpinion: string | null;
  decision: string | null;
}

export interface TConsolidatedReportInput {
  /** A reporting cycle id (ANNUAL_CHILDREN_REPORT) or a review id. */
  cycle: string;
  /** Default: the period in progress. */
  period?: string;
  /** Needed only when several plans are loaded. */
  planId?: string;
}

export function consolidatedReport(context: TAppContext, _actor: TAppActor, input: TConsolidatedReportInput, at = new Date()): Promise<TConsolidatedView> {
  return context.read((db) => readConsolidatedView(db, { ...input, today: localDayOf(at) }));
}

export async function readConsolidatedView(db: TReadClient, query: { cycle: string; period?: string; planId?: string; today: string }): Promise<TConsolidatedView> {
  const plans = await db.plan.findMany({ where: query.planId ? { id: query.planId } : {}, select: { id: true, document: true }, orderBy: { id: 'asc' } });
  if (!plans.length) {
    throw new AppError(query.planId ? `no plan ${JSON.stringify(query.planId)} is loaded: check the id (dondoc plan load prints it).` : 'no plan is loaded: run dondoc plan load <file> first.', 'bad_input');
  }
  if (plans.length > 1) throw new AppError(`several plans are loaded (${plans.map((each) => each.id).join(', ')}): say which with --plan.`, 'bad_input');
  const { id: planId, document } = plans[0]!;
  const plan = ZPlan.parse(document);
  const cycle = plan.reportingCycles.find((each) => each.id === query.cycle);
  const review = plan.reviews.find((each) => each.id === query.cycle);
  let period: string;
  if (review) {
    if (query.period !== undefined && query.period !== ONCE) throw new AppError(`${query.cycle} is a review: it has no periods (leave out --period).`, 'bad_input');
    period = ONCE;
  } else if (cycle) {
    period = query.period ?? periodInProgress(plan, cycle.id, periodsOf(cycle), query.today);
    const periods = periodsOf(cycle);
    if (!periods.includes(period)) {
      throw new AppError(`${query.cycle} has the periods ${periods[0]} … ${periods.at(-1)}: give --period as one of them (received ${period}).`, 'bad_input');
    }
  } else {
    const known = [...plan.reportingCycles.map((each) => each.id), ...plan.reviews.map((each) => each.id)];
    throw new AppError(`plan ${planId} has no reporting cycle or review ${query.cycle}; it has: ${known.join(', ') || 'none'}.`, 'bad_input');
  }
  const consolidated = await consolidatePeriod(db, { planId, cycle: query.cycle, period });
  const snapshot = await db.auditEvent.findFirst({ where: { action: periodClosedAction, subjectType: 'reporting-period', subjectId: `${planId}/${query.cycle}/${period}` }, select: { occurredAt: true } });
  const close = periodClose(plan, query.cycle, period);
  const obstacles = (await readObstacles(db, { planId }))
    .filter((row) => row.reportedAt.getTime() <= Date.parse(close.closesAt))
    .map((row) => ({
      id: row.id,
      reportingAgency: row.reportingAgency,
      taskRef: row.taskRef,
      text: row.text,
      proposal: row.proposal,
      reportedAt: row.reportedAt.toISOString(),
      phase: row.phase,
      outcome: row.outcome,
      answer: row.answer,
      forwardOpinion: row.forwardOpinion,
      decision: row.decisionText,
    }));
  return { ...consolidated, close, closedAt: snapshot?.occurredAt.toISOString() ?? null, obstacles };
}

/** The period in progress: the first whose close is still ahead (today's date, Vietnam time); the last one once all have closed. */
function periodInProgress(plan: Parameters<typeof periodClose>[0], cycleId: string, periods: string[], today: string): string {
  return periods.find((period) => localDayOf(new Date(periodClose(plan, cycleId, period).closesAt)) >= today) ?? periods.at(-1)!;
}
