// A validated plan -> one assignment spec per task × answering agency (and per reporting cycle
// × reporter), as of the day the plan is loaded. Pure: the loader and the simulator share it.
import { buildCalendar } from '../calendar/build-calendar';
import { ZCalendarSettings } from '../calendar/calendar-settings';
import { effectiveDeadline } from '../calendar/effective-deadline';
import type { TAssignmentSpecInput, TReportSection } from '../assignment/spec';
import type { TPlan } from '../plan/plan';
import { indicatorsAsked, indicatorsOfConsolidation } from './indicators-asked';
import { periodLabel } from './period-labels';
import { expandAssignees, resolveSuccessors } from './resolve-successors';
import { selectFacilities, type TFacilityRotation, type TFacilityOfRound } from './select-facilities';
import { assignmentWorkflowId, unitReportWorkflowId } from '../../contracts/workflow-ids';
import type { TAgencyKind } from '../plan/agencies';
import type { TIndicator } from '../plan/indicators';

export interface TBuildAssignmentSpecsOptions {
  planId: string;
  /** Day the plan is loaded (or the simulation starts): successors and first periods are read as of it. */
  asOfDay: string;
  /** Overrides the plan's policy.reportGrouping (the measurements compare both models). */
  reportGrouping?: TPlan['policy']['reportGrouping'];
}

/** Review reports are due a month before the review meeting, leaving time to consolidate them. */
const reviewReportLeadDays = 30;

