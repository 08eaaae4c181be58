// An assignment's Temporal history as timeline entries: accepted updates with their actor and
// payload, notices with their recipients, records, runs continued as new.
import { defaultPayloadConverter } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { timelineFromHistory, type THistoryEvent } from '../../../../client/read-model/assignment-history';
import { mergeTimelines, type TTimelineEntry } from '../../../../client/read-model/timeline';

const payloads = (...values: unknown[]) => ({ payloads: values.map((value) => defaultPayloadConverter.toPayload(value)) });
const time = (iso: string) => ({ seconds: Math.floor(Date.parse(iso) / 1000), nanos: (Date.parse(iso) % 1000) * 1e6 });
let nextId = 0;
// Plain numbers where the protobuf types say Long: the timeline reads both the same way.
const event = (iso: string, attributes: Record<string, unknown>) => ({ eventId: ++nextId, eventTime: time(iso), ...attributes }) as unknown as THistoryEvent;

const actor = { agency: 'QNG_SO_GDDT', user: 'canbo.gddt', role: 'officer' };
const spec = { assignmentId: 'kh/ANNUAL/SO_GDDT', period: '2026', responsibleAgency: 'QNG_SO_GDDT', dueAt: '2026-12-15T16:59:59.999Z' };

function history(): THistoryEvent[] {
  nextId = 0;
  return [
    event('2026-11-29T13:00:00.000Z', { workflowExecutionStartedEventAttributes: { input: payloads({ spec }), continuedExecutionRunId: '' } }),
    event('2026-11-29T13:00:00.100Z', { activityTaskScheduledEventAttributes: { activityType: { name: 'deliverNotice' }, input: payloads({ request: { kind: 'assignment', step: 'assigned', level: 0, audience: 'assignee' }, idempotencyKey: 'k1' }) } }),
    event('2026-11-29T13:00:01.000Z', { activityTaskCompletedEventAttributes: { scheduledEventId: 2, result: payloads({ messageId: '<m1@dondoc>', recipients: ['a@gddt.example', 'b@gddt.example'] }) } }),
    event('2026-11-29T14:00:00.000Z', {
      workflowExecutionUpdateAcceptedEventAttributes: {
        acceptedRequest: { meta: { updateId: 'u1', identity: '123@host' }, input: { name: 'submitResult', args: payloads({ actor, narrative: 'Đã làm', indicators: [] }) } },
      },
    }),
    event('2026-11-29T14:00:00.050Z', { workflowExecutionUpdateCompletedEventAttributes: { acceptedEventId: 4, outcome: { success: payloads({ phase: 'submitted', dueAt: spec.dueAt }) } } }),
    event('2026-11-29T14:00:00.100Z', {
      activityTaskScheduledEventAttributes: {
        activityType: { name: 'recordAssignment' },
        input: payloads({ state: { phase: 'submitted', dueAt: spec.dueAt, responsibleAgency: 'QNG_SO_GDDT' }, events: [{ seq: 2, action: 'result-submitted' }] }),
      },
    }),
    event('2026-11-29T14:00:00.300Z', { activityTaskCompletedEventAttributes: { scheduledEventId: 6, result: payloads(undefined) } }),
    event('2026-11-30T01:00:00.000Z', { activityTaskScheduledEventAttributes: { activityType: { name: 'deliverNotice' }, input: payloads({ request: { kind: 'escalation', step: '1.1', level: 1, audience: 'focal_point' } }) } }),
    event('2026-11-30T01:00:05.000Z', { activityTaskFailedEventAttributes: { scheduledEventId: 8, failure: { message: 'Activity task failed', cause: { message: '550 mailbox unavailable' } } } }),
    event('2026-12-20T00:00:00.000Z', { workflowExecutionContinuedAsNewEventAttributes: { newExecutionRunId: 'run-2' } }),
  ];
}

describe('timelineFromHistory', () => {
  const entries = timelineFromHistory({ runId: 'run-1', events: history() });
  const byKind = (kind: TTimelineEntry['kind']) => entries.filter((entry) => entry.kind === kind);

  it('starts with the run: period, answering agency, deadline', () => {
    expect(entries[0]).toMatchObject({ kind: 'run-started', action: 'started', at: new Date('2026-11-29T13:00:00.000Z'), ref: 'run run-1 event 1' });
    expect(entries[0]!.summary).toBe('workflow run started: period 2026, QNG_SO_GDDT answering, due 2026-12-15T23:59:59.999+07:00');
  });

  it('shows each accepted update with its actor, its payload (without the actor) and its outcome', () => {
    const [update] = byKind('update');
    expect(update).toMatchObject({
      action: 'submitResult',
      actor: { agency: 'QNG_SO_GDDT', user: 'canbo.gddt', role: 'officer' },
      summary: 'update submitResult accepted; the assignment is submitted',
      details: { narrative: 'Đã làm', indicators: [], updateId: 'u1', clientIdentity: '123@host', outcome: 'completed', phaseAfter: 'submitted' },
    });
    expect(update!.details).not.toHaveProperty('actor');
  });

  it('shows each notice with the recipients the delivery reported, and a notice that could not be delivered', () => {
    const [notice] = byKind('notice');
    expect(notice).toMatchObject({ action: 'assignment', at: new Date('2026-11-29T13:00:01.000Z'), details: { recipients: ['a@gddt.example', 'b@gddt.example'], messageId: '<m1@dondoc>' } });
    expect(notice!.summary).toBe('assignment notice (step assigned, to the assignee) sent to a@gddt.example, b@gddt.example');
    const [failed] = byKind('notice-failed');
    expect(failed).toMatchObject({ action: 'escalation', summary: 'escalation notice NOT delivered: 550 mailbox unavailable' });
  });

  it('shows the records written and the continuation into the next run', () => {
    expect(byKind('record')[0]!.summary).toBe(`recorded #2 result-submitted (read model: submitted, due 2026-12-15T23:59:59.999+07:00)`);
    expect(byKind('run-continued')[0]).toMatchObject({ details: { newRunId: 'run-2' } });
  });
});

describe('mergeTimelines', () => {
  it('orders by time, and at the same instant puts the Temporal event before the audit record', () => {
    const entry = (iso: string, source: TTimelineEntry['source'], action: string): TTimelineEntry => ({
      at: new Date(iso),
      source,
      kind: source === 'audit' ? 'audit-event' : 'update',
      action,
      actor: null,
      summary: action,
      details: {},
      ref: action,
    });
    const merged = mergeTimelines(
      [entry('2026-11-29T14:00:00Z', 'temporal', 'submitResult'), entry('2026-11-29T15:00:00Z', 'temporal', 'later')],
      [entry('2026-11-29T13:00:00Z', 'audit', 'assigned'), entry('2026-11-29T14:00:00Z', 'audit', 'result-submitted')],
    );
    expect(merged.map((each) => each.action)).toEqual(['assigned', 'submitResult', 'result-submitted', 'later']);
  });
});
