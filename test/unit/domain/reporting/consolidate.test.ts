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
      { code: 'CHILD_FRIENDLY_COMMUNES', count: 17, total: 21, percent: 81, reportingUnits: 2 },
      { code: 'DISABLED_CHILDREN_CERTIFIED', count: 3, total: null, percent: null, reportingUnits: 1 },
    ]);
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
