import { describe, expect, it } from 'vitest';
import { decideRestart, defaultSupervisionPolicy, formatDuration, ZSupervisionPolicy } from '../../../workers/services/supervision-policy';

const second = 1_000;

describe('decideRestart', () => {
  it('restarts after 1 s, then doubles the wait for each failure in the window, up to 30 s', () => {
    const failures: number[] = [];
    const delays: number[] = [];
    for (let at = 0; at < 5; at += 1) {
      failures.push(at * second);
      const decision = decideRestart({ failures, now: at * second });
      expect(decision.action).toBe('restart');
      if (decision.action === 'restart') delays.push(decision.delayMs);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    const capped = decideRestart({ failures: [0, 0, 0, 0, 0], now: 0, policy: { ...defaultSupervisionPolicy, maxRestartsInWindow: 20 } });
    expect(capped).toMatchObject({ action: 'restart', delayMs: 16_000 });
    const many = decideRestart({ failures: Array.from({ length: 10 }, () => 0), now: 0, policy: { ...defaultSupervisionPolicy, maxRestartsInWindow: 20 } });
    expect(many).toMatchObject({ action: 'restart', delayMs: 30_000 });
  });

  it('gives up at the sixth failure within two minutes', () => {
    const failures = [0, 10, 20, 30, 40, 50].map((s) => s * second);
    expect(decideRestart({ failures, now: 50 * second })).toEqual({ action: 'give-up', failuresInWindow: 6, windowMs: 120_000 });
  });

  it('forgets failures older than the window: a crash a day never stops dondoc, and starts again at 1 s', () => {
    const day = 24 * 3_600 * second;
    const failures = Array.from({ length: 30 }, (_, index) => index * day);
    expect(decideRestart({ failures, now: 29 * day })).toEqual({ action: 'restart', delayMs: 1_000, failuresInWindow: 1 });
    // Five quick failures, then a quiet three minutes: the next one is the first of a new window.
    expect(decideRestart({ failures: [0, 1, 2, 3, 4, 184].map((s) => s * second), now: 184 * second })).toMatchObject({ action: 'restart', delayMs: 1_000 });
  });

  it('takes its bounds from the policy (a shorter first wait for tests)', () => {
    const policy = ZSupervisionPolicy.parse({ firstDelayMs: 250 });
    expect(policy).toEqual({ firstDelayMs: 250, maxDelayMs: 30_000, windowMs: 120_000, maxRestartsInWindow: 5 });
    expect(decideRestart({ failures: [0, 1], now: 1, policy })).toMatchObject({ action: 'restart', delayMs: 500 });
    expect(() => ZSupervisionPolicy.parse({ firstDelayMs: -1 })).toThrow();
  });
});

describe('formatDuration', () => {
  it('reads as seconds below a minute and as minutes above', () => {
    expect([formatDuration(1_000), formatDuration(2_640), formatDuration(120_000), formatDuration(90_000)]).toEqual(['1 s', '2.6 s', '2 min', '1.5 min']);
  });
});
