// How large the workflows' histories grew: every run of every workflow, found by walking each
// chain of continue-as-new back from its latest run. The server suggests continuing as new at
// 4,096 events (and refuses histories past 50 MB); an assignment run should stay far below.
import type { Client } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils';
import proto from '@temporalio/proto';

const historyCodec = proto.temporal.api.history.v1.History;

export interface THistoryMeasure {
  runs: number;
  largestByEvents: { workflowId: string; runId: string; events: number; bytes: number };
  largestByBytes: { workflowId: string; runId: string; events: number; bytes: number };
}

export async function measureHistories(client: Client, workflowIds: readonly string[]): Promise<THistoryMeasure> {
  const measured: THistoryMeasure['largestByEvents'][] = [];
  for (const workflowId of workflowIds) {
    let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId;
    while (runId) {
      const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      const events = history.events ?? [];
      measured.push({ workflowId, runId, events: events.length, bytes: historyCodec.encode(history).finish().length });
      runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    }
  }
  const largest = (size: (each: THistoryMeasure['largestByEvents']) => number) => measured.reduce((best, each) => (size(each) > size(best) ? each : best));
  return { runs: measured.length, largestByEvents: largest((each) => each.events), largestByBytes: largest((each) => each.bytes) };
}
