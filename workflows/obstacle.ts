// One obstacle (vướng mắc) from its report to its settlement: the monitoring department's answer
// or forward, the People's Committee's decision, and the load of an amended plan when that is
// what was decided. The awaited step is chased after its deadline like an assignment's (the
// awaited agency's focal point, then its head). Rules are pure functions in domain/obstacles.
import { ActivityFailure, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ZodType } from 'zod';
import { parseUpdatePayload, UpdateRejected } from '../domain/assignment';
import {
  createObstacleState,
  decideAmendment,
  decideAnswer,
  decideDecision,
  decideForward,
  isObstacleClosed,
  nextObstacleChase,
  ZAnswerObstacle,
  ZDecideObstacle,
  ZForwardObstacle,
  ZRecordAmendment,
  type TObstacleDecision,
  type TObstacleEvent,
  type TObstacleSpec,
  type TObstacleState,
  type TObstacleStatus,
} from '../domain/obstacles';
import { NOTICE_ACTIVITY_OPTIONS } from '../domain/notices/delivery-options';
import type { NoticeActivities, ObstacleActivities } from '../activities';
import * as messages from './messages';

export interface TObstacleWorkflowInput {
  spec: TObstacleSpec;
}

// Records are local database writes: quick, retried until the database is back.
const records = proxyActivities<ObstacleActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});
const notices = proxyActivities<NoticeActivities>(NOTICE_ACTIVITY_OPTIONS);

export async function obstacleWorkflow(input: TObstacleWorkflowInput): Promise<TObstacleStatus> {
  const { spec } = input;
  const created = createObstacleState(spec);
  let state: TObstacleState = created.state;
  const pending: TObstacleEvent[] = [...created.events];
  let version = 0;
  // Records and the status carry the spec without its calendar, which is large.
  const summary: Omit<TObstacleSpec, 'calendar'> = { ...spec };
  delete (summary as Partial<TObstacleSpec>).calendar;
  const status = (): TObstacleStatus => ({ ...summary, ...state, closed: isObstacleClosed(state) });

  function handle<T>(update: Parameters<typeof setHandler>[0], schema: ZodType<T>, decide: (context: { spec: TObstacleSpec; state: TObstacleState; now: Date }, payload: T) => TObstacleDecision) {
    const run = (raw: unknown) => decide({ spec, state, now: new Date() }, parseUpdatePayload(schema, raw));
    setHandler(
      update as never,
      ((raw: unknown) => {
        const decision = run(raw);
        state = decision.state;
        pending.push(...decision.events);
        version += 1;
        return status();
      }) as never,
      {
        validator: ((raw: unknown) => {
          try {
            // The decision copies the state it changes, so running it here leaves nothing behind.
            run(raw);
          } catch (error) {
            if (error instanceof UpdateRejected) throw ApplicationFailure.nonRetryable(error.message, messages.updateRejectedType);
            throw error;
          }
        }) as never,
      },
    );
  }
  handle(messages.answerObstacleUpdate, ZAnswerObstacle, decideAnswer);
  handle(messages.forwardObstacleUpdate, ZForwardObstacle, decideForward);
  handle(messages.decideObstacleUpdate, ZDecideObstacle, decideDecision);
  handle(messages.recordAmendmentUpdate, ZRecordAmendment, decideAmendment);
  setHandler(messages.obstacleStatusQuery, status);

  async function flush(): Promise<void> {
    while (pending.length) {
      const events = pending.splice(0);
      await records.recordObstacle({ obstacle: summary, state, events });
    }
  }

  /** A chase reuses the assignments' notices: the awaited agency is the one late, on a "task" that is the obstacle's step. */
  async function chase(level: 1 | 2, audience: 'focal_point' | 'agency_head', agency: string, dueAt: string): Promise<void> {
    const step = state.phase === 'reported' ? 'Trả lời vướng mắc' : 'Quyết định về vướng mắc';
    const request = { kind: 'escalation' as const, step: `${state.phase}.${level}`, level, audience, agency, dueAt, deadlineChanges: 0 };
    try {
      await notices.deliverNotice({
        assignment: {
          assignmentId: spec.obstacleId,
          planId: spec.planId,
          planTitle: spec.planTitle,
          taskRef: spec.taskRef ?? 'vướng mắc',
          taskText: `${step} của ${spec.reportingAgency}: ${spec.text}`,
          period: 'obstacle',
          kind: 'task',
          assigneeAsWritten: agency,
          monitoringAgency: spec.monitorAgency,
          leadershipAgency: spec.committeeAgency,
          mandate: 'order',
        },
        request,
        idempotencyKey: [spec.obstacleId, 'escalation', request.step, agency, dueAt].join('|'),
        issuedAt: new Date().toISOString(),
      });
    } catch (error) {
      // Undeliverable for good, or not within the retry window: the chase stays in the audit log.
      if (!(error instanceof ActivityFailure)) throw error;
    }
  }

  for (;;) {
    await flush();
    if (isObstacleClosed(state)) break;
    const next = nextObstacleChase(spec, state);
    const seen = version;
    const changed = next ? await condition(() => version !== seen, Math.max(1, next.at.getTime() - Date.now())) : await condition(() => version !== seen).then(() => true);
    if (changed || !next || !state.pendingAgency || !state.dueAt) continue;
    const agency = state.pendingAgency;
    const dueAt = state.dueAt;
    state = { ...state, chaseLevel: next.level };
    state.eventCount += 1;
    pending.push({ seq: state.eventCount, at: new Date().toISOString(), action: 'chased', actor: null, details: { level: next.level, audience: next.audience, agency, dueAt, phase: state.phase } });
    await flush();
    await chase(next.level, next.audience, agency, dueAt);
  }
  return status();
}
