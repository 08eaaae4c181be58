// How large the workflows' histories grew: every run of every workflow, found by walking each
// chain of continue-as-new back from its latest run. The server suggests continuing as new at
// 4,096 events (and refuses histories past 50 MB); an assignment run should stay far below.
import type { Client } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils';
import { tsToMs } from '@temporalio/common/lib/time.js';
import proto from '@temporalio/proto';
import type { THistoryRun, TWorkflowHistory } from '../domain/simulation';

const historyCodec = proto.temporal.api.history.v1.History;
const { EVENT_TYPE_TIMER_FIRED } = proto.temporal.api.enums.v1.EventType;

export interface THistoryMeasure {
  runs: number;
  largestByEvents: THistoryRun;
  largestByBytes: THistoryRun;
  /** Each workflow's chain of runs, with when it was open: what events per assignment-year divide by. */
  workflows: TWorkflowHistory[];
}

export async function measureHistories(client: Client, workflowIds: readonly string[]): Promise<THistoryMeasure> {
  const workflows: TWorkflowHistory[] = [];
  for (const workflowId of workflowIds) {
    const latest = await client.workflow.getHandle(workflowId).describe();
    const runs: THistoryRun[] = [];
    let startedAtMs = latest.startTime.getTime();
    let runId: string | undefined = latest.runId;
    while (runId) {
      const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      const events = history.events ?? [];
      runs.push({
        workflowId,
        runId,
        events: events.length,
        bytes: historyCodec.encode(history).finish().length,
        timersFired: events.filter((event) => event.eventType === EVENT_TYPE_TIMER_FIRED).length,
      });
      if (events[0]?.eventTime) startedAtMs = tsToMs(events[0].eventTime);
      runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    }
    workflows.push({ workflowId, runs, startedAt: new Date(startedAtMs).toISOString(), closedAt: latest.closeTime?.toISOString() ?? null });
  }
  const measured = workflows.flatMap((workflow) => workflow.runs);
  const largest = (size: (each: THistoryRun) => number) => measured.reduce((best, each) => (size(each) > size(best) ? each : best));
  return { runs: measured.length, largestByEvents: largest((each) => each.events), largestByBytes: largest((each) => each.bytes), workflows };
}
