// Replays the saved histories of every workflow type (test/fixtures/histories, recorded from real
// runs by scripts/record-histories.ts) against today's workflow code. A change that would make
// a running workflow take another path than the one it took (a command added, removed or
// reordered) fails here, before it reaches workflows that have been running for years: such a
// change goes behind patched().
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Worker } from '@temporalio/worker';
import { workflowsPath } from '../../workers/worker';
import * as workflows from '../../workflows';
import { historyFromJson } from '../fixtures/histories/history-json';

const directory = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));
const fixtures = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ name: file.replace(/\.json$/, ''), history: historyFromJson(readFileSync(`${directory}${file}`, 'utf8')) }))
  .sort((left, right) => left.name.localeCompare(right.name));

const workflowTypeOf = (history: (typeof fixtures)[number]['history']) => history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;

describe('replay of saved histories', () => {
  it('has a history for every workflow type, for each path of the assignment workflow, and for an obstacle taken to a plan amendment', () => {
    expect(new Set(fixtures.map((fixture) => workflowTypeOf(fixture.history)))).toEqual(new Set(Object.keys(workflows)));
    expect(fixtures.map((fixture) => fixture.name)).toEqual([
      'agency-succession',
      'assignment-cancel',
      'assignment-declared-done',
      'assignment-extension',
      'assignment-inspection-facilities',
      'assignment-inspection-finding',
      'assignment-lapse',
      'assignment-lapse-next-period',
      'assignment-late-start',
      'assignment-oversight',
      'assignment-reassign',
      'assignment-recurring',
      'assignment-recurring-next-period',
      'assignment-remediation',
      'assignment-remediation-facility',
      'assignment-reminders-escalation',
      'assignment-review-explanation',
      'assignment-semi-annual',
      'assignment-semi-annual-next-period',
      'assignment-submit-accept',
      'assignment-succeeded',
      'assignment-superseded',
      'assignment-unit-report',
      'daily-digest',
      'load-plan',
      'obstacle',
      'period-close',
      'period-close-waiting',
    ]);
  });

  it('replays every history with today\'s workflow code without a nondeterminism error', async () => {
    const replays = await collect(Worker.runReplayHistories({ workflowsPath }, fixtures.map((fixture) => ({ workflowId: fixture.name, history: fixture.history }))));
    const results = replays.map((result) => ({ workflowId: result.workflowId, error: result.error ? String(result.error.message) : null }));
    expect(results).toEqual(fixtures.map((fixture) => ({ workflowId: fixture.name, error: null })));
  });

  it('fails a history whose recorded commands differ from what the code does now', async () => {
    // The cancel path with its first activity recorded as another one: what replaying a history
    // after a non-patched change to the order of the workflow's commands looks like.
    const { history } = fixtures.find((fixture) => fixture.name === 'assignment-cancel')!;
    const changed = structuredClone(history);
    const scheduled = changed.events!.find((event) => event.activityTaskScheduledEventAttributes)!.activityTaskScheduledEventAttributes!;
    scheduled.activityType = { name: scheduled.activityType?.name === 'deliverNotice' ? 'recordAssignment' : 'deliverNotice' };
    const [result] = await collect(Worker.runReplayHistories({ workflowsPath }, [{ workflowId: 'changed', history: changed }]));
    expect(result?.error?.name).toBe('DeterminismViolationError');
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
