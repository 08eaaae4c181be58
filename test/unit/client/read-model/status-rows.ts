// Read-model rows for the status tests: one agency with overdue work, one in term, one closed.
import type { TAssignmentRow } from '../../../../data/assignment-rows';

/** Monday 30/11/2026, 10:00 in Hà Nội. */
export const at = new Date('2026-11-30T03:00:00Z');

/** The end of a local day, as deadlines are set. */
export const endOf = (day: string) => new Date(`${day}T16:59:59.999Z`);

export function row(overrides: Partial<TAssignmentRow> & Pick<TAssignmentRow, 'id' | 'responsibleAgency'>): TAssignmentRow {
  return {
    planId: 'kh135',
    taskRef: 'II.1.2',
    period: '2026',
    assigneeAsWritten: overrides.responsibleAgency,
    state: 'assigned',
    dueAt: endOf('2026-12-15'),
    completedAt: null,
    startsAt: null,
    escalationLevel: 0,
    deliveryProblem: false,
    mandate: 'order',
    updatedAt: at,
    ...overrides,
  };
}

export const rows: TAssignmentRow[] = [
  row({ id: 'a-overdue-10', responsibleAgency: 'AGENCY_A', dueAt: endOf('2026-11-20') }),
  row({ id: 'a-overdue-20', responsibleAgency: 'AGENCY_A', dueAt: endOf('2026-11-10'), escalationLevel: 2 }),
  row({ id: 'a-on-time', responsibleAgency: 'AGENCY_A', state: 'completed_on_time', completedAt: new Date('2026-11-25T02:00:00Z') }),
  row({ id: 'a-late', responsibleAgency: 'AGENCY_A', state: 'completed_late', dueAt: endOf('2026-11-10'), completedAt: new Date('2026-11-12T02:00:00Z') }),
  row({ id: 'b-in-term', responsibleAgency: 'AGENCY_B', dueAt: endOf('2026-12-31') }),
  row({ id: 'b-due-soon', responsibleAgency: 'AGENCY_B', dueAt: endOf('2026-12-02') }),
  row({ id: 'b-not-yet', responsibleAgency: 'AGENCY_B', period: '2027', dueAt: endOf('2027-12-15'), startsAt: new Date('2026-12-14T17:00:00Z') }),
  row({ id: 'b-cancelled', responsibleAgency: 'AGENCY_B', state: 'cancelled' }),
  row({ id: 'c-lapsed', responsibleAgency: 'AGENCY_C', state: 'lapsed', dueAt: endOf('2026-05-15') }),
  row({ id: 'c-submitted', responsibleAgency: 'AGENCY_C', state: 'submitted' }),
];
