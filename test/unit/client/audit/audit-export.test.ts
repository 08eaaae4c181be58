// `dondoc audit` output: text with Vietnam times, JSON for tools, CSV that a spreadsheet reads.
import { describe, expect, it } from 'vitest';
import { auditReportCsv, auditReportJson, auditReportText, csvField } from '../../../../client/audit/audit-export';
import { REJECTED_UPDATES_NOTE, type TAuditReport } from '../../../../client/audit/audit-timeline';

const report: TAuditReport = {
  assignmentId: 'kh135/ANNUAL_CHILDREN_REPORT/SO_GDDT',
  runs: 1,
  earlierRunsMissing: false,
  historyAvailable: true,
  timeline: [
    {
      at: new Date('2026-11-29T14:00:00.000Z'),
      source: 'temporal',
      kind: 'update',
      action: 'submitResult',
      actor: { agency: 'QNG_SO_GDDT', user: 'canbo.gddt', role: 'officer' },
      summary: 'update submitResult accepted; the assignment is submitted',
      details: { narrative: 'Báo cáo, "năm" 2026' },
      ref: 'run r1 event 12',
    },
    {
      at: new Date('2026-11-29T14:00:00.000Z'),
      source: 'audit',
      kind: 'audit-event',
      action: 'result-submitted',
      actor: { agency: 'QNG_SO_GDDT', user: 'canbo.gddt' },
      summary: 'result-submitted (onTime=true)',
      details: { onTime: true, sequence: 42n },
      ref: 'audit #42',
    },
  ],
  deadlineChanges: [
    { at: new Date('2026-11-29T13:00:00Z'), action: 'assigned', period: '2026', from: null, to: '2026-12-15T16:59:59.999Z', by: null, reason: null },
    {
      at: new Date('2026-11-30T01:00:00Z'),
      action: 'extension-approved',
      period: '2026',
      from: '2026-12-15T16:59:59.999Z',
      to: '2026-12-30T16:59:59.999Z',
      by: 'QNG_SO_YT/giamsat',
      reason: 'đồng ý',
    },
  ],
  notes: [REJECTED_UPDATES_NOTE],
};

describe('auditReportText', () => {
  it('prints each entry with its +07:00 time, source, actor and summary, then the deadlines and the note on refused inputs', () => {
    const text = auditReportText(report);
    expect(text).toContain('Audit of kh135/ANNUAL_CHILDREN_REPORT/SO_GDDT: 1 workflow run(s) from the Temporal history, 1 audit record(s).');
    expect(text).toMatch(/2026-11-29T21:00:00\.000\+07:00 {2}T {2}update +QNG_SO_GDDT\/canbo\.gddt +update submitResult accepted/);
    expect(text).toMatch(/2026-11-29T21:00:00\.000\+07:00 {2}A {2}audit-event +QNG_SO_GDDT\/canbo\.gddt +result-submitted \(onTime=true\)/);
    expect(text).toContain('assigned (period 2026): 2026-12-15T23:59:59.999+07:00');
    expect(text).toContain(
      'extension-approved (period 2026): 2026-12-15T23:59:59.999+07:00 -> 2026-12-30T23:59:59.999+07:00 by QNG_SO_YT/giamsat — đồng ý',
    );
    expect(text).toContain(`Note: ${REJECTED_UPDATES_NOTE}`);
  });
});

describe('auditReportJson', () => {
  it('gives times in Vietnam time with the UTC instant beside, and sequence numbers as strings', () => {
    const json = JSON.parse(auditReportJson(report));
    expect(json.timeline[0]).toMatchObject({ at: '2026-11-29T21:00:00.000+07:00', atUtc: '2026-11-29T14:00:00.000Z', actor: { user: 'canbo.gddt' } });
    expect(json.timeline[1].details.sequence).toBe('42');
    expect(json.deadlineChanges[1].at).toBe('2026-11-30T08:00:00.000+07:00');
  });
});

describe('auditReportCsv', () => {
  it('writes a header and one quoted-where-needed row per entry', () => {
    const lines = auditReportCsv(report).split('\r\n');
    expect(lines[0]).toBe('at,source,kind,action,actor_agency,actor_user,actor_role,summary,details,ref');
    expect(lines[1]).toBe(
      '2026-11-29T21:00:00.000+07:00,temporal,update,submitResult,QNG_SO_GDDT,canbo.gddt,officer,update submitResult accepted; the assignment is submitted,' +
        '"{""narrative"":""Báo cáo, \\""năm\\"" 2026""}",run r1 event 12',
    );
    expect(lines[2]).toContain('"{""onTime"":true,""sequence"":""42""}"');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain fields alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });
});
