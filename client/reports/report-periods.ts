// What can be consolidated, for the list of reports: each loaded plan's reporting cycles with
// their periods (and when each is due and closes), and its reviews (one period, "once").
import { ZPlan } from '../../domain/plan/plan';
import { ONCE, periodClose, periodsOf } from '../../domain/reporting/period-close';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';

export interface TReportablePeriod {
  period: string;
  dueAt: string;
  closesAt: string;
}

export interface TReportableCycle {
  id: string;
  kind: 'cycle' | 'review';
  nameVi: string;
  nameEn: string;
  /** The indicators its reports carry (none for a review). */
  indicators: string[];
  periods: TReportablePeriod[];
}

export interface TReportablePlan {
  planId: string;
  titleVi: string;
  titleEn: string | null;
  cycles: TReportableCycle[];
}

export async function listReportablePeriods(context: TAppContext, _actor: TAppActor): Promise<TReportablePlan[]> {
  const rows = await context.read((db) => db.plan.findMany({ select: { id: true, document: true }, orderBy: { id: 'asc' } }));
  return rows.map((row) => {
    const plan = ZPlan.parse(row.document);
    const timing = (subject: string, period: string) => {
      const close = periodClose(plan, subject, period);
      return { period, dueAt: close.dueAt, closesAt: close.closesAt };
    };
    return {
      planId: row.id,
      titleVi: plan.metadata.titleVi,
      titleEn: plan.metadata.titleEn ?? null,
      cycles: [
        ...plan.reportingCycles.map((cycle) => ({
          id: cycle.id,
          kind: 'cycle' as const,
          nameVi: cycle.nameVi,
          nameEn: cycle.nameEn,
          indicators: cycle.indicators,
          periods: periodsOf(cycle).map((period) => timing(cycle.id, period)),
        })),
        ...plan.reviews.map((review) => ({ id: review.id, kind: 'review' as const, nameVi: review.nameVi, nameEn: review.nameEn, indicators: [], periods: [timing(review.id, ONCE)] })),
      ],
    };
  });
}
