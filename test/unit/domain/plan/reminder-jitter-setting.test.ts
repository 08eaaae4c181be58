// policy.reminders.jitterMinutes: whole minutes 0..59, and never past the 08:30 daily digest.
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../domain/plan/validate-plan';
import { planWith } from '../plan-fixture';

const withJitter = (jitter: string, time = '"08:00"') => planWith('    time: "08:00"\n', `    time: ${time}\n    jitterMinutes: ${jitter}\n`);

describe('policy.reminders.jitterMinutes', () => {
  it('accepts a spread that ends by the digest, and is absent by default', () => {
    const result = validatePlan(withJitter('30'));
    expect(result.ok && result.plan.policy.reminders.jitterMinutes).toBe(30);
    const plain = validatePlan(planWith('    time: "08:00"\n', '    time: "08:00"\n'));
    expect(plain.ok && plain.plan.policy.reminders.jitterMinutes).toBeUndefined();
  });

  it('refuses a spread that would push 08:00 reminders past the 08:30 digest, saying the most it may be', () => {
    const result = validatePlan(withJitter('31'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.message).join('\n')).toMatch(/lower it to 30 or less/);
  });

  it('allows any spread up to 59 minutes for reminders sent after the digest', () => {
    expect(validatePlan(withJitter('59', '"14:00"')).ok).toBe(true);
    expect(validatePlan(withJitter('60', '"14:00"')).ok).toBe(false);
    expect(validatePlan(withJitter('2.5', '"14:00"')).ok).toBe(false);
  });
});
