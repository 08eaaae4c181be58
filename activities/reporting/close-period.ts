// Closing one reporting period: consolidate the units' reports as they stand, keep that snapshot
// in the audit log, and tell the agency that writes the consolidated report (DOLISA, or whoever
// answers for it after a reorganisation) what came in, from whom, and on time or not. Idempotent:
// the snapshot and the notices are keyed by the period, so a retry or a second close adds nothing.
import { endOfLocalDay, localDayOf } from '../../domain/calendar/local-time';
import { buildNoticeIdempotencyKey } from '../../domain/notices/idempotency-key';
import { ZPlan, type TPlan } from '../../domain/plan/plan';
import { resolveSuccessors } from '../../domain/plan-assignments/resolve-successors';
import { displayCount } from '../../domain/reporting/consolidate';
import { ONCE, periodClose, periodFiredOn, type TPeriodClose } from '../../domain/reporting/period-close';
import type { PrismaClient } from '../../prisma/client';
import type { TNoticeSender } from '../index';
import type { TAssignmentSummary } from '../types';
import { appendAuditEntries } from '../../data/audit-log';
import { NoRecipientError, resolveRecipients } from '../notices';
import { consolidatePeriod, type TConsolidatedPeriod } from '../../data/consolidate-period';

export interface TClosePeriodInput {
  planId: string;
  cycle: string;
  period: string;
}

/** The period, or (from a schedule) the local day the schedule fired, which names it. */
export interface TDescribePeriodCloseInput {
  planId: string;
  cycle: string;
  period?: string;
  firedOn?: string;
}

export interface TClosePeriodResult extends TPeriodClose {
  planId: string;
  onTime: number;
  late: number;
  missing: number;
  /** The consolidation assignments told, and the addresses each notice reached. */
  told: { assignmentId: string; agency: string; recipients: string[] }[];
  /** Consolidation assignments that could not be told (no contact in the registry). */
  untold: { assignmentId: string; reason: string }[];
}

import { periodClosedAction } from '../../data/audit-actions';

async function loadPlan(prisma: PrismaClient, planId: string): Promise<TPlan> {
  const row = await prisma.plan.findUnique({ where: { id: planId }, select: { document: true } });
  if (!row) throw new Error(`Plan ${planId} is not loaded: run dondoc plan load first.`);
  return ZPlan.parse(row.document);
}

/**
 * When the period closes, from the plan as loaded now (an amended grace or calendar counts);
 * null when the amended plan no longer has the cycle, the year or the review: nothing to close.
 */
