import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZAssignmentSpec } from '../../../../domain/assignment';
import { buildAssignmentSpecs, expandAssignees, resolveSuccessors } from '../../../../domain/plan-assignments';
import { validatePlan } from '../../../../domain/plan/validate-plan';

const seedText = readFileSync(fileURLToPath(new URL('../../../../plans/ke-hoach-135-tre-em.yaml', import.meta.url)), 'utf8');
const result = validatePlan(seedText);
if (!result.ok) throw new Error('the seed plan does not validate');
const plan = result.plan;

describe('successors (Resolution 190/2025/QH15)', () => {
  it('reads DOLISA as itself before March 2025, as the Department of Health after, and the merged province’s after July', () => {
    expect(resolveSuccessors('SO_LDTBXH', '2025-02-28', plan.agencies, plan.metadata.functions)).toEqual(['SO_LDTBXH']);
    expect(resolveSuccessors('SO_LDTBXH', '2025-03-01', plan.agencies, plan.metadata.functions)).toEqual(['SO_YT']);
    expect(resolveSuccessors('SO_LDTBXH', '2025-07-01', plan.agencies, plan.metadata.functions)).toEqual(['QNG_SO_YT']);
  });

  it('splits an abolished district between its communes', () => {
    expect(resolveSuccessors('HUYEN_VI_DU_A', '2025-07-01', plan.agencies, plan.metadata.functions).sort()).toEqual(['XA_VI_DU_A1', 'XA_VI_DU_A2']);
  });

  it('expands a group into its members, once each', () => {
    expect(expandAssignees(['ALL_DISTRICTS', 'HUYEN_VI_DU_A'], plan.groups)).toEqual(['HUYEN_VI_DU_A', 'HUYEN_VI_DU_B', 'THANH_PHO_VI_DU']);
  });
});

