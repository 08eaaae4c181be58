// One report per unit (issue 12): the seed's recurring tasks as sections of each unit's one report
// of the cycle they are reported in, one-off work apart, the monitor's consolidation one item.
import { describe, expect, it } from 'vitest';
import { answerSections, UpdateRejected, ZAssignmentSpec, ZSubmitResult } from '../../../../domain/assignment';
import { buildAssignmentSpecs, itemsPerUnitInYear } from '../../../../domain/plan-assignments';
import { loadSeedPlan } from '../../../helpers/assignment-fixtures';

const plan = loadSeedPlan();
const asOfDay = '2026-11-29';
const perTask = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay, reportGrouping: 'per_task' }).specs;
const perUnit = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay, reportGrouping: 'one_report_per_unit' }).specs;
const of = (agency: string) => perUnit.filter((spec) => spec.responsibleAgency === agency);

describe('one report per unit on the seed plan', () => {
  it('runs the seed as one report per unit, as the plan file says, and per task only when the caller asks', () => {
    expect(plan.policy.reportGrouping).toBe('one_report_per_unit');
    expect(buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay }).specs).toEqual(perUnit);
    expect(perTask.length).toBeGreaterThan(perUnit.length);
    expect(buildAssignmentSpecs({ ...plan, policy: { ...plan.policy, reportGrouping: 'per_task' } }, { planId: 'kh135', asOfDay }).specs).toEqual(perTask);
  });

  it('gives a commune one annual report a year, with a section for each recurring task it answers for', () => {
    const commune = of('XA_VI_DU_A1');
    const reports = commune.filter((spec) => spec.recurrence);
    expect(reports.map((spec) => [spec.assignmentId, spec.taskRef, spec.kind, spec.period])).toEqual([
      ['kh135/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_A/XA_VI_DU_A1/report', 'ANNUAL_CHILDREN_REPORT', 'report', '2026'],
    ]);
    const oldRecurring = perTask.filter((spec) => spec.responsibleAgency === 'XA_VI_DU_A1' && spec.recurrence && spec.kind === 'task');
    expect(oldRecurring.length).toBeGreaterThanOrEqual(15);
    const sections = reports[0]!.sections!;
    expect(sections.map((section) => section.taskRef).sort()).toEqual(oldRecurring.map((spec) => spec.taskRef).sort());
    // II.1.2 names no single lead (each answers for its part); II.2.1 is led by a department, the commune coordinates.
    expect(sections.find((section) => section.taskRef === 'II.1.2')?.role).toBe('lead');
    expect(sections.find((section) => section.taskRef === 'II.2.1')?.role).toBe('coordinator');
    // The figures the commune supplies, once each.
    const codes = reports[0]!.requiredIndicators!.map((indicator) => indicator.code);
    expect(codes).toContain('CHILD_FRIENDLY_COMMUNES');
    expect(new Set(codes).size).toBe(codes.length);
    expect(itemsPerUnitInYear(perTask, 2027).get('XA_VI_DU_A1')).toBe(18);
    expect(itemsPerUnitInYear(perUnit, 2027).get('XA_VI_DU_A1')).toBe(2);
  });

  it('keeps one-off tasks as their own assignments, with their own deadlines', () => {
    const oneOff = (specs: typeof perTask, agency: string) => specs.filter((spec) => spec.responsibleAgency === agency && spec.kind === 'task').map((spec) => [spec.taskRef, spec.period, spec.dueAt]);
    expect(oneOff(perUnit, 'QNG_SO_GDDT')).toEqual(oneOff(perTask, 'QNG_SO_GDDT').filter(([, period]) => period === 'once'));
    expect(oneOff(perUnit, 'QNG_SO_GDDT').map(([ref]) => ref)).toEqual(['II.1.1', 'III.2.1']);
  });

  it("makes the monitor's consolidation duties (III.1 and the consolidated report) one item", () => {
    const monitor = of('QNG_SO_YT').filter((spec) => spec.kind === 'consolidation' || ['III.1.1', 'III.1.2'].includes(spec.taskRef));
    expect(monitor.map((spec) => spec.assignmentId)).toEqual(['kh135/CONSOLIDATED_REPORT/SO_LDTBXH/report']);
    expect(monitor[0]!.sections).toEqual([
      expect.objectContaining({ taskRef: 'III.1.1', role: 'lead' }),
      expect.objectContaining({ taskRef: 'III.1.2', role: 'lead' }),
    ]);
    expect(perTask.filter((spec) => spec.responsibleAgency === 'QNG_SO_YT' && (spec.kind === 'consolidation' || spec.taskRef.startsWith('III.1.')))).toHaveLength(3);
  });

  it('gives a successor that answers for two departments one annual report, each task once', () => {
    const annual = of('QNG_SO_YT').filter((spec) => spec.taskRef === 'ANNUAL_CHILDREN_REPORT');
    expect(annual).toHaveLength(1);
    const refs = annual[0]!.sections!.map((section) => section.taskRef);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('gives valid specs with unique workflow ids, apart from the per-task ids', () => {
    perUnit.forEach((spec) => ZAssignmentSpec.parse(spec));
    expect(new Set(perUnit.map((spec) => spec.assignmentId)).size).toBe(perUnit.length);
    expect(perUnit.length).toBeLessThan(perTask.length / 2);
  });
});

