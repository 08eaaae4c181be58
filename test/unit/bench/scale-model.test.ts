import { describe, expect, it } from 'vitest';
import { powerOfTwoAtLeast, scaleOnPaper, type TScaleInputs } from '../../../bench/scale-model';

const inputs: TScaleInputs = {
  provinces: 34,
  plansPerProvince: 100,
  assignmentsPerPlan: 200,
  years: 5,
  openShare: 0.5,
  eventsPerAssignmentYear: 100,
  bytesPerAssignmentYear: 100_000,
  slotNoticesPerAssignmentYear: 10,
  peakSlotShare: 0.25,
  actionsPerNotice: 3,
  writesPerNotice: 11,
  jitterMinutes: 30,
  noJitterDrainSeconds: 60,
  workingDaysPerYear: 250,
  writesPerShard: 50,
  writesPerHistoryHost: 2_000,
  writesPerDatabaseNode: 5_000,
};

describe('scale on paper', () => {
  it('sizes a national deployment from the per-assignment figures', () => {
    const figures = scaleOnPaper(inputs);
    expect(figures.assignments).toBe(680_000);
    expect(figures.workflowsOpen).toBe(340_000);
    expect(figures.historyBytesPerYear).toBe(34e9);
    expect(figures.historyBytesOverYears).toBe(170e9);
    expect(figures.averageSlotNotices).toBe(13_600);
    expect(figures.peakSlotNotices).toBe(170_000);
    // Without jitter 170,000 notices × 3 actions in one minute; spread over 30 minutes, 30 times fewer.
    const [burst, spread] = figures.slots;
    expect(burst.actionsPerSecond).toBe(8_500);
    expect(spread.actionsPerSecond).toBeCloseTo(8_500 / 30, 6);
    expect(spread.writesPerSecond).toBeCloseTo((170_000 * 11) / 1_800, 6);
    // 31,167 writes/s in the burst: 624 shards → 1,024; 16 history hosts; 7 database nodes.
    expect([burst.historyShards, burst.historyHosts, burst.databaseNodes]).toEqual([1_024, 16, 7]);
    // Spread over 30 minutes, the smallest cluster does.
    expect([spread.historyShards, spread.historyHosts, spread.databaseNodes]).toEqual([512, 3, 3]);
  });

  it('rounds the shard count up to a power of two', () => {
    expect([1, 2, 3, 512, 513].map(powerOfTwoAtLeast)).toEqual([1, 2, 4, 512, 1_024]);
  });
});