describe('buildAssignmentSpecs on the seed plan', () => {
  const asOfStart = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: plan.metadata.startDate, reportGrouping: 'per_task' });
  const asOfToday = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: '2026-11-29', reportGrouping: 'per_task' });

  it('gives every spec a valid shape and a unique workflow id', () => {
    for (const { specs } of [asOfStart, asOfToday]) {
      specs.forEach((spec) => ZAssignmentSpec.parse(spec));
      expect(new Set(specs.map((spec) => spec.assignmentId)).size).toBe(specs.length);
    }
  });

  it('assigns the one-off implementation plans of 2024 to each department and district, due 14/6/2024', () => {
    const ownPlans = asOfStart.specs.filter((spec) => spec.taskRef === 'III.2.1');
    expect(ownPlans.length).toBeGreaterThan(0);
    expect(new Set(ownPlans.map((spec) => spec.dueAt))).toEqual(new Set(['2024-06-14T16:59:59.999Z']));
    expect(ownPlans.every((spec) => spec.period === 'once' && spec.recurrence === null)).toBe(true);
  });

  it('keeps a one-off task whose deadline passed before the load: started overdue since its real deadline, never dropped', () => {
    const late = asOfToday.specs.filter((spec) => spec.taskRef === 'III.2.1');
    expect(late.length).toBeGreaterThan(0);
    expect(new Set(late.map((spec) => spec.dueAt))).toEqual(new Set(['2024-06-14T16:59:59.999Z']));
    // Answered by the agencies that answer on the day of the load (after the 2025 reorganisation).
    expect(late.map((spec) => spec.responsibleAgency)).toContain('QNG_SO_YT');
    expect(asOfToday.skipped.map((each) => each.ref)).not.toContain('III.2.1');
  });

  it('runs the annual report every year from its first period to 2030, due 15/12', () => {
    const report = asOfStart.specs.find((spec) => spec.taskRef === 'ANNUAL_CHILDREN_REPORT' && spec.assigneeAsWritten === 'SO_GDDT')!;
    expect(report).toMatchObject({ kind: 'report', period: '2024', dueAt: '2024-12-16T16:59:59.999Z', recurrence: { dueMonthDay: '12-15', lastPeriod: 2030 } });
    // 15/12/2024 is a Sunday: the report is due at the end of Monday 16/12.
    // A department holds none of the six figures of footnote 2: it reports in words only.
    expect(report.requiredIndicators).toEqual([]);
  });

  it('asks each unit only for the figures its level holds: districts, then their communes, all six; departments and organisations none', () => {
    const annual = (specs: typeof asOfStart.specs) => specs.filter((spec) => spec.taskRef === 'ANNUAL_CHILDREN_REPORT');
    const six = plan.indicators.map((indicator) => ({ code: indicator.code, needsTotal: true }));
    const district = annual(asOfStart.specs).find((spec) => spec.responsibleAgency === 'HUYEN_VI_DU_A')!;
    expect(district.requiredIndicators).toEqual(six);
    const communes = annual(asOfToday.specs).filter((spec) => spec.responsibleAgency.startsWith('XA_') || spec.responsibleAgency.startsWith('PHUONG_'));
    expect(communes).toHaveLength(5);
    for (const spec of communes) expect(spec.requiredIndicators, spec.responsibleAgency).toEqual(six);
    const others = annual(asOfToday.specs).filter((spec) => !communes.includes(spec));
    expect(others.map((spec) => spec.responsibleAgency)).toEqual(expect.arrayContaining(['QNG_SO_TC', 'QNG_MTTQ_TINH']));
    for (const spec of others) expect(spec.requiredIndicators, spec.responsibleAgency).toEqual([]);
    // The task that carries the six figures (II.3.6, led by Planning-Investment, now Finance): the
    // Department of Finance is not asked how many communes are child-friendly; the districts are.
    const withFigures = asOfStart.specs.filter((spec) => spec.kind === 'task' && spec.assigneeAsWritten === 'SO_KHDT');
    expect(withFigures.length).toBeGreaterThan(0);
    for (const spec of withFigures) expect(spec.requiredIndicators).toEqual([]);
    const task = plan.tasks.find((each) => each.indicators.length > 0)!;
    expect(asOfStart.specs.find((spec) => spec.taskRef === task.ref && spec.responsibleAgency === 'HUYEN_VI_DU_B')?.requiredIndicators).toEqual(six);
  });

  it('asks the agency that consolidates for every figure: it gives the province’s sums', () => {
    const consolidation = asOfToday.specs.find((spec) => spec.taskRef === 'CONSOLIDATED_REPORT')!;
    expect(consolidation).toMatchObject({ kind: 'consolidation', responsibleAgency: 'QNG_SO_YT' });
    expect(consolidation.requiredIndicators?.map((indicator) => indicator.code)).toEqual(plan.indicators.map((indicator) => indicator.code));
  });

  it('keeps an optional figure optional and asks everyone for an indicator that names no supplier', () => {
    const [first, second, ...rest] = plan.indicators;
    const edited = { ...plan, indicators: [{ ...first!, optional: true }, { ...second!, suppliedBy: undefined }, ...rest] };
    const district = buildAssignmentSpecs(edited, { planId: 'kh135', asOfDay: plan.metadata.startDate, reportGrouping: 'per_task' }).specs.filter((spec) => spec.taskRef === 'ANNUAL_CHILDREN_REPORT');
    expect(district.find((spec) => spec.responsibleAgency === 'HUYEN_VI_DU_A')?.requiredIndicators?.[0]).toEqual({ code: first!.code, needsTotal: true, optional: true });
    expect(district.find((spec) => spec.responsibleAgency === 'SO_TC')?.requiredIndicators).toEqual([{ code: second!.code, needsTotal: true }]);
  });

  it('asks every assignee for a review report a month before each review meeting', () => {
    const preliminary = asOfToday.specs.filter((spec) => spec.taskRef === 'PRELIMINARY_REVIEW_2027');
    expect(preliminary.length).toBeGreaterThan(10);
    // 30/11/2027 minus 30 days is Sunday 31/10/2027: due at the end of Monday 1/11/2027.
    expect(new Set(preliminary.map((spec) => spec.dueAt))).toEqual(new Set(['2027-11-01T16:59:59.999Z']));
    expect(preliminary.every((spec) => spec.kind === 'review')).toBe(true);
  });

  it('makes each inspection round a yearly assignment of the inspecting agency, with the facilities it visits', () => {
    const rounds = asOfToday.specs.filter((spec) => spec.kind === 'inspection');
    expect(rounds.map((spec) => [spec.taskRef, spec.responsibleAgency, spec.period])).toEqual([
      ['SEMI_ANNUAL_INSPECTION.1', 'QNG_SO_YT', '2027'],
      ['SEMI_ANNUAL_INSPECTION.2', 'QNG_SO_YT', '2026'],
    ]);
    // II.3.4: the seed's rounds visit social-protection facilities, not departments or districts;
    // a private facility that was a district's is its commune's since July 2025.
    expect(rounds.every((round) => (round.inspectedUnits ?? []).length === 0 && (round.inspectedFacilities?.length ?? 0) > 0)).toBe(true);
    const pool = rounds[0]!.facilityRotation!.pool;
    expect(pool.find((facility) => facility.code === 'CS_NUOI_DUONG_TRE_EM_B_VI_DU')?.responsibleAgency).toBe('XA_VI_DU_B1');
  });

  it('reminds but never escalates bodies the plan can only request from', () => {
    const requested = asOfToday.specs.filter((spec) => spec.taskRef.startsWith('III.4.'));
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((spec) => spec.mandate === 'request' && spec.escalate === false)).toBe(true);
  });

  it('requests, not orders, the reports and review reports of bodies the plan only requests from', () => {
    const ofAgency = (written: string) => asOfToday.specs.filter((spec) => spec.assigneeAsWritten === written);
    for (const written of ['MTTQ_TINH', 'TINH_DOAN', 'HOI_BVQTE']) {
      expect(ofAgency(written).length).toBeGreaterThan(0);
      expect(ofAgency(written).map((spec) => [spec.taskRef, spec.mandate, spec.escalate])).toEqual(ofAgency(written).map((spec) => [spec.taskRef, 'request', false]));
    }
    const education = ofAgency('SO_GDDT');
    expect(education.every((spec) => spec.mandate === 'order' && spec.escalate)).toBe(true);
  });
});
