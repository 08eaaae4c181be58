// The consolidated report as it is published: the period's view (figures summed, units on time,
// late and missing, obstacles) with the plan's words around it (indicator names, the agency that
// issues the report as the registry names it today, the province) and every small count that
// could point at a child protected. The page and the CSV, Excel and Word downloads read this.
import { localDayOf } from '../../domain/calendar/local-time';
import { ZPlan, type TPlan } from '../../domain/plan/plan';
import type { TTimeliness } from '../../domain/reporting/consolidate';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { consolidatedReport, type TConsolidatedReportInput, type TConsolidatedView, type TReportedObstacle } from './consolidated-report';
import { indicatorCountsPeople, protectFigure, type TProtectedFigure } from './protect-small-counts';

export interface TReportIndicator extends TProtectedFigure {
  code: string;
  nameVi: string;
  nameEn: string;
  wholeVi: string | null;
  wholeEn: string | null;
  /** Its small counts are protected (it counts people, not places). */
  countsPeople: boolean;
  reportingUnits: number;
  missingUnits: string[];
  problems: string[];
}

export interface TReportUnit {
  agency: string;
  nameVi: string;
  nameEn: string;
  timeliness: TTimeliness;
  submittedAt: string | null;
}

export interface TReportModel {
  planId: string;
  planTitleVi: string;
  cycle: string;
  kind: 'cycle' | 'review';
  cycleNameVi: string;
  cycleNameEn: string;
  period: string;
  dueAt: string;
  closesAt: string;
  closedAt: string | null;
  /** The province as it is today (after a merger: the province it merged into). */
  provinceVi: string;
  /** The agency that receives the units' reports and issues the consolidated one, as the registry names it today. */
  issuingAgency: { code: string; nameVi: string; nameEn: string };
  /** Who the consolidated report goes to ("Nơi nhận"), by name. */
  recipientsVi: string[];
  indicators: TReportIndicator[];
  units: TReportUnit[];
  onTime: number;
  late: number;
  missing: number;
  obstacles: (TReportedObstacle & { open: boolean })[];
}

export async function consolidatedReportModel(context: TAppContext, actor: TAppActor, input: TConsolidatedReportInput, at = new Date()): Promise<TReportModel> {
  const view = await consolidatedReport(context, actor, input, at);
  const row = await context.read((db) => db.plan.findUniqueOrThrow({ where: { id: view.planId }, select: { document: true } }));
  return buildReportModel(ZPlan.parse(row.document), view, localDayOf(at));
}

/** Pure: the view with the plan's words, small counts protected. `today` is a Vietnam-time ISO day. */
export function buildReportModel(plan: TPlan, view: TConsolidatedView, today: string): TReportModel {
  const cycle = plan.reportingCycles.find((each) => each.id === view.cycle);
  const review = plan.reviews.find((each) => each.id === view.cycle);
  const agencyName = (code: string) => {
    const agency = plan.agencies.find((each) => each.code === code);
    return { nameVi: agency?.nameVi ?? code, nameEn: agency?.nameEn ?? code };
  };
  const issuingCode = currentAgencyCode(plan, cycle?.recipients[0] ?? review?.lead ?? plan.metadata.issuer, today);
  const summedBy = plan.reportingCycles.filter((each) => each.consolidates === view.cycle).flatMap((each) => each.recipients);
  const recipientCodes = [...new Set([...summedBy, plan.metadata.issuer].map((code) => currentAgencyCode(plan, code, today)))].filter((code) => code !== issuingCode);
  const merged = plan.metadata.province.mergedInto;
  return {
    planId: view.planId,
    planTitleVi: plan.metadata.titleVi,
    cycle: view.cycle,
    kind: view.close.kind,
    cycleNameVi: cycle?.nameVi ?? review?.nameVi ?? view.cycle,
    cycleNameEn: cycle?.nameEn ?? review?.nameEn ?? view.cycle,
    period: view.period,
    dueAt: view.dueAt,
    closesAt: view.close.closesAt,
    closedAt: view.closedAt,
    provinceVi: merged && merged.effectiveFrom <= today ? merged.nameVi : plan.metadata.province.nameVi,
    issuingAgency: { code: issuingCode, ...agencyName(issuingCode) },
    recipientsVi: recipientCodes.map((code) => agencyName(code).nameVi),
    indicators: view.indicators.map((figure) => {
      const indicator = plan.indicators.find((each) => each.code === figure.code);
      const countsPeople = indicatorCountsPeople(indicator?.nameVi ?? '');
      return {
        code: figure.code,
        nameVi: indicator?.nameVi ?? figure.code,
        nameEn: indicator?.nameEn ?? figure.code,
        wholeVi: indicator?.wholeVi ?? null,
        wholeEn: indicator?.wholeEn ?? null,
        countsPeople,
        ...protectFigure(figure, countsPeople),
        reportingUnits: figure.reportingUnits,
        missingUnits: figure.missingUnits,
        problems: figure.problems,
      };
    }),
    units: view.units.map((unit) => ({ ...unit, ...agencyName(unit.agency) })),
    onTime: view.onTime,
    late: view.late,
    missing: view.missing,
    obstacles: view.obstacles.map((obstacle) => ({ ...obstacle, open: obstacle.outcome === null })),
  };
}

/**
 * The agency that holds a code's work today: an agency that ceased (validTo before today) is
 * followed to the successor that took the plan's functions over (SO_LDTBXH → SO_YT for children
 * from 01/03/2025). A few steps at most: a registry's chain of mergers is short.
 */
export function currentAgencyCode(plan: TPlan, code: string, today: string): string {
  let current = code;
  for (let step = 0; step < 5; step += 1) {
    const agency = plan.agencies.find((each) => each.code === current);
    if (!agency?.validTo || agency.validTo >= today) return current;
    const successors = agency.successors.filter((successor) => successor.effectiveFrom <= today);
    const next = successors.find((successor) => successor.functions.some((tag) => tag === 'all' || plan.metadata.functions.includes(tag))) ?? successors[0];
    if (!next) return current;
    current = next.code;
  }
  return current;
}
