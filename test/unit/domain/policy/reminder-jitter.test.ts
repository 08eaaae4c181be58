// The jitter that spreads a slot's chases (#14): fixed per workflow id, inside the window, even.
import { describe, expect, it } from 'vitest';
import { MAX_REMINDER_JITTER_MINUTES, reminderJitterMs } from '../../../../domain/policy';

/** Ids shaped like the assignment workflow ids a plan produces. */
const ids = Array.from({ length: 1_000 }, (_, index) => `assignment/ke-hoach-bench/II.${Math.floor(index / 50) + 1}.${(index % 50) + 1}/XA_${String(index % 37).padStart(2, '0')}`);

describe('reminderJitterMs', () => {
  it('is 0 without a window, so that specs without a jitter keep their timers', () => {
    expect(ids.every((id) => reminderJitterMs(id, 0) === 0)).toBe(true);
  });

  it('gives each workflow the same whole number of seconds on every call, inside [0, window)', () => {
    for (const id of ids) {
      const offset = reminderJitterMs(id, 20);
      expect(offset).toBe(reminderJitterMs(id, 20));
      expect(offset % 1000).toBe(0);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(20 * 60_000);
    }
  });

  it('spreads a thousand assignments evenly: every tenth of the window gets 100 ± 30', () => {
    const buckets = Array.from({ length: 10 }, () => 0);
    for (const id of ids) buckets[Math.floor(reminderJitterMs(id, 30) / (3 * 60_000))]! += 1;
    for (const count of buckets) {
      expect(count).toBeGreaterThanOrEqual(70);
      expect(count).toBeLessThanOrEqual(130);
    }
  });

  it('puts ids that differ in one character apart', () => {
    const offsets = new Set(Array.from({ length: 10 }, (_, digit) => reminderJitterMs(`assignment/p/II.1.1/XA_0${digit}`, 59)));
    expect(offsets.size).toBeGreaterThanOrEqual(9);
  });

  it(`refuses a window outside 0..${MAX_REMINDER_JITTER_MINUTES} whole minutes`, () => {
    expect(() => reminderJitterMs('a', 60)).toThrow(/at most 59 minutes/);
    expect(() => reminderJitterMs('a', -1)).toThrow(/at least 0/);
    expect(() => reminderJitterMs('a', 1.5)).toThrow(/whole minutes/);
  });
});