export async function describePeriodClose(prisma: PrismaClient, input: TDescribePeriodCloseInput): Promise<TPeriodClose | null> {
  const plan = await loadPlan(prisma, input.planId);
  let period = input.period;
  if (period === undefined) {
    // Fired by the cycle's schedule: the period is the one due on the day it fired.
    const cycle = plan.reportingCycles.find((each) => each.id === input.cycle);
    period = cycle && input.firedOn ? (periodFiredOn(cycle, input.firedOn) ?? undefined) : undefined;
    if (period === undefined) return null;
  }
  try {
    return periodClose(plan, input.cycle, period);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export async function closeReportingPeriod(prisma: PrismaClient, sendNotice: TNoticeSender, input: TClosePeriodInput, now: Date): Promise<TClosePeriodResult> {
  const plan = await loadPlan(prisma, input.planId);
  const close = periodClose(plan, input.cycle, input.period);
  const consolidated = await consolidatePeriod(prisma, input);
  const subjectId = `${input.planId}/${input.cycle}/${input.period}`;
  await prisma.$transaction((tx) =>
    appendAuditEntries(tx, [
      {
        idempotencyKey: `${periodClosedAction}:${subjectId}`,
        occurredAt: now,
        actorAgency: null,
        actorUser: null,
        action: periodClosedAction,
        subjectType: 'reporting-period',
        subjectId,
        payload: { ...close, units: consolidated.units, onTime: consolidated.onTime, late: consolidated.late, missing: consolidated.missing, indicators: consolidated.indicators },
      },
    ]),
  );

  const today = localDayOf(now);
  const answering = (code: string) => resolveSuccessors(code, today, plan.agencies, plan.metadata.functions)[0]!;
  const oversight = { planId: input.planId, planTitle: plan.metadata.titleVi, monitoringAgency: answering(plan.policy.monitor), leadershipAgency: answering(plan.policy.leadership) };
  // Who sums the period up: the agencies answering for the consolidation assignments of the
  // cycle; for a review, its lead agency (answering today), told on the review itself.
  const recipients: { assignment: TAssignmentSummary; agency: string; dueAt: string }[] = [];
  if (close.kind === 'review') {
    const review = plan.reviews.find((each) => each.id === input.cycle)!;
    const lead = answering(review.lead);
    recipients.push({
      assignment: { ...oversight, assignmentId: subjectId, taskRef: review.id, taskText: review.nameVi, period: input.period, kind: 'review', assigneeAsWritten: review.lead },
      agency: lead,
      dueAt: endOfLocalDay(review.date).toISOString(),
    });
  }
  const consolidations = await prisma.assignment.findMany({
    where: { task: { planId: input.planId, ref: { in: close.consolidatedBy } }, state: { not: 'cancelled' } },
    include: { task: { select: { ref: true, text: true } } },
    orderBy: { id: 'asc' },
  });
  for (const row of consolidations) {
    recipients.push({
      assignment: { ...oversight, assignmentId: row.id, taskRef: row.task.ref, taskText: row.task.text, period: row.period, kind: 'consolidation', assigneeAsWritten: row.assigneeAsWrittenCode },
      agency: row.responsibleAgencyCode,
      dueAt: (row.dueAt ?? new Date(close.closesAt)).toISOString(),
    });
  }

  const result: TClosePeriodResult = { planId: input.planId, ...close, onTime: consolidated.onTime, late: consolidated.late, missing: consolidated.missing, told: [], untold: [] };
  for (const { assignment, agency, dueAt } of recipients) {
    const request = { kind: 'period-closed' as const, step: input.period, level: 0, audience: 'assignee' as const, agency, dueAt, deadlineChanges: 0, note: closedPeriodNote(consolidated) };
    try {
      const resolved = await resolveRecipients(prisma, assignment, request);
      const idempotencyKey = buildNoticeIdempotencyKey({ assignmentId: assignment.assignmentId, kind: 'period-closed', step: `${input.cycle}/${input.period}`, deadline: null });
      await sendNotice({ assignment, request, recipients: resolved, idempotencyKey, issuedAt: now.toISOString() });
      result.told.push({ assignmentId: assignment.assignmentId, agency, recipients: [...resolved.to, ...resolved.cc].map((each) => each.email) });
    } catch (error) {
      if (!(error instanceof NoRecipientError)) throw error;
      result.untold.push({ assignmentId: assignment.assignmentId, reason: error.message });
    }
  }
  return result;
}

const timelinessVi = { on_time: 'đúng hạn', late: 'trễ hạn', missing: 'chưa gửi' } as const;

/** The figures and the units, in Vietnamese and English, as the notice's note. Small counts show as "<5". */
export function closedPeriodNote(report: TConsolidatedPeriod): string {
  const units = report.units.length;
  const [vi, en] = report.period === ONCE ? [report.cycle, report.cycle] : [`Kỳ ${report.period}`, `Period ${report.period}`];
  const lines = [
    `${vi}: ${report.onTime}/${units} đơn vị gửi đúng hạn, ${report.late} trễ hạn, ${report.missing} chưa gửi. / ` +
      `${en}: ${report.onTime} of ${units} units on time, ${report.late} late, ${report.missing} missing.`,
    ...report.indicators.map(
      (indicator) =>
        `${indicator.code}: ${displayCount(indicator.count)}${indicator.total !== null ? ` / ${displayCount(indicator.total)}` : ''}` +
        // A percentage would give a suppressed small count away: it is shown only beside a shown count.
        `${indicator.percent !== null && displayCount(indicator.count) === String(indicator.count) ? ` (${indicator.percent}%)` : ''} — ${indicator.reportingUnits} đơn vị / units`,
    ),
  ];
  for (const indicator of report.indicators) {
    if (indicator.missingUnits.length) lines.push(`${indicator.code}: thiếu số liệu của / not in the sum: ${indicator.missingUnits.join(', ')}`);
    for (const problem of indicator.problems) lines.push(`${indicator.code}: ${problem}`);
  }
  const notOnTime = report.units.filter((unit) => unit.timeliness !== 'on_time');
  if (notOnTime.length) lines.push(`Chưa đúng hạn / Not on time: ${notOnTime.map((unit) => `${unit.agency} (${timelinessVi[unit.timeliness]})`).join(', ')}`);
  return lines.join('\n');
}
