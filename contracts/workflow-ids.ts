// Every workflow and schedule id dondoc uses, built from business keys in one place. A second
// start with the same keys is then a no-op (Temporal refuses the duplicate id), not a second
// workflow. Pure and import-free: workflows and domain code build ids with these too.

/** One assignment: the task as the plan writes it, for one agency; the answering leaf when a group expands to several. */
export function assignmentWorkflowId(keys: { planId: string; taskRef: string; writtenAgency: string; answeringAgency?: string }): string {
  return `${keys.planId}/${keys.taskRef}/${keys.writtenAgency}${keys.answeringAgency ? `/${keys.answeringAgency}` : ''}`;
}

/**
 * A unit's one report of a cycle, with a section per task it answers for (policy.reportGrouping
 * one_report_per_unit). Apart from the per-task id of the cycle's report, so that a plan moving to
 * this model starts it beside the old run it supersedes. `cycleReportId` is the per-task id of the
 * unit's report of the cycle (assignmentWorkflowId with the cycle's id as the task).
 */
export function unitReportWorkflowId(cycleReportId: string): string {
  return `${cycleReportId}/report`;
}

/** The remediation of a finding recorded in one period of an inspection round; `number` keeps findings apart. */
export function remediationWorkflowId(keys: { roundId: string; period: string; number: number }): string {
  return `${keys.roundId}/${keys.period}/finding-${keys.number}`;
}

/** One load of one plan file: the same content loads once (the digest is of the file's bytes). */
export function planLoadWorkflowId(keys: { planId: string; fileDigest: string }): string {
  return `plan-load/${keys.planId}/${keys.fileDigest}`;
}

/** One reorganisation order; `requestedAt` (epoch ms) keeps a repeated order apart, as it may move work that came back meanwhile. */
export function agencySuccessionWorkflowId(keys: { from: string; to: string; effectiveDay: string; requestedAt: number }): string {
  return `agency-succession/${keys.from}/${keys.to}/${keys.effectiveDay}/${keys.requestedAt}`;
}

/** The Temporal Schedule that closes each period of a reporting cycle. */
export function periodCloseScheduleId(keys: { planId: string; cycle: string }): string {
  return `${keys.planId}/close/${keys.cycle}`;
}

/** The close of one period of a cycle ("2026", "2026-H1") or of a review ("once"). */
export function periodCloseWorkflowId(keys: { planId: string; cycle: string; period: string }): string {
  return `${periodCloseScheduleId(keys)}/${keys.period}`;
}

/** The Temporal Schedule that sends the daily digests of routine notices (one for the whole system). */
export const DAILY_DIGEST_SCHEDULE_ID = 'daily-digest';

/** The digest run of one local day: the same day runs once. */
export function dailyDigestWorkflowId(keys: { day: string }): string {
  return `${DAILY_DIGEST_SCHEDULE_ID}/${keys.day}`;
}

/** One obstacle an agency reported; `reportedAt` (epoch ms) keeps two reports of one agency apart. */
export function obstacleWorkflowId(keys: { planId: string; reportingAgency: string; reportedAt: number }): string {
  return `obstacle/${keys.planId}/${keys.reportingAgency}/${keys.reportedAt}`;
}

/** The page of what a notice is about: an obstacle's (its chases reuse the assignments' notices) or an assignment's. */
export function noticePagePath(subjectId: string): string {
  return subjectId.startsWith('obstacle/') ? `/obstacles/${encodeURIComponent(subjectId)}` : `/assignments/${encodeURIComponent(subjectId)}`;
}
