// Earlier periods of recurring work. The read model keeps one row per assignment, and a
// recurring assignment continues into its next period the moment one closes, so a period
// completed on time, late, or lapsed without a result is gone from the row. The audit log keeps
// how each period closed; the status counts read it from there (data/status-counts.ts).

export interface TClosedPeriod {
  assignmentId: string;
  period: string;
  outcome: 'completed_on_time' | 'completed_late' | 'lapsed';
  closedAt: Date;
}

export interface TClosingRecord {
  subjectId: string;
  action: string;
  occurredAt: Date;
  payload: unknown;
}

/** The audit actions that say how a period ended, and the submission whose timeliness counts. */
export const closingActions = ['result-submitted', 'result-accepted', 'result-accepted-at-period-close', 'period-lapsed'];

/** How each period ended, oldest first. Timeliness is that of the last result submitted in the period. */
export function closedPeriodsOf(records: TClosingRecord[]): TClosedPeriod[] {
  const lastOnTime = new Map<string, boolean>();
  const closed: TClosedPeriod[] = [];
  for (const record of records) {
    const payload = (record.payload ?? {}) as { period?: unknown; onTime?: unknown };
    const period = String(payload.period ?? '');
    const key = `${record.subjectId}|${period}`;
    if (record.action === 'result-submitted') {
      lastOnTime.set(key, payload.onTime !== false);
      continue;
    }
    const onTime = typeof payload.onTime === 'boolean' ? payload.onTime : (lastOnTime.get(key) ?? true);
    const outcome = record.action === 'period-lapsed' ? 'lapsed' : onTime ? 'completed_on_time' : 'completed_late';
    closed.push({ assignmentId: record.subjectId, period, outcome, closedAt: record.occurredAt });
  }
  return closed;
}