/** The day the units' review reports are due, as written (before any move off a holiday). */
export function reviewReportDueDay(review: { date: string }): string {
  const date = new Date(`${review.date}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - reviewReportLeadDays);
  return date.toISOString().slice(0, 10);
}

export interface TSkippedWork {
  ref: string;
  reason: string;
}

export function buildAssignmentSpecs(plan: TPlan, { planId, asOfDay, reportGrouping }: TBuildAssignmentSpecsOptions) {
  const settings = ZCalendarSettings.parse(plan.calendar ?? {});
  const calendar = buildCalendar({ extraHolidays: settings.extraHolidays, extraWorkingDays: settings.extraWorkingDays });
  const functions = plan.metadata.functions;
  const answering = (code: string, taskRef?: string) => resolveSuccessors(code, asOfDay, plan.agencies, functions, taskRef);
  const monitoringAgency = answering(plan.policy.monitor)[0]!;
  const leadershipAgency = answering(plan.policy.leadership)[0]!;
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.code, indicator]));
  const kinds = new Map(plan.agencies.map((agency) => [agency.code, agency.kind]));
  const cycles = new Map(plan.reportingCycles.map((cycle) => [cycle.id, cycle]));
  // A body the plan only ever requests from (đề nghị: the Fatherland Front, the socio-political
  // organisations) is requested for its reports and review reports too: the People's Committee
  // cannot order it to report either.
  const namedBy = (mandate: 'order' | 'request') =>
    new Set(plan.tasks.filter((task) => task.mandate === mandate).flatMap((task) => expandAssignees(task.assignees, plan.groups)));
  const ordered = namedBy('order');
  const requestedOnly = new Set([...namedBy('request')].filter((code) => !ordered.has(code)));
  const specs: TAssignmentSpecInput[] = [];
  const skipped: TSkippedWork[] = [];

  /** The first period due on or after the day the plan is read: one per due day of each year. */
  const timingOf = (dueDays: readonly string[], firstYear: number, lastYear: number) => {
    const dueMonthDays = [...new Set(dueDays)].sort();
    for (let year = firstYear; year <= lastYear; year += 1) {
      for (const [index, dueMonthDay] of dueMonthDays.entries()) {
        const deadline = effectiveDeadline(`${year}-${dueMonthDay}`, calendar);
        if (deadline.day < asOfDay) continue;
        const recurrence = dueMonthDays.length > 1 ? { dueMonthDay, dueMonthDays, lastPeriod: lastYear } : { dueMonthDay, lastPeriod: lastYear };
        return { period: periodLabel(year, index, dueMonthDays.length), dueAt: deadline.dueAt.toISOString(), recurrence };
      }
    }
    return null;
  };

  const forAssignees = (
    base: Pick<TAssignmentSpecInput, 'taskRef' | 'taskText' | 'kind' | 'mandate'> & { indicatorCodes: readonly string[] },
    assigneeCodes: readonly string[],
    timing: { period: string; dueAt: string; recurrence: TAssignmentSpecInput['recurrence'] },
  ): TAssignmentSpecInput[] =>
    expandAssignees(assigneeCodes, plan.groups).flatMap((written) => {
      const leaves = answering(written, base.taskRef);
      const mandate = base.mandate === 'request' || requestedOnly.has(written) ? 'request' : 'order';
      const { indicatorCodes, ...fields } = base;
      return leaves.map((responsible) => ({
        ...fields,
        mandate,
        // Said twice for readers of the spec: a request never escalates (see mandateOf).
        escalate: mandate === 'order',
        // The consolidating agency gives the province's sums; every other unit the figures its level holds.
        requiredIndicators:
          base.kind === 'consolidation' ? indicatorsOfConsolidation(indicatorCodes, indicators) : indicatorsAsked(indicatorCodes, indicators, kinds.get(responsible)),
        assignmentId: assignmentWorkflowId({ planId, taskRef: base.taskRef, writtenAgency: written, ...(leaves.length > 1 ? { answeringAgency: responsible } : {}) }),
        planId,
        planTitle: plan.metadata.titleVi,
        assigneeAsWritten: written,
        responsibleAgency: responsible,
        monitoringAgency,
        leadershipAgency,
        reminderOffsetsInWorkingDays: plan.policy.reminders.offsetsWorkingDays,
        reminderTime: plan.policy.reminders.time,
        ...(plan.policy.reminders.jitterMinutes ? { reminderJitterMinutes: plan.policy.reminders.jitterMinutes } : {}),
        escalationLadder: plan.policy.escalation,
        calendar,
        ...timing,
      }));
    });
  const addFor = (...args: Parameters<typeof forAssignees>) => specs.push(...forAssignees(...args));

  const lastYearOfPlan = Number(plan.metadata.endDate.slice(0, 4));
  for (const task of plan.tasks) {
    const base = {
      taskRef: task.ref,
      taskText: task.text,
      kind: 'task' as const,
      mandate: task.mandate,
      indicatorCodes: task.indicators,
    };
    if (task.kind === 'one_off') {
      // A deadline already passed is kept: the work starts overdue since it (unless the loader
      // is told it was done), never dropped.
      const deadline = effectiveDeadline(task.deadline!, calendar);
      addFor(base, task.assignees, { period: 'once', dueAt: deadline.dueAt.toISOString(), recurrence: null });
      continue;
    }
    const cycle = task.reportedIn ? cycles.get(task.reportedIn) : task.recurrence?.cycle ? cycles.get(task.recurrence.cycle) : undefined;
    const dueDays = cycle?.dueDays ?? task.recurrence?.dueDays ?? [];
    const timing = dueDays.length ? timingOf(dueDays, cycle?.firstYear ?? Number(asOfDay.slice(0, 4)), cycle?.lastYear ?? lastYearOfPlan) : null;
    if (!timing) {
      skipped.push({ ref: task.ref, reason: dueDays.length ? `no due day left after ${asOfDay}` : 'it names no reporting cycle or due days' });
      continue;
    }
    addFor(base, task.assignees, timing);
  }

  for (const cycle of plan.reportingCycles) {
    const timing = timingOf(cycle.dueDays, cycle.firstYear, cycle.lastYear);
    if (!timing) {
      skipped.push({ ref: cycle.id, reason: `no due day left after ${asOfDay}` });
      continue;
    }
    const base = {
      taskRef: cycle.id,
      taskText: cycle.nameVi,
      kind: cycle.consolidates ? ('consolidation' as const) : ('report' as const),
      mandate: 'order' as const,
      indicatorCodes: cycle.indicators,
    };
    addFor(base, cycle.reporters, timing);
  }
  for (const programme of plan.inspections) {
    const inspectedUnits = [...new Set(expandAssignees(programme.inspectedUnits, plan.groups).flatMap((code) => answering(code)))];
    const facilities = facilityRotationOf(plan, programme, (code) => answering(code)[0]!);
    programme.rounds.forEach((round, index) => {
      const ref = `${programme.id}.${index + 1}`;
      const timing = timingOf([round.dueMonthDay], programme.firstYear, programme.lastYear);
      if (!timing) {
        skipped.push({ ref, reason: `no round left after ${asOfDay}` });
        return;
      }
      const base = { taskRef: ref, taskText: `${programme.nameVi} — ${round.labelVi}`, kind: 'inspection' as const, mandate: 'order' as const, indicatorCodes: [] };
      const rotation = facilities && { ...facilities, roundIndex: index, roundsPerYear: programme.rounds.length };
      const visited = rotation && { facilityRotation: rotation, inspectedFacilities: facilitiesOfRound(rotation, `${timing.period.slice(0, 4)}-${round.dueMonthDay}`) };
      for (const spec of forAssignees(base, [programme.lead], timing)) specs.push({ ...spec, inspectedUnits, ...visited });
    });
  }

  // Every unit that answers for a task sends its own review report ahead of each review meeting.
  const reviewers = [...new Set(plan.tasks.flatMap((task) => expandAssignees(task.assignees, plan.groups)))];
  for (const review of plan.reviews) {
    const deadline = effectiveDeadline(reviewReportDueDay(review), calendar);
    if (deadline.day < asOfDay) {
      skipped.push({ ref: review.id, reason: `its reports were due on ${deadline.day}, before ${asOfDay}` });
      continue;
    }
    const base = { taskRef: review.id, taskText: review.nameVi, kind: 'review' as const, mandate: 'order' as const, indicatorCodes: [] };
    specs.push(...forAssignees(base, reviewers, { period: 'once', dueAt: deadline.dueAt.toISOString(), recurrence: null }));
  }
  const grouped = (reportGrouping ?? plan.policy.reportGrouping) === 'one_report_per_unit' ? groupIntoUnitReports(plan, specs, { answering, indicators, kinds }) : specs;
  return { specs: grouped, skipped, monitoringAgency, leadershipAgency };
}

/** The reporting cycle a recurring task is reported in: its `reportedIn`, or the cycle its recurrence follows. */
export function cycleOfTask(task: TPlan['tasks'][number]): string | undefined {
  if (task.kind === 'one_off') return undefined;
  return task.reportedIn ?? task.recurrence?.cycle;
}

/**
 * One report per unit and period (issue 12): a recurring task reported in a cycle the unit
 * reports in becomes a section of the unit's report of that cycle, with the union of the figures
 * asked, instead of a chased assignment of its own. The monitor's consolidation duties (III.1)
 * become sections of its consolidated report. Work the unit does not report in a cycle of its
 * own (one-off tasks, inspections, reviews, tasks with their own due days) stays separate.
 */
function groupIntoUnitReports(
  plan: TPlan,
  specs: TAssignmentSpecInput[],
  context: { answering: (code: string) => string[]; indicators: Map<string, TIndicator>; kinds: Map<string, TAgencyKind> },
): TAssignmentSpecInput[] {
  const tasks = new Map(plan.tasks.map((task) => [task.ref, task]));
  const cycleIds = new Set(plan.reportingCycles.map((cycle) => cycle.id));
  const reportKey = (cycle: string, agency: string, period: string) => `${cycle}|${agency}|${period}`;
  // One report per unit: a unit that answers for two written agencies (a successor that took over
  // a department's work besides its own) reports once, in the report of the first.
  const reports = new Map<string, TAssignmentSpecInput>();
  const merged = new Set<TAssignmentSpecInput>();
  for (const spec of specs) {
    if (!((spec.kind === 'report' || spec.kind === 'consolidation') && cycleIds.has(spec.taskRef))) continue;
    const key = reportKey(spec.taskRef, spec.responsibleAgency, spec.period);
    if (reports.has(key)) merged.add(spec);
    else reports.set(key, spec);
  }
  const sections = new Map<string, { spec: TAssignmentSpecInput; role: 'lead' | 'coordinator'; indicatorCodes: string[] }[]>();
  const kept: TAssignmentSpecInput[] = [];
  for (const spec of specs) {
    const task = spec.kind === 'task' ? tasks.get(spec.taskRef) : undefined;
    const cycle = task ? cycleOfTask(task) : undefined;
    const key = cycle ? reportKey(cycle, spec.responsibleAgency, spec.period) : '';
    if (!task || !cycle || !reports.has(key)) {
      if (!merged.has(spec)) kept.push(spec);
      continue;
    }
    // No single lead named: every assignee answers for its own part, as a lead.
    const role = task.lead === null || context.answering(task.lead).includes(spec.responsibleAgency) ? 'lead' : 'coordinator';
    sections.set(key, [...(sections.get(key) ?? []), { spec, role, indicatorCodes: task.indicators }]);
  }
  return kept.map((spec) => {
    const key = reportKey(spec.taskRef, spec.responsibleAgency, spec.period);
    const own = reports.get(key) === spec ? sections.get(key) : undefined;
    if (!own) return spec;
    const asked =
      spec.kind === 'consolidation'
        ? indicatorsOfConsolidation(own.flatMap((section) => section.indicatorCodes), context.indicators)
        : indicatorsAsked(own.flatMap((section) => section.indicatorCodes), context.indicators, context.kinds.get(spec.responsibleAgency));
    const requiredIndicators = [...(spec.requiredIndicators ?? [])];
    for (const indicator of asked) if (!requiredIndicators.some((each) => each.code === indicator.code)) requiredIndicators.push(indicator);
    return {
      ...spec,
      assignmentId: unitReportWorkflowId(spec.assignmentId),
      requiredIndicators,
      sections: sectionsOnce(own.map(({ spec: section, role }) => ({ taskRef: section.taskRef, taskText: section.taskText, role }))),
    };
  });
}

/** A task the unit answers for under two written names is one section; as the lead if either is. */
function sectionsOnce(sections: TReportSection[]): TReportSection[] {
  const byRef = new Map<string, TReportSection>();
  for (const section of sections) {
    const seen = byRef.get(section.taskRef);
    byRef.set(section.taskRef, seen ? { ...seen, role: seen.role === 'lead' || section.role === 'lead' ? 'lead' : 'coordinator' } : section);
  }
  return [...byRef.values()];
}

/**
 * The facilities a programme may visit (its kinds and owners), each with the agency answering for
 * it on the day the plan is read, and its rotation; undefined for a programme without facilities.
 */
function facilityRotationOf(plan: TPlan, programme: TPlan['inspections'][number], answering: (code: string) => string) {
  const selection = programme.facilities;
  if (!selection) return undefined;
  const pool = plan.facilities
    .filter((facility) => (!selection.kinds || selection.kinds.includes(facility.kind)) && (!selection.owners || selection.owners.includes(facility.owner)))
    .map((facility) => ({ code: facility.code, nameVi: facility.nameVi, responsibleAgency: answering(facility.responsibleAgency), validFrom: facility.validFrom, validTo: facility.validTo }));
  return { pool, sharePerYear: selection.select === 'share' ? selection.sharePerYear : null, firstYear: programme.firstYear };
}

function facilitiesOfRound(rotation: TFacilityRotation & { pool: TFacilityOfRound[] }, dueDay: string) {
  return selectFacilities(rotation.pool, rotation, dueDay).map(({ code, nameVi, responsibleAgency }) => ({ code, nameVi, responsibleAgency }));
}
