// The arithmetic behind the #14 figures, and the loader's bounded parallelism.
import { describe, expect, it } from 'vitest';
import { formatTable, peakPerBucket, percentile, perSecond, round } from '../../../bench/bench-figures';
import { inParallel } from '../../../activities/in-parallel';

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

  it('rounds to the digits asked for', () => {
    expect(round(12.345)).toBe(12.35);
    expect(round(0.4567, 1)).toBe(0.5);
  });

  it('counts per second, and 0 for an empty interval', () => {
    expect(perSecond(1_000, 20_000)).toBe(50);
    expect(perSecond(5, 0)).toBe(0);
  });

  it('finds the busiest bucket counted from the due instant', () => {
    const due = 1_000;
    const arrivals = [1_100, 1_200, 1_900, 2_050, 12_000, 12_100];
    expect(peakPerBucket(arrivals, due, 1_000)).toBe(3);
    expect(peakPerBucket(arrivals, due, 10_000)).toBe(4);
    expect(peakPerBucket([], due, 1_000)).toBe(0);
  });

  it('lines up a table under its header', () => {
    expect(formatTable([['N', 'ratio'], [1000, 0.5]]).split('\n')).toEqual(['N     ratio', '----  -----', '1000    0.5']);
  });
});

describe('inParallel', () => {
  it('runs every item once with at most the given number at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await inParallel([...Array(20).keys()], 4, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(most).toBe(4);
  });

  it('stops taking new items after an error and rejects with it', async () => {
    const seen: number[] = [];
    await expect(
      inParallel([...Array(50).keys()], 2, async (item) => {
        seen.push(item);
        if (item === 3) throw new Error('refused');
        await new Promise((resolve) => setTimeout(resolve, 1));
      }),
    ).rejects.toThrow('refused');
    expect(seen.length).toBeLessThan(10);
  });
});
