// The results units already submitted on per-task assignments, read back when the plan moves to
// one report per unit (issue 12): the latest report of each assignment for the period, with its
// figures, so that the unit's report starts with those sections filled in.
import type { TCarriedResult } from '../domain/assignment/spec';
import type { PrismaClient } from '../prisma/client';

export async function submittedResultsOf(prisma: PrismaClient, runs: readonly { assignmentId: string; taskRef: string }[], period: string): Promise<TCarriedResult[]> {
  if (!runs.length) return [];
  const reports = await prisma.report.findMany({
    where: { assignmentId: { in: runs.map((run) => run.assignmentId) }, period },
    orderBy: { submittedAt: 'asc' },
    select: { assignmentId: true, narrative: true, submittedAt: true, values: { select: { indicatorCode: true, count: true, total: true } } },
  });
  const latest = new Map(reports.map((report) => [report.assignmentId, report]));
  return runs.flatMap((run) => {
    const report = latest.get(run.assignmentId);
    if (!report) return [];
    return [
      {
        fromAssignmentId: run.assignmentId,
        taskRef: run.taskRef,
        narrative: report.narrative ?? '',
        indicators: report.values.map((value) => ({ code: value.indicatorCode, count: value.count, ...(value.total === null ? {} : { total: value.total }) })),
        submittedAt: report.submittedAt.toISOString(),
      },
    ];
  });
}
