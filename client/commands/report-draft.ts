// `dondoc report draft <assignment>`: the report file an agency fills in, with every indicator
// the assignment requires. For a consolidation assignment (DOLISA's consolidated report) the
// figures are already summed from the units' reports of the same period, with who reported on
// time, late or not at all in the narrative: the agency reviews, completes and submits it.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { consolidatePeriod } from '../../activities/reporting/consolidate-period';
import { ZPlan } from '../../domain/plan/plan';
import { loadConfig } from '../../workers/config';
import { ExitCode, UserFacingError } from '../errors';
import { openReadModel, type TReadClient } from '../read-model/connect';
import type { TReportFile } from './report';

export interface TReportDraft {
  assignmentId: string;
  /** The cycle whose figures were summed into the draft, or null for a plain template. */
  consolidates: string | null;
  report: TReportFile;
  /** What the person must still do before submitting. */
  todo: string[];
}

export function registerReportDraftCommand(report: Command): void {
  report
    .command('draft')
    .description(
      'Write the report file for an assignment, with every indicator it requires: zeros to fill in, or for a consolidation assignment the figures summed from the units’ reports of the period. ' +
        'Review it, complete the narrative, then `dondoc report submit <assignment> --file <it>`.',
    )
    .argument('<assignment>', 'the assignment id (`dondoc assignment list --agency <code>` shows them)')
    .option('-o, --output <file>', 'write the draft to this file (default: print it)')
    .option('--force', 'overwrite the output file if it exists')
    .action(async (assignmentId: string, options: { output?: string; force?: boolean }) => {
      const readModel = await openReadModel(loadConfig());
      let draft: TReportDraft;
      try {
        draft = await readModel.read((db) => draftReport(db, assignmentId));
      } finally {
        await readModel.close();
      }
      const text = [`# Report draft for ${assignmentId}.`, ...draft.todo.map((line) => `# ${line}`), stringify(draft.report, { lineWidth: 0 })].join('\n');
      if (!options.output) {
        console.log(text);
        return;
      }
      try {
        await writeFile(options.output, text, { flag: options.force ? 'w' : 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserFacingError(`${options.output} exists: choose another file or add --force to overwrite it.`, ExitCode.badInput);
        throw new UserFacingError(`cannot write ${options.output}: ${(error as Error).message}`, ExitCode.badInput);
      }
      console.log(`Draft written to ${options.output}. ${draft.todo.join(' ')}`);
    });
}

export async function draftReport(db: TReadClient, assignmentId: string): Promise<TReportDraft> {
  const row = await db.assignment.findUnique({ where: { id: assignmentId }, select: { period: true, responsibleAgencyCode: true, task: { select: { planId: true, ref: true } } } });
  if (!row) throw new UserFacingError(`no assignment ${JSON.stringify(assignmentId)} in the read model: \`dondoc assignment list\` shows the ids.`, ExitCode.badInput);
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
