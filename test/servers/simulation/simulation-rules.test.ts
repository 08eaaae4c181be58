// The simulator's pure rules (domain/simulation), without servers: the cast file, who follows
// which entry, when agencies and the monitor act, the figures, and the year-by-year counting.
import { describe, expect, it } from 'vitest';
import { instantAt, VIETNAM_CALENDAR } from '../../../domain/calendar';
import {
  behaviourFor,
  checkCastCodes,
  consolidateIndicators,
  DEFAULT_BEHAVIOUR,
  matchesOnly,
  parseCast,
  planAnswer,
  planExtensionDecision,
  planReview,
  summariseSimulation,
  syntheticIndicatorValues,
  type TRecordedEvent,
} from '../../../domain/simulation';

const calendar = VIETNAM_CALENDAR;
const groups = [{ code: 'ALL_DISTRICTS', members: ['HUYEN_VI_DU_A', 'HUYEN_VI_DU_B'] }];
const local = (at: Date | undefined) => at && new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('cast file', () => {
  it('reads words and mappings, with defaults', () => {
    const parsed = parseCast('default: on-time\nALL_DISTRICTS: never\nSO_GDDT: { report: late, workingDaysLate: 4 }\n');
    expect(parsed.ok && parsed.cast).toEqual({
      default: DEFAULT_BEHAVIOUR,
      ALL_DISTRICTS: { ...DEFAULT_BEHAVIOUR, report: 'never' },
      SO_GDDT: { ...DEFAULT_BEHAVIOUR, report: 'late', workingDaysLate: 4 },
    });
  });

  it('says where a cast is wrong, with the line', () => {
    const parsed = parseCast('default: on-time\nSO_GDDT:\n  report: sometimes\nhuyen: never\nHOI_CCB: { report: never, returnedOnce: true }\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => `${error.line} ${error.path}`)).toEqual(['3 SO_GDDT.report', '4 huyen', '5 HOI_CCB.report']);
    expect(checkCastCodes({ SO_XYZ: DEFAULT_BEHAVIOUR, default: DEFAULT_BEHAVIOUR }, new Set(['SO_GDDT']))).toEqual([
      'SO_XYZ is neither an agency nor a group of the plan: check its spelling',
    ]);
  });

  it('applies the most specific entry: answering agency, agency as written, group, default', () => {
    const cast = { default: { ...DEFAULT_BEHAVIOUR, workingDaysEarly: 2 }, ALL_DISTRICTS: { ...DEFAULT_BEHAVIOUR, report: 'never' as const }, HUYEN_VI_DU_B: { ...DEFAULT_BEHAVIOUR, report: 'late' as const } };
    expect(behaviourFor(cast, { responsibleAgency: 'XA_VI_DU_B1', assigneeAsWritten: 'HUYEN_VI_DU_B', groups }).report).toBe('late');
    expect(behaviourFor(cast, { responsibleAgency: 'HUYEN_VI_DU_A', assigneeAsWritten: 'HUYEN_VI_DU_A', groups }).report).toBe('never');
    expect(behaviourFor(cast, { responsibleAgency: 'SO_GDDT', assigneeAsWritten: 'SO_GDDT', groups }).workingDaysEarly).toBe(2);
    expect(behaviourFor({}, { responsibleAgency: 'SO_GDDT', assigneeAsWritten: 'SO_GDDT', groups })).toEqual(DEFAULT_BEHAVIOUR);
    expect(matchesOnly(['ALL_DISTRICTS'], { responsibleAgency: 'XA_VI_DU_A1', assigneeAsWritten: 'HUYEN_VI_DU_A', groups })).toBe(true);
    expect(matchesOnly(['SO_GDDT'], { responsibleAgency: 'HUYEN_VI_DU_A', assigneeAsWritten: 'HUYEN_VI_DU_A', groups })).toBe(false);
  });
});

describe('when the simulated people act', () => {
  // Due Monday 16/12/2024 (end of day); reminded 7 working days before, Thursday 5/12 at 08:00.
  const dueAt = new Date('2024-12-16T16:59:59.999Z');
  const promptedAt = instantAt('2024-12-05', '08:00');
  const fresh = { extensionAsked: false, returned: false };

  it('answers on time, late, or never, on working days', () => {
    expect(local(planAnswer({ behaviour: DEFAULT_BEHAVIOUR, dueAt, promptedAt, progress: fresh, calendar })?.at)).toBe('2024-12-13 10:00');
    expect(local(planAnswer({ behaviour: { ...DEFAULT_BEHAVIOUR, workingDaysEarly: 0 }, dueAt, promptedAt, progress: fresh, calendar })?.at)).toBe('2024-12-16 10:00');
    expect(local(planAnswer({ behaviour: { ...DEFAULT_BEHAVIOUR, report: 'late', workingDaysLate: 4 }, dueAt, promptedAt, progress: fresh, calendar })?.at)).toBe('2024-12-20 10:00');
    expect(planAnswer({ behaviour: { ...DEFAULT_BEHAVIOUR, report: 'never' }, dueAt, promptedAt, progress: fresh, calendar })).toBeNull();
    // Prompted by an escalation after the deadline: an hour later, late whatever the cast says.
    expect(local(planAnswer({ behaviour: DEFAULT_BEHAVIOUR, dueAt, promptedAt: instantAt('2024-12-17', '08:00'), progress: fresh, calendar })?.at)).toBe('2024-12-17 09:00');
  });

  it('asks for an extension once, which the monitor decides the next working day', () => {
    const behaviour = { ...DEFAULT_BEHAVIOUR, extension: { days: 14, decision: 'deny' as const, workingDaysBefore: 2 } };
    const request = planAnswer({ behaviour, dueAt, promptedAt, progress: fresh, calendar });
    expect(request).toMatchObject({ kind: 'request-extension', newDueDay: '2024-12-30' });
    expect(local(request?.at)).toBe('2024-12-12 09:00');
    // Asked on Friday 13/12: decided Monday 16/12.
    expect(planExtensionDecision(behaviour, instantAt('2024-12-13', '09:00'), calendar)).toMatchObject({ kind: 'decide-extension', approve: false });
    expect(local(planExtensionDecision(behaviour, instantAt('2024-12-13', '09:00'), calendar).at)).toBe('2024-12-16 09:00');
    expect(planAnswer({ behaviour, dueAt, promptedAt, progress: { ...fresh, extensionAsked: true }, calendar })?.kind).toBe('submit-result');
  });

  it('returns the first result for revision when the cast says so, then accepts', () => {
    const behaviour = { ...DEFAULT_BEHAVIOUR, returnedOnce: true };
    const submittedAt = instantAt('2024-12-13', '10:00');
    expect(planReview(behaviour, submittedAt, fresh, calendar)).toMatchObject({ decision: 'return', newDueDay: '2024-12-23' });
    expect(planReview(behaviour, submittedAt, { ...fresh, returned: true }, calendar)).toMatchObject({ decision: 'accept' });
    expect(local(planReview(DEFAULT_BEHAVIOUR, submittedAt, fresh, calendar).at)).toBe('2024-12-16 09:00');
  });
});

describe('figures and summary', () => {
  const required = [{ code: 'RATE', needsTotal: true }, { code: 'COUNT', needsTotal: false }];

  it('makes up valid, repeatable figures and sums them', () => {
    const first = syntheticIndicatorValues(required, 'a|2024');
    expect(syntheticIndicatorValues(required, 'a|2024')).toEqual(first);
    for (const value of [...first, ...syntheticIndicatorValues(required, 'b|2024')]) {
      expect(Number.isInteger(value.count) && value.count >= 0).toBe(true);
      if (value.total !== undefined) expect(value.count).toBeLessThanOrEqual(value.total);
    }
    expect(consolidateIndicators(required, [[{ code: 'RATE', count: 3, total: 10 }, { code: 'COUNT', count: 2 }], [{ code: 'RATE', count: 5, total: 20 }, { code: 'COUNT', count: 1 }]])).toEqual([
      { code: 'RATE', count: 8, total: 30 },
      { code: 'COUNT', count: 3 },
    ]);
  });

  it('counts outcomes in the year of the original deadline, and notices in the year they went out', () => {
    const event = (assignmentId: string, period: string, action: string, at: string, details: Record<string, unknown> = {}): TRecordedEvent => ({ assignmentId, period, action, at, details });
    const due2024 = '2024-12-16T16:59:59.999Z';
    const summary = summariseSimulation({
      from: '2024-05-15',
      until: '2025-12-31',
      workflows: 3,
      escalationLevels: 4,
      notices: [
        { at: '2024-12-31T17:30:00.000Z', assignmentId: 'late', period: '2024', taskRef: 'R', kind: 'escalation', step: '4.1', level: 4, audience: 'leadership', agency: 'X', dueAt: due2024, to: [], cc: [] },
      ],
      events: [
        event('late', '2024', 'assigned', '2024-05-15T00:00:00.000Z', { dueAt: due2024 }),
        event('late', '2024', 'result-submitted', '2025-01-06T03:00:00.000Z', { onTime: false }),
        event('late', '2024', 'result-accepted', '2025-01-07T02:00:00.000Z', { onTime: false }),
        event('never', '2024', 'assigned', '2024-05-15T00:00:00.000Z', { dueAt: due2024 }),
        event('never', '2024', 'period-lapsed', '2025-06-14T17:00:00.000Z', { dueAt: due2024 }),
        event('never', '2025', 'assigned', '2025-06-14T17:00:00.000Z', { dueAt: '2025-12-15T16:59:59.999Z' }),
        event('later', 'once', 'assigned', '2024-05-15T00:00:00.000Z', { dueAt: '2026-03-02T16:59:59.999Z' }),
      ],
      consolidations: [],
    });
    expect(summary.years.map((row) => [row.year, row.assignments, row.reports.late, row.reports.missing, row.reports.overdue, row.escalations['4'], row.notices])).toEqual([
      [2024, 2, 1, 1, 0, 0, 0],
      // 00:30 on 1/1/2025 in Hà Nội: a 2025 notice.
      [2025, 1, 0, 0, 1, 1, 1],
    ]);
    expect(summary.assignmentsDueLater).toBe(1);
  });
});
