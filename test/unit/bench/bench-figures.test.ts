import { describe, expect, it } from 'vitest';
import { percentile, resultLine, rounded } from '../../../bench/bench-figures';

describe('bench figures', () => {
  it('takes percentiles by nearest rank, whatever the order of the sample', () => {
    const sample = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    expect(percentile(sample, 0.5)).toBe(5);
    expect(percentile(sample, 0.95)).toBe(10);
    expect(percentile(sample, 0)).toBe(1);
    expect(percentile([42], 0.95)).toBe(42);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('p95 of 100 values is the 95th', () => {
    expect(percentile(Array.from({ length: 100 }, (_, index) => index + 1), 0.95)).toBe(95);
  });

  it('writes one JSON line with flat finite figures', () => {
    const line = resultLine({ bench: 'status-queries', goal: 'p95 ≤ 50 ms', met: true, figures: { status_p95_ms: rounded(12.345), ratio: 3 } });
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ bench: 'status-queries', goal: 'p95 ≤ 50 ms', met: true, figures: { status_p95_ms: 12.35, ratio: 3 } });
    expect(() => resultLine({ bench: 'x', goal: 'y', met: false, figures: { p95_ms: Number.NaN } })).toThrow(/p95_ms/);
  });
});
