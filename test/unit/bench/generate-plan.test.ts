// The benchmarks' generated plans are real plans: the plan file's own validation accepts them,
// and they start exactly the assignments asked for, spread over the communes.
import { describe, expect, it } from 'vitest';
import { generatePlanYaml } from '../../../bench/generate-plan';
import { validatePlan } from '../../../domain/plan/validate-plan';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { isWorkingDay } from '../../../domain/calendar';

function specsOf(yaml: string) {
  const result = validatePlan(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return buildAssignmentSpecs(result.plan, { planId: 'bench', asOfDay: '2026-12-01' }).specs;
}

describe('generatePlanYaml', () => {
  it('writes 10,000 assignments as 100 tasks × 100 communes, under the plan file size limit', () => {
    const yaml = generatePlanYaml({ assignments: 10_000, startDay: '2026-12-01', deadline: '2027-02-26' });
    expect(Buffer.byteLength(yaml)).toBeLessThan(1_000_000);
    const specs = specsOf(yaml);
    expect(specs).toHaveLength(10_000);
    expect(new Set(specs.map((spec) => spec.assignmentId)).size).toBe(10_000);
    expect(new Set(specs.map((spec) => spec.responsibleAgency)).size).toBe(100);
  });

  it('gives the last task the remainder when the count is not a multiple of the communes', () => {
    const specs = specsOf(generatePlanYaml({ assignments: 250, agencies: 100, startDay: '2026-12-01', deadline: '2027-02-26' }));
    expect(specs).toHaveLength(250);
    expect(new Set(specs.map((spec) => spec.taskRef)).size).toBe(3);
  });

  it('carries the reminder time, offsets, jitter and an extra working day into every spec', () => {
    const specs = specsOf(
      generatePlanYaml({ assignments: 20, startDay: '2026-12-05', deadline: '2026-12-07', reminderTime: '09:41', reminderOffsets: [1], jitterMinutes: 5, extraWorkingDays: ['2026-12-05'] }),
    );
    expect(specs.every((spec) => spec.reminderTime === '09:41' && spec.reminderJitterMinutes === 5 && spec.reminderOffsetsInWorkingDays.join() === '1')).toBe(true);
    // Saturday 5/12 is a working day for this plan: the reminder one working day before Monday's deadline falls on it.
    expect(isWorkingDay('2026-12-05', specs[0]!.calendar).working).toBe(true);
  });

  it('leaves the jitter out when it is 0, as plans written before it', () => {
    const specs = specsOf(generatePlanYaml({ assignments: 3, startDay: '2026-12-01', deadline: '2027-02-26', jitterMinutes: 0 }));
    expect(specs.every((spec) => !('reminderJitterMinutes' in spec))).toBe(true);
  });
});
