import { describe, expect, it } from 'vitest';
import { consolidateReports, displayCount } from '../../../../domain/reporting/consolidate';

const due = new Date('2026-12-15T16:59:59.999Z');

describe('consolidateReports', () => {
  it('sums counts and wholes across units and tells each unit’s timeliness', () => {
    const result = consolidateReports(
      [
        { agency: 'XA_B', submittedAt: new Date('2026-12-20T03:00:00Z'), dueAt: due, values: [{ code: 'CHILD_FRIENDLY_COMMUNES', count: 7, total: 9 }] },
        { agency: 'XA_A', submittedAt: new Date('2026-12-10T03:00:00Z'), dueAt: due, values: [{ code: 'CHILD_FRIENDLY_COMMUNES', count: 10, total: 12 }, { code: 'DISABLED_CHILDREN_CERTIFIED', count: 3, total: null }] },
        { agency: 'XA_C', submittedAt: null, dueAt: due, values: [] },
      ],
      ['CHILD_FRIENDLY_COMMUNES', 'DISABLED_CHILDREN_CERTIFIED'],
    );
    expect(result.units).toEqual([
      { agency: 'XA_A', timeliness: 'on_time', submittedAt: '2026-12-10T03:00:00.000Z' },
      { agency: 'XA_B', timeliness: 'late', submittedAt: '2026-12-20T03:00:00.000Z' },
      { agency: 'XA_C', timeliness: 'missing', submittedAt: null },
    ]);
    expect([result.onTime, result.late, result.missing]).toEqual([1, 1, 1]);
    expect(result.indicators).toEqual([
      { code: 'CHILD_FRIENDLY_COMMUNES', count: 17, total: 21, percent: 81, reportingUnits: 2, missingUnits: ['XA_C'], problems: [] },
      { code: 'DISABLED_CHILDREN_CERTIFIED', count: 3, total: null, percent: null, reportingUnits: 1, missingUnits: ['XA_B', 'XA_C'], problems: [] },
    ]);
  });

  const at = new Date('2026-12-10T03:00:00Z');
  const rule = { code: 'CHILD_FRIENDLY_COMMUNES', suppliedBy: ['district', 'commune'] as const, partOfWhole: true };
  const figure = (count: number, total: number | null) => [{ code: 'CHILD_FRIENDLY_COMMUNES', count, total }];

  it('sums over the supplying level only: a department’s figure is left out, and says so', () => {
    const [result] = consolidateReports(
      [
        { agency: 'XA_A', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, 1) },
        { agency: 'XA_B', kind: 'commune', submittedAt: at, dueAt: due, values: figure(0, 1) },
        { agency: 'SO_TC', kind: 'department', submittedAt: at, dueAt: due, values: figure(40, 50) },
        { agency: 'MTTQ', kind: 'organisation', submittedAt: at, dueAt: due, values: [] },
      ],
      [rule],
    ).indicators;
    expect(result).toEqual({
      code: 'CHILD_FRIENDLY_COMMUNES', count: 1, total: 2, percent: 50, reportingUnits: 2, missingUnits: [],
      problems: ['SO_TC gave a figure its level (department) does not supply: left out of the sum'],
    });
  });

  it('does not add a district to the communes that took over its territory, and names the suppliers whose figures are missing', () => {
    const [result] = consolidateReports(
      [
        { agency: 'HUYEN_A', code: 'HUYEN_A', kind: 'district', successors: ['XA_A1', 'XA_A2'], submittedAt: at, dueAt: due, values: figure(2, 2) },
        { agency: 'XA_A1', code: 'XA_A1', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, 1) },
        { agency: 'XA_A2', code: 'XA_A2', kind: 'commune', submittedAt: null, dueAt: due, values: [] },
        { agency: 'HUYEN_B', code: 'HUYEN_B', kind: 'district', successors: ['XA_B1'], submittedAt: at, dueAt: due, values: figure(3, 4) },
      ],
      [rule],
    ).indicators;
    expect(result).toMatchObject({ count: 4, total: 5, reportingUnits: 2, missingUnits: ['XA_A2'] });
    expect(result!.problems).toEqual(['HUYEN_A: left out, the figures of XA_A1, which took over its territory, are summed instead']);
    // A district that reports nothing after its communes took over is not missing either.
    const silent = consolidateReports(
      [
        { agency: 'HUYEN_A', code: 'HUYEN_A', kind: 'district', successors: ['XA_A1'], submittedAt: null, dueAt: due, values: [] },
        { agency: 'XA_A1', code: 'XA_A1', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, 1) },
      ],
      [rule],
    ).indicators[0]!;
    expect(silent).toMatchObject({ count: 1, total: 1, missingUnits: [], problems: [] });
  });

  it('checks the parts against the wholes after summing', () => {
    const larger = consolidateReports(
      [
        { agency: 'XA_A', kind: 'commune', submittedAt: at, dueAt: due, values: figure(3, 2) },
        { agency: 'XA_B', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, 1) },
      ],
      [rule],
    ).indicators[0]!;
    expect(larger.problems).toEqual(['the sum 4 is larger than its whole 3']);
    const partial = consolidateReports(
      [
        { agency: 'XA_A', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, 2) },
        { agency: 'XA_B', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, null) },
      ],
      [rule],
    ).indicators[0]!;
    expect(partial).toMatchObject({ count: 2, total: 2, percent: null, problems: ['the whole lacks the figures of XA_B, which gave no total'] });
    const none = consolidateReports([{ agency: 'XA_A', kind: 'commune', submittedAt: at, dueAt: due, values: figure(1, null) }], [rule]).indicators[0]!;
    expect(none.problems).toEqual(['no unit gave the whole']);
  });

  it('counts a report at the last millisecond of the due day as on time', () => {
    const result = consolidateReports([{ agency: 'XA_A', submittedAt: due, dueAt: due, values: [] }], []);
    expect(result.units[0]?.timeliness).toBe('on_time');
  });
});

describe('displayCount', () => {
  it.each([
    [0, '0'],
    [1, '<5'],
    [4, '<5'],
    [5, '5'],
    [1234, '1234'],
  ])('shows %i as %s', (count, shown) => {
    expect(displayCount(count)).toBe(shown);
  });
});
