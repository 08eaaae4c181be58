import { describe, expect, it } from 'vitest';
import { FAR_DUE_AT, memoryPerWorkflow, openAssignmentSpecs } from '../../../bench/open-assignments';
import { loadPlan } from '../../../client/plans/read-plan-file';
import { seedPlanFile } from '../../../config/config';
import { ZAssignmentSpec } from '../../../domain/assignment';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';

describe('the open assignments of the worker-memory bench', () => {
  it('clones the seed plan’s plain one-off tasks into distinct, valid specs due years ahead', async () => {
    const plan = await loadPlan(seedPlanFile);
    const specs = openAssignmentSpecs(buildAssignmentSpecs(plan, { planId: 'bench', asOfDay: plan.metadata.startDate }).specs, 300);
    expect(specs).toHaveLength(300);
    expect(new Set(specs.map((spec) => spec.assignmentId)).size).toBe(300);
    expect(specs.every((spec) => spec.dueAt === FAR_DUE_AT && spec.kind === 'task' && spec.recurrence === null && ZAssignmentSpec.safeParse(spec).success)).toBe(true);
    expect(new Set(specs.map((spec) => spec.responsibleAgency)).size).toBeGreaterThan(1);
  });

  it('divides the growth by the workflows, and refuses zero workflows', () => {
    expect(memoryPerWorkflow(400, 2_900, 1_000)).toBe(2.5);
    expect(() => memoryPerWorkflow(400, 400, 0)).toThrow(/at least one workflow/);
  });
});
