// Reads one reporting period of one cycle (or the reports of one review) from the read model and
// consolidates it: which units reported on time, late or not at all, and the indicators summed
// over the level that supplies each (the plan's `suppliedBy`, read from the agencies' kinds).
import { ZPlan } from '../domain/plan/plan';
import { consolidateReports, type TConsolidatedReport } from '../domain/reporting/consolidate';
import { periodClose } from '../domain/reporting/period-close';
import type { PrismaClient } from '../prisma/client';

export interface TConsolidatePeriodInput {
  planId: string;
  /** The reporting cycle's id, which is also its task ref (ANNUAL_CHILDREN_REPORT), or a review's id (period "once"). */
  cycle: string;
  period: string;
}

export interface TConsolidatedPeriod extends TConsolidatedReport {
  planId: string;
  cycle: string;
  period: string;
  dueAt: string;
}

export async function consolidatePeriod(prisma: Pick<PrismaClient, 'plan' | 'assignment'>, input: TConsolidatePeriodInput): Promise<TConsolidatedPeriod> {
  const planRow = await prisma.plan.findUnique({ where: { id: input.planId }, select: { document: true } });
  if (!planRow) throw new Error(`Plan ${input.planId} is not loaded: run dondoc plan load first.`);
  const plan = ZPlan.parse(planRow.document);
  let close;
  try {
    close = periodClose(plan, input.cycle, input.period);
  } catch (error) {
    if (error instanceof RangeError) throw new Error(`Plan ${input.planId}: ${error.message}.`);
    throw error;
  }
  const dueAt = new Date(close.dueAt);

  const assignments = await prisma.assignment.findMany({
    where: { task: { planId: input.planId, ref: input.cycle }, state: { not: 'cancelled' } },
    select: {
      id: true,
      responsibleAgencyCode: true,
      assigneeAsWrittenCode: true,
      reports: { where: { period: input.period, state: { not: 'returned' } }, orderBy: { submittedAt: 'asc' }, include: { values: true } },
    },
    orderBy: { id: 'asc' },
  });
  // After a merger one agency can answer for several the plan names (QNG_SO_KHCN for SO_KHCN and
  // SO_TTTT): each of its reports is then labelled with the agency the plan named.
  const agencies = new Map(plan.agencies.map((agency) => [agency.code, agency]));
  const indicatorRules = close.indicators.map((code) => {
    const indicator = plan.indicators.find((each) => each.code === code);
    return { code, suppliedBy: indicator?.suppliedBy, partOfWhole: indicator?.partOfWhole ?? false };
  });
  const answering = new Map<string, number>();
  for (const assignment of assignments) answering.set(assignment.responsibleAgencyCode, (answering.get(assignment.responsibleAgencyCode) ?? 0) + 1);
  const consolidated = consolidateReports(
    assignments.map((assignment) => {
      // The first result that was not returned counts: its time says whether the unit was on time.
      const report = assignment.reports[0];
      const agency = report?.submittedBy ?? assignment.responsibleAgencyCode;
      const shared = (answering.get(assignment.responsibleAgencyCode) ?? 0) > 1 && assignment.assigneeAsWrittenCode !== agency;
      return {
        agency: shared ? `${agency} (for ${assignment.assigneeAsWrittenCode})` : agency,
        code: agency,
        kind: agencies.get(agency)?.kind ?? null,
        successors: agencies.get(agency)?.successors.map((successor) => successor.code) ?? [],
        submittedAt: report?.submittedAt ?? null,
        dueAt,
        values: (report?.values ?? []).map((value) => ({ code: value.indicatorCode, count: value.count, total: value.total })),
      };
    }),
    indicatorRules,
  );
  return { planId: input.planId, cycle: input.cycle, period: input.period, dueAt: dueAt.toISOString(), ...consolidated };
}
