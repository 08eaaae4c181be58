// What the operator CLI tests need of the commune's one annual report on the seed plan (one
// report per unit): the monitoring agency today, the figures the report asks (those of the
// commune's level), the cycle's figures in the plan's order, and the report's sections.
import { localDayOf } from '../../domain/calendar/local-time';
import { buildAssignmentSpecs } from '../../domain/plan-assignments';
import type { TPlan } from '../../domain/plan/plan';

export interface TUnitReportTerms {
  monitor: string;
  indicatorCodes: string[];
  cycleIndicatorCodes: string[];
  sectionRefs: string[];
}

export function unitReportTerms(plan: TPlan, planId: string, reportId: string): TUnitReportTerms {
  const built = buildAssignmentSpecs(plan, { planId, asOfDay: localDayOf(new Date()) });
  const report = built.specs.find((spec) => spec.assignmentId === reportId);
  if (!report) throw new Error(`the seed plan has no assignment ${reportId} today`);
  return {
    monitor: built.monitoringAgency,
    indicatorCodes: (report.requiredIndicators ?? []).map((indicator) => indicator.code),
    cycleIndicatorCodes: plan.reportingCycles.find((cycle) => cycle.id === report.taskRef)!.indicators,
    sectionRefs: (report.sections ?? []).map((section) => section.taskRef),
  };
}
