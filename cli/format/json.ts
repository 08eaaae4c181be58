// JSON shapes for scripts: instants in UTC (ISO 8601) with their Vietnam-time reading beside.
import type { TClassifiedRow } from '../../client/read-model/agency-status';
import { localInstant } from '../../domain/calendar/local-instant-text';

export function assignmentRowJson(row: TClassifiedRow) {
  return {
    id: row.id,
    planId: row.planId,
    taskRef: row.taskRef,
    period: row.period,
    assigneeAsWritten: row.assigneeAsWritten,
    responsibleAgency: row.responsibleAgency,
    state: row.state,
    dueAt: row.dueAt?.toISOString() ?? null,
    dueAtLocal: row.dueAt ? localInstant(row.dueAt) : null,
    completedAt: row.completedAt?.toISOString() ?? null,
    status: row.classification?.status ?? null,
    colour: row.classification?.colour ?? null,
    daysOverdue: row.classification?.daysOverdue ?? null,
    daysLeft: row.classification?.daysLeft ?? null,
    workingDaysLeft: row.classification?.workingDaysLeft ?? null,
    escalationLevel: row.escalationLevel,
    deliveryProblem: row.deliveryProblem,
  };
}

/** JSON.stringify that writes the BigInt sequence numbers of the audit log as strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, each: unknown) => (typeof each === 'bigint' ? each.toString() : each), 2);
}
