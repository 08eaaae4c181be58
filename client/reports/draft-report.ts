// The report file an agency fills in, with every indicator the assignment requires. For a
// consolidation assignment (DOLISA's consolidated report) the figures are already summed from the
// units' reports of the same period, with who reported on time, late or not at all in the
// narrative: the agency reviews, completes and submits it.
import { consolidatePeriod } from '../../data/consolidate-period';
import type { TReadClient } from '../../data/read-model';
import { ZPlan } from '../../domain/plan/plan';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import type { TReportFile } from '../assignments/results';
import { readStartedTerms, type TStartedTerms } from '../assignments/started-spec';
import { AppError } from '../errors';

export interface TReportDraft {
  assignmentId: string;
  /** The cycle whose figures were summed into the draft, or null for a plain template. */
  consolidates: string | null;
  report: TReportFile;
  /** What the person must still do before submitting. */
  todo: string[];
}

export async function draftReport(context: TAppContext, _actor: TAppActor, input: { assignmentId: string }): Promise<TReportDraft> {
  const draft = await context.read((db) => readDraft(db, input.assignmentId));
  let terms: TStartedTerms | null = null;
  try {
    terms = await readStartedTerms(context, input.assignmentId);
  } catch {
    // A closed or unreachable workflow: the plan's template still helps.
  }
  return terms ? withStartedTerms(draft, terms) : draft;
}

/**
 * What the workflow itself asks, over the plan's template: a unit's own report lists only the
 * figures of its level, and a unit's one report (or the consolidated report) has a section per
 * task it answers for, each to be answered (those carried over from replaced items are not).
 */
function withStartedTerms(draft: TReportDraft, terms: TStartedTerms): TReportDraft {
  const report = { ...draft.report };
  const todo = [...draft.todo];
  if (!draft.consolidates && terms.requiredIndicators.length) {
    report.indicators = terms.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 0, ...(indicator.needsTotal ? { total: 0 } : {}) }));
  }
  const carried = new Set((terms.carriedOver ?? []).map((result) => result.taskRef));
  const open = (terms.sections ?? []).filter((section) => !carried.has(section.taskRef));
  if (open.length) {
    report.sections = open.map((section) => ({ taskRef: section.taskRef, narrative: `Kết quả thực hiện nhiệm vụ ${section.taskRef} (${section.role === 'lead' ? 'chủ trì' : 'phối hợp'}): …` }));
    todo.splice(todo.length - 1, 0, 'Answer each section where it ends with "…", or replace its narrative with `nothingToReport: true`.');
  }
  return { ...draft, report, todo };
}

async function readDraft(db: TReadClient, assignmentId: string): Promise<TReportDraft> {
  const row = await db.assignment.findUnique({ where: { id: assignmentId }, select: { period: true, responsibleAgencyCode: true, task: { select: { planId: true, ref: true } } } });
  if (!row) throw new AppError(`no assignment ${JSON.stringify(assignmentId)} in the read model: \`dondoc assignment list\` shows the ids.`, 'not_found');
  const planRow = await db.plan.findUniqueOrThrow({ where: { id: row.task.planId }, select: { document: true } });
  const plan = ZPlan.parse(planRow.document);
  const cycle = plan.reportingCycles.find((each) => each.id === row.task.ref);
  const task = plan.tasks.find((each) => each.ref === row.task.ref);
  const codes = cycle?.indicators ?? task?.indicators ?? [];
  const partOfWhole = new Set(plan.indicators.filter((indicator) => indicator.partOfWhole).map((indicator) => indicator.code));
  const submit = `Then: dondoc report submit ${assignmentId} --file <this file> --as ${row.responsibleAgencyCode}.`;

  if (cycle?.consolidates && row.period !== 'once') {
    const consolidated = await consolidatePeriod(db, { planId: row.task.planId, cycle: cycle.consolidates, period: row.period });
    const late = consolidated.units.filter((unit) => unit.timeliness === 'late').map((unit) => unit.agency);
    const missing = consolidated.units.filter((unit) => unit.timeliness === 'missing').map((unit) => unit.agency);
    const sums = new Map(consolidated.indicators.map((indicator) => [indicator.code, indicator]));
    return {
      assignmentId,
      consolidates: cycle.consolidates,
      report: {
        narrative:
          `Tổng hợp báo cáo kỳ ${row.period} của ${consolidated.units.length - missing.length}/${consolidated.units.length} đơn vị ` +
          `(${consolidated.onTime} đúng hạn, ${consolidated.late} trễ hạn${late.length ? `: ${late.join(', ')}` : ''}; ${consolidated.missing} chưa gửi${missing.length ? `: ${missing.join(', ')}` : ''}). ` +
          'Đánh giá kết quả, khó khăn, kiến nghị: …',
        indicators: codes.map((code) => {
          const sum = sums.get(code);
          return { code, count: sum?.count ?? 0, ...(partOfWhole.has(code) ? { total: sum?.total ?? 0 } : {}) };
        }),
      },
      todo: [
        `The figures sum the units' reports of ${cycle.consolidates} ${row.period} as they stand now (exact counts: this file is for the agency's own report).`,
        'Complete the narrative where it ends with "…".',
        submit,
      ],
    };
  }
  return {
    assignmentId,
    consolidates: null,
    report: { narrative: 'Kết quả thực hiện: …', indicators: codes.map((code) => ({ code, count: 0, ...(partOfWhole.has(code) ? { total: 0 } : {}) })) },
    todo: [codes.length ? 'Replace each 0 with the figure of the period (count, and total where there is one).' : 'This assignment needs no indicators.', 'Write the narrative.', submit],
  };
}