describe('answering the sections of a report', () => {
  const report = ZAssignmentSpec.parse(of('XA_VI_DU_A1').find((spec) => spec.sections)!);
  const actor = { agency: 'XA_VI_DU_A1', user: 'a@example.vn' };
  const indicators = report.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 1, ...(indicator.needsTotal ? { total: 2 } : {}) }));
  const all = report.sections!.map((section) => ({ taskRef: section.taskRef, narrative: `Đã thực hiện ${section.taskRef}` }));

  it('takes a report whose every section is answered or marked nothing to report', () => {
    const [first, ...rest] = all;
    const payload = ZSubmitResult.parse({ actor, narrative: 'Báo cáo năm', indicators, sections: [{ taskRef: first!.taskRef, nothingToReport: true }, ...rest] });
    expect(answerSections(report, payload).sections).toHaveLength(report.sections!.length);
  });

  it('refuses a report with a section left unanswered, naming it', () => {
    const payload = ZSubmitResult.parse({ actor, narrative: 'Báo cáo năm', indicators, sections: all.slice(1) });
    expect(() => answerSections(report, payload)).toThrow(UpdateRejected);
    expect(() => answerSections(report, payload)).toThrow(`sections ${all[0]!.taskRef} are not answered`);
  });

  it('refuses an empty section narrative at the boundary', () => {
    expect(ZSubmitResult.safeParse({ actor, narrative: 'x', sections: [{ taskRef: 'II.2.1', narrative: '  ' }] }).success).toBe(false);
  });

  it('counts a section carried over from a replaced assignment as answered, with its figures', () => {
    const carried = { ...report, carriedOver: [{ fromAssignmentId: 'kh135/II.2.1/HUYEN_VI_DU_A/XA_VI_DU_A1', taskRef: all[0]!.taskRef, narrative: 'Kết quả đã gửi', indicators: indicators.slice(0, 1), submittedAt: '2026-12-01T01:00:00.000Z' }] };
    const payload = ZSubmitResult.parse({ actor, narrative: 'Báo cáo năm', indicators: indicators.slice(1), sections: all.slice(1) });
    const answered = answerSections(carried, payload);
    expect(answered.sections![0]).toEqual({ taskRef: all[0]!.taskRef, narrative: 'Kết quả đã gửi' });
    expect(answered.indicators.map((value) => value.code).sort()).toEqual(indicators.map((value) => value.code).sort());
  });
});
