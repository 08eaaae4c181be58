import { describe, expect, it } from 'vitest';
import { failuresThatCount, secondsToWait, SIGN_IN_THROTTLE, waitAfterFailures } from '../../../../client/identity/sign-in-throttle';

const at = (iso: string) => new Date(iso);

describe('sign-in throttle', () => {
  it('lets the first five failures through, then waits 1 s, 2 s, 4 s … doubling up to 15 minutes', () => {
    expect([0, 1, 4].map((failures) => waitAfterFailures(failures))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 14].map((failures) => waitAfterFailures(failures))).toEqual([1, 2, 4, 8, 512]);
    expect(waitAfterFailures(15)).toBe(15 * 60);
    expect(waitAfterFailures(1_000)).toBe(SIGN_IN_THROTTLE.maxWaitSeconds);
  });

  it('counts the wait from the last failure, in whole seconds rounded up', () => {
    const state = { failures: 7, lastFailureAt: at('2026-12-01T01:00:00Z') };
    expect(secondsToWait(state, at('2026-12-01T01:00:00Z'))).toBe(4);
    expect(secondsToWait(state, at('2026-12-01T01:00:02.500Z'))).toBe(2);
    expect(secondsToWait(state, at('2026-12-01T01:00:04Z'))).toBe(0);
    expect(secondsToWait(null, at('2026-12-01T01:00:00Z'))).toBe(0);
    expect(secondsToWait({ failures: 4, lastFailureAt: at('2026-12-01T01:00:00Z') }, at('2026-12-01T01:00:00Z'))).toBe(0);
  });

  it('forgets failures a day old', () => {
    const state = { failures: 40, lastFailureAt: at('2026-12-01T01:00:00Z') };
    expect(failuresThatCount(state, at('2026-12-02T00:59:59Z'))).toBe(40);
    expect(failuresThatCount(state, at('2026-12-02T01:00:00Z'))).toBe(0);
    expect(secondsToWait(state, at('2026-12-01T01:14:59Z'))).toBe(1);
    expect(secondsToWait(state, at('2026-12-02T01:00:00Z'))).toBe(0);
  });
});
