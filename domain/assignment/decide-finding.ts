// A finding recorded during an inspection round. With a remediation deadline it becomes an
// assignment of the inspected unit, chased like any other.
import { effectiveDeadline } from '../calendar/effective-deadline';
import { authorize } from './authorize';
import type { TRecordFinding } from './messages';
import { UpdateRejected } from './rejection';
import type { TAssignmentSpec } from './spec';
import { appendEvent, isClosed, type TAssignmentEvent, type TAssignmentState } from './state';
import { remediationWorkflowId } from '../../contracts/workflow-ids';

export interface TFindingDecision {
  state: TAssignmentState;
  events: TAssignmentEvent[];
  remediation: TAssignmentSpec | null;
}

export function decideRecordFinding(context: { spec: TAssignmentSpec; state: TAssignmentState; now: Date }, payload: TRecordFinding): TFindingDecision {
  const { spec, now } = context;
  if (spec.kind !== 'inspection') throw new UpdateRejected(`${spec.assignmentId} is not an inspection round: findings are recorded on inspection rounds.`);
  if (isClosed(context.state)) throw new UpdateRejected(`${spec.assignmentId} is ${context.state.phase}: the round is closed.`);
  authorize(payload.actor, 'record-finding', spec, context.state);
  // A finding names an inspected agency or a visited facility; a facility's finding is remedied
  // by the agency that answers for it.
  const facility = spec.inspectedFacilities?.find((each) => each.code === payload.unit);
  if (!facility && !spec.inspectedUnits.includes(payload.unit)) {
    const inspected = [...spec.inspectedUnits, ...(spec.inspectedFacilities ?? []).map((each) => each.code)];
    throw new UpdateRejected(`${payload.unit} is not inspected in this round (inspected: ${inspected.join(', ')}).`);
  }
  const remedying = facility?.responsibleAgency ?? payload.unit;
  const state: TAssignmentState = JSON.parse(JSON.stringify(context.state));
  let remediation: TAssignmentSpec | null = null;
  if (payload.remediationDueDay) {
    const deadline = effectiveDeadline(payload.remediationDueDay, spec.calendar);
    if (deadline.dueAt.getTime() <= now.getTime()) throw new UpdateRejected(`The remediation deadline ${payload.remediationDueDay} is already past.`);
    const number = state.eventCount + 1;
    remediation = {
      ...spec,
      assignmentId: remediationWorkflowId({ roundId: spec.assignmentId, period: spec.period, number }),
      kind: 'remediation',
      taskText: facility ? `Khắc phục sau kiểm tra ${facility.nameVi}: ${payload.finding}` : `Khắc phục sau kiểm tra: ${payload.finding}`,
      period: 'once',
      assigneeAsWritten: remedying,
      responsibleAgency: remedying,
      dueAt: deadline.dueAt.toISOString(),
      requiredIndicators: [],
      inspectedUnits: [],
      recurrence: null,
    };
    // A remediation visits nothing: it carries no facilities of the round.
    delete remediation.inspectedFacilities;
    delete remediation.facilityRotation;
  }
  const event = appendEvent(state, now, 'finding-recorded', payload.actor, {
    unit: payload.unit,
    ...(facility ? { facility: facility.code, responsibleAgency: facility.responsibleAgency } : {}),
    finding: payload.finding,
    remediationAssignment: remediation?.assignmentId ?? null,
    remediationDueAt: remediation?.dueAt ?? null,
  });
  return { state, events: [event], remediation };
}
