// One assignment row as JSON, the same for `dondoc … --json` and the HTTP API: instants in UTC
// and in Vietnam time, the status and colour now.
import { localInstant } from '../../domain/calendar/local-instant-text';
import type { TClassifiedRow } from './agency-status';

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

export type TAssignmentRowJson = ReturnType<typeof assignmentRowJson>;
