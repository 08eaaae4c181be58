// The audit log records of one assignment as timeline entries, and the deadline changes they
// contain (the first deadline, then every move: amended plan, approved extension, result
// returned with a new due day), for the audit timeline that joins them with the Temporal history.
import type { TAuditRecord } from '../../data/audit-records';
import { updateRefusedAction } from '../../data/refused-updates';
import { obstacleRefusedAction } from '../../data/obstacles';
import { localised } from './assignment-history';
import type { TTimelineEntry } from './timeline';

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** Payload fields worth a glance in one line; the whole payload stays in the details. */
function glance(payload: Record<string, unknown>): string {
  return Object.entries(payload)
    .filter(([key, value]) => key !== 'period' && key !== 'role' && value !== null && key !== 'input' && key !== 'indicators' && key !== 'narrative' && key !== 'text')
    .map(([key, value]) => `${key}=${typeof value === 'string' ? localised(value) : JSON.stringify(value)}`)
    .join(', ');
}

export function timelineFromAuditRecords(records: TAuditRecord[]): TTimelineEntry[] {
  return records.map((each) => {
    const payload = record(each.payload);
    const detail = glance(payload);
    return {
      at: each.occurredAt,
      source: 'audit',
      kind: each.action === updateRefusedAction || each.action === obstacleRefusedAction ? 'refused' : 'audit-event',
      action: each.action,
      actor: each.actorAgency || each.actorUser ? { agency: each.actorAgency, user: each.actorUser, ...(typeof payload.role === 'string' ? { role: payload.role } : {}) } : null,
      summary: `${each.action}${detail ? ` (${detail})` : ''}`,
      details: { ...payload, sequence: each.sequence, hash: each.hash },
      ref: `audit #${each.sequence}`,
    };
  });
}

export interface TDeadlineChange {
  at: Date;
  action: string;
  period: string | null;
  from: string | null;
  to: string;
  by: string | null;
  reason: string | null;
}

/** Every deadline the audit log shows, in order: the first one (assigned) and each move after it. */
export function deadlineChanges(records: TAuditRecord[]): TDeadlineChange[] {
  const changes: TDeadlineChange[] = [];
  let current: string | null = null;
  for (const each of records) {
    const payload = record(each.payload);
    const to = newDeadlineIn(each.action, payload);
    if (!to) continue;
    const by = each.actorAgency ? `${each.actorAgency}/${each.actorUser ?? '?'}` : null;
    const reason = (payload.reason ?? payload.note ?? null) as string | null;
    changes.push({ at: each.occurredAt, action: each.action, period: (payload.period as string) ?? null, from: (payload.from as string) ?? current, to, by, reason });
    current = to;
  }
  return changes;
}

function newDeadlineIn(action: string, payload: Record<string, unknown>): string | null {
  switch (action) {
    case 'assigned':
      return (payload.dueAt as string) ?? null;
    case 'deadline-changed':
    case 'extension-approved':
      return (payload.to as string) ?? null;
    case 'result-returned':
      return (payload.newDueAt as string) ?? null;
    default:
      return null;
  }
}
