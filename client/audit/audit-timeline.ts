// The timeline of one assignment for those who check it: the Temporal event history of every
// run joined with its hash-chained audit log records (refusals included), and every deadline
// change, and the steps of the obstacles reported on it. When Temporal no longer has the workflow, the audit log alone is shown.
import { WorkflowNotFoundError } from '@temporalio/client';
import { readAuditRecords, readObstacleAuditRecords } from '../../data/audit-records';
import { deadlineChanges, timelineFromAuditRecords, type TDeadlineChange } from '../read-model/audit-entries';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';
import { fetchRunHistories, timelineFromHistory, type TRunHistory } from '../read-model/assignment-history';
import { mergeTimelines, type TTimelineEntry } from '../read-model/timeline';

export interface TAuditReport {
  assignmentId: string;
  runs: number;
  earlierRunsMissing: boolean;
  /** False when Temporal no longer knows the workflow (or never did): the audit log alone is shown. */
  historyAvailable: boolean;
  timeline: TTimelineEntry[];
  deadlineChanges: TDeadlineChange[];
  notes: string[];
}

/** Where refused inputs come from, said once wherever the timeline is shown. */
export const REJECTED_UPDATES_NOTE =
  "Refused inputs (kind \"refused\") come from the audit log: Temporal writes no event for an update its validator rejects, so the dondoc command that was refused records the refusal, its reason and the input sent. A client that bypasses dondoc's commands (a script calling Temporal directly) leaves no such record.";

export async function auditTimeline(context: TAppContext, _actor: TAppActor, input: { assignmentId: string }): Promise<TAuditReport> {
  const { assignmentId } = input;
  // The obstacles reported on the assignment belong to its story: their steps are shown in it.
  const [records, obstacleRecords] = await context.read((db) => Promise.all([readAuditRecords(db, assignmentId), readObstacleAuditRecords(db, { assignmentId })]));
  const client = await context.temporal();
  let history: { runs: TRunHistory[]; earlierRunsMissing: boolean } | null;
  try {
    history = await fetchRunHistories(client, assignmentId);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    history = null;
  }
  if (!history && !records.length) {
    throw new AppError(`no assignment ${JSON.stringify(assignmentId)}: neither Temporal nor the audit log knows it. \`dondoc assignment list\` shows the ids.`, 'not_found');
  }
  const notes = [REJECTED_UPDATES_NOTE];
  if (!history) notes.push('Temporal no longer has this workflow (closed longer than the retention period): the audit log alone is shown.');
  if (history?.earlierRunsMissing) notes.push("The earliest runs' histories are past Temporal's retention period: their events are in the audit log only.");
  return {
    assignmentId,
    runs: history?.runs.length ?? 0,
    earlierRunsMissing: history?.earlierRunsMissing ?? false,
    historyAvailable: Boolean(history),
    timeline: mergeTimelines(...(history?.runs.map(timelineFromHistory) ?? []), timelineFromAuditRecords(records), timelineFromAuditRecords(obstacleRecords)),
    deadlineChanges: deadlineChanges(records),
    notes,
  };
}
