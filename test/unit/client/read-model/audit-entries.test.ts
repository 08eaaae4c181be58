// Audit records as timeline entries, and the deadline changes they hold.
import { describe, expect, it } from 'vitest';
import type { TAuditRecord } from '../../../../data/audit-records';
import { deadlineChanges, timelineFromAuditRecords } from '../../../../client/read-model/audit-entries';

let sequence = 0n;
const record = (iso: string, action: string, payload: Record<string, unknown>, actor: [string, string] | null = null): TAuditRecord => ({
  sequence: ++sequence,
  occurredAt: new Date(iso),
  actorAgency: actor?.[0] ?? null,
  actorUser: actor?.[1] ?? null,
  action,
  payload: { period: '2026', ...payload },
  hash: `h${sequence}`,
});

const records = [
  record('2026-11-29T13:00:00Z', 'assigned', { dueAt: '2026-12-15T16:59:59.999Z' }),
  record('2026-11-30T01:00:00Z', 'extension-requested', { reason: 'thiếu số liệu', newDueDay: '2026-12-30' }, ['QNG_SO_GDDT', 'canbo']),
  record('2026-11-30T02:00:00Z', 'extension-approved', { from: '2026-12-15T16:59:59.999Z', to: '2026-12-30T16:59:59.999Z', note: 'đồng ý' }, ['QNG_SO_YT', 'giamsat']),
  record('2026-12-20T02:00:00Z', 'result-submitted', { onTime: true, indicators: [], narrative: 'x' }, ['QNG_SO_GDDT', 'canbo']),
  record('2026-12-21T02:00:00Z', 'result-returned', { note: 'bổ sung', newDueAt: '2027-01-08T16:59:59.999Z' }, ['QNG_SO_YT', 'giamsat']),
  record('2027-01-02T02:00:00Z', 'deadline-changed', { from: '2027-01-08T16:59:59.999Z', to: '2027-01-15T16:59:59.999Z', reason: 'kế hoạch sửa đổi' }, ['QNG_SO_YT', 'dondoc plan load']),
];

describe('timelineFromAuditRecords', () => {
  it('keeps actor, action, time and payload, and shows the payload at a glance without the long texts', () => {
    const entries = timelineFromAuditRecords(records);
    expect(entries[1]).toMatchObject({
      source: 'audit',
      action: 'extension-requested',
      actor: { agency: 'QNG_SO_GDDT', user: 'canbo' },
      summary: 'extension-requested (reason=thiếu số liệu, newDueDay=2026-12-30)',
      details: { period: '2026', reason: 'thiếu số liệu', sequence: 2n, hash: 'h2' },
      ref: 'audit #2',
    });
    expect(entries[0]!.actor).toBeNull();
    expect(entries[3]!.summary).toBe('result-submitted (onTime=true)');
  });
});

describe('deadlineChanges', () => {
  it('lists the first deadline and every move, with who moved it and why', () => {
    expect(deadlineChanges(records).map(({ action, from, to, by, reason }) => ({ action, from, to, by, reason }))).toEqual([
      { action: 'assigned', from: null, to: '2026-12-15T16:59:59.999Z', by: null, reason: null },
      { action: 'extension-approved', from: '2026-12-15T16:59:59.999Z', to: '2026-12-30T16:59:59.999Z', by: 'QNG_SO_YT/giamsat', reason: 'đồng ý' },
      { action: 'result-returned', from: '2026-12-30T16:59:59.999Z', to: '2027-01-08T16:59:59.999Z', by: 'QNG_SO_YT/giamsat', reason: 'bổ sung' },
      { action: 'deadline-changed', from: '2027-01-08T16:59:59.999Z', to: '2027-01-15T16:59:59.999Z', by: 'QNG_SO_YT/dondoc plan load', reason: 'kế hoạch sửa đổi' },
    ]);
  });
});

describe('timelineFromAuditRecords summaries', () => {
  it('shows instants in Vietnam time with their offset', () => {
    expect(timelineFromAuditRecords(records)[0]!.summary).toBe('assigned (dueAt=2026-12-15T23:59:59.999+07:00)');
  });
});
