// Drill: a deliberately incompatible change to the assignment workflow (a timer added before
// its first command, without patched(); test/fixtures/incompatible-workflows) is caught by
// replaying the saved histories (test/fixtures/histories, left untouched) — the check CI runs in
// test/servers/replay.test.ts — so it never reaches a running system. Today's workflow code
// replays the same histories cleanly, so the failure is the change's, not the fixtures'.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { expect, it } from 'vitest';
import { workflowsPath } from '../../../workers/worker';
import { historyFromJson } from '../../fixtures/histories/history-json';

const changedWorkflowsPath = fileURLToPath(new URL('../../fixtures/incompatible-workflows/index.ts', import.meta.url));
const directory = fileURLToPath(new URL('../../fixtures/histories/', import.meta.url));
const histories = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ workflowId: file.replace(/\.json$/, ''), history: historyFromJson(readFileSync(`${directory}${file}`, 'utf8')) }));
const workflowTypeOf = (history: (typeof histories)[number]['history']) => history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;
const isAssignment = ({ history }: (typeof histories)[number]) => workflowTypeOf(history) === 'assignmentWorkflow';

async function replay(path: string) {
  const results = [];
  for await (const result of Worker.runReplayHistories({ workflowsPath: path }, histories)) {
    results.push({ workflowId: result.workflowId, error: result.error ? { name: result.error.name, message: result.error.message } : null });
  }
  return results;
}

it("catches a timer slipped in before the assignment workflow's first command: each assignment history fails to replay, by name", async () => {
  const started = Date.now();
  const today = await replay(workflowsPath);
  expect(today.filter((result) => result.error)).toEqual([]);

  const changed = await replay(changedWorkflowsPath);
  const caught = changed.filter((result) => result.error);
  expect(caught.map((result) => result.workflowId)).toEqual(histories.filter(isAssignment).map(({ workflowId }) => workflowId));
  expect(caught.length).toBeGreaterThan(10);
  for (const { error } of caught) {
    expect(error?.name).toBe('DeterminismViolationError');
    expect(error?.message).toMatch(/nondeterminism/i);
  }
  // The other workflows did not change and still replay.
  expect(changed.filter((result) => !result.error).map((result) => result.workflowId)).toEqual(
    histories.filter((history) => !isAssignment(history)).map(({ workflowId }) => workflowId),
  );
  console.log(
    `DRILL nondeterminism: PASS — the changed assignment workflow fails ${caught.length} of ${histories.length} saved histories ` +
      `(${caught.map((result) => result.workflowId).join(', ')}) with DeterminismViolationError; today's code replays all ${histories.length} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
});
