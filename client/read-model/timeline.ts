// One line of an assignment's audit timeline, from either of its two sources: the Temporal
// event history (what the workflow was asked and did) or the hash-chained audit log in the
// database (what it recorded).
export interface TTimelineActor {
  agency: string | null;
  user: string | null;
  role?: string;
}

export type TTimelineKind =
  | 'run-started'
  | 'update'
  | 'notice'
  | 'notice-failed'
  | 'record'
  | 'activity'
  | 'run-continued'
  | 'run-closed'
  | 'audit-event'
  | 'refused';

export interface TTimelineEntry {
  at: Date;
  source: 'temporal' | 'audit';
  kind: TTimelineKind;
  /** The update's name, the notice's kind, the audit event's action. */
  action: string;
  actor: TTimelineActor | null;
  summary: string;
  details: Record<string, unknown>;
  /** Where it comes from: "run <runId> event <n>" or "audit #<sequence>". */
  ref: string;
}

/** Oldest first; at the same instant the Temporal event (the cause) before the record of it. */
export function mergeTimelines(...timelines: TTimelineEntry[][]): TTimelineEntry[] {
  const sourceOrder = { temporal: 0, audit: 1 };
  return timelines
    .flat()
    .map((entry, index) => ({ entry, index }))
    .sort((left, right) => left.entry.at.getTime() - right.entry.at.getTime() || sourceOrder[left.entry.source] - sourceOrder[right.entry.source] || left.index - right.index)
    .map(({ entry }) => entry);
}
