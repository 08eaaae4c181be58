import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../domain/plan/validate-plan';
import type { TPlanError } from '../../../domain/plan';
import { MINIMAL_PLAN, lineOf, planWith } from './plan-fixture';

function errorsOf(text: string): TPlanError[] {
  const result = validatePlan(text);
  if (result.ok) throw new Error('expected the plan to be rejected, but it validated');
  return result.errors;
}

function errorAt(text: string, path: string): TPlanError {
  const errors = errorsOf(text);
  const match = errors.find((error) => error.path === path);
  if (!match) throw new Error(`no error at ${path}; errors were: ${JSON.stringify(errors, null, 2)}`);
  return match;
}

describe('validatePlan on bad input', () => {
  it('accepts the minimal plan that the other cases break', () => {
    const result = validatePlan(MINIMAL_PLAN);
    expect(result.ok).toBe(true);
  });

  it('reports an unknown lead agency with its path, line and a suggestion', () => {
    const text = planWith('    lead: SO_A\n', '    lead: SO_AA\n');
    const error = errorAt(text, 'tasks[0].lead');
    expect(error.line).toBe(lineOf(text, 'lead: SO_AA'));
    expect(error.found).toBe('"SO_AA"');
    expect(error.expected).toContain('agency code');
    expect(error.message).toContain('Did you mean SO_A?');
  });

  it('reports unknown codes among coordinators, group members and successors', () => {
    const text = planWith('    coordinators: [ALL_DEPARTMENTS]', '    coordinators: [ALL_DEPTS]');
    expect(errorAt(text, 'tasks[0].coordinators[0]').line).toBe(lineOf(text, 'ALL_DEPTS'));
    const members = planWith('members: [SO_A, SO_B]', 'members: [SO_A, SO_C]');
    expect(errorAt(members, 'groups[0].members[1]').found).toBe('"SO_C"');
    const successors = planWith('{ code: SO_B, effectiveFrom', '{ code: SO_X, effectiveFrom');
    expect(errorAt(successors, 'agencies[1].successors[0].code').line).toBe(lineOf(successors, 'SO_X'));
  });

  it('reports an indicator supplied by a kind of agency the registry does not have, with its path and line', () => {
    const indicator = `indicators:
  - code: CHILD_FRIENDLY_COMMUNES
    nameVi: Xã, phường, đặc khu đạt tiêu chuẩn phù hợp với trẻ em
    nameEn: Communes meeting child-friendly standards
    unit: rate
    partOfWhole: true
    suppliedBy: [department, commune]
tasks:
`;
    const text = planWith('tasks:\n', indicator);
    const error = errorAt(text, 'indicators[0].suppliedBy[1]');
    expect(error.line).toBe(lineOf(text, 'suppliedBy:'));
    expect(error.found).toBe('"commune", the kind of no agency');
    expect(error.expected).toContain('department, leadership');
    expect(errorsOf(text)).toHaveLength(1);
    expect(validatePlan(planWith('tasks:\n', indicator.replace(', commune]', ']'))).ok).toBe(true);
  });

  it('points a name written instead of a code to the code', () => {
    const text = planWith('    assignees: [SO_A, ALL_DEPARTMENTS]', '    assignees: [Sở Ây, ALL_DEPARTMENTS]');
    const error = errorAt(text, 'tasks[0].assignees[0]');
    expect(error.expected).toContain('UPPER_SNAKE_CASE');
    expect(error.message).toContain('write the code SO_A');
  });

  it('reports a duplicate task ref at the second occurrence', () => {
    const text = planWith('  - ref: II.1.2', '  - ref: II.1.1');
    const error = errorAt(text, 'tasks[1].ref');
    expect(error.line).toBe(lineOf(text, 'Việc thứ hai') - 2);
    expect(error.found).toContain('already used by tasks[0]');
  });

  it('reports a duplicate agency code', () => {
    const text = planWith('  - code: SO_B\n', '  - code: SO_A\n');
    const error = errorAt(text, 'agencies[2].code');
    expect(error.line).toBe(lineOf(text, 'nameVi: Sở B') - 1);
    expect(error.message).toContain('defined twice');
  });

  it('reports a deadline outside the plan period', () => {
    const text = planWith('deadline: 2024-06-14', 'deadline: 2031-01-15');
    const error = errorAt(text, 'tasks[0].deadline');
    expect(error.line).toBe(lineOf(text, 'deadline: 2031-01-15'));
    expect(error.expected).toBe("a date from 2024-05-15 to 2030-12-31 (the plan's start and end)");
    expect(error.found).toBe('2031-01-15');
  });

  it('reports a successor cycle', () => {
    const text = planWith('    nameEn: Department B\n    kind: department\n', "    nameEn: Department B\n    kind: department\n    successors:\n      - { code: SO_A, effectiveFrom: 2025-04-01, functions: [all] }\n", planWith('    validTo: 2025-02-28\n', ''));
    const cycle = errorsOf(text).find((error) => error.found.startsWith('the cycle'));
    expect(cycle?.found).toBe('the cycle SO_A → SO_B → SO_A');
    expect(cycle?.path).toBe('agencies[1].successors');
    expect(cycle?.line).toBe(lineOf(text, '{ code: SO_B, effectiveFrom'));
  });

  it('reports a YAML syntax error with its line', () => {
    const text = planWith('    text: Việc thứ hai.', '    text: "Việc thứ hai.');
    const errors = errorsOf(text);
    expect(errors[0]?.path).toBe('(YAML syntax)');
    expect(errors[0]?.line).toBe(lineOf(text, '"Việc thứ hai.'));
    expect(errors[0]?.found).toContain('Missing closing "quote');
    expect(errors[0]?.message).toMatch(/^YAML syntax error/);
  });

  it('reports a wrong type with expected and found', () => {
    const text = planWith('offsetsWorkingDays: [7, 3, 1]', 'offsetsWorkingDays: seven');
    const error = errorAt(text, 'policy.reminders.offsetsWorkingDays');
    expect(error).toMatchObject({ line: lineOf(text, 'seven'), expected: 'a list', found: '"seven"' });
  });

  it('reports a value outside an enumeration, a bad date and a missing key', () => {
    const kind = planWith('    kind: continuous', '    kind: continous');
    expect(errorAt(kind, 'tasks[1].kind').expected).toBe('one of: "one_off", "continuous", "periodic"');
    const date = planWith('deadline: 2024-06-14', 'deadline: 14/06/2024');
    expect(errorAt(date, 'tasks[0].deadline').expected).toContain('YYYY-MM-DD');
    const missing = planWith('    text: Việc thứ nhất.\n', '');
    expect(errorAt(missing, 'tasks[0].text')).toMatchObject({ found: 'nothing (the key is missing)', line: lineOf(missing, '  - ref: II.1.1') });
  });

  it('reports an unknown key at the key itself', () => {
    const text = planWith('    kind: one_off', '    kind: one_off\n    deadlnie: 2024-06-01');
    const error = errorAt(text, 'tasks[0].deadlnie');
    expect(error.line).toBe(lineOf(text, 'deadlnie'));
    expect(error.message).toContain('Remove the key "deadlnie"');
  });

  it('requires an unknown number or date to be marked as unknown', () => {
    const text = planWith('  number: 1/KH-UBND', '  number: null');
    expect(errorAt(text, 'metadata.number').message).toContain('metadata.unknown');
    const marked = planWith('  number: 1/KH-UBND', '  number: null\n  unknown: [number]');
    expect(validatePlan(marked).ok).toBe(true);
  });

  it('requires a one_off task to have a deadline and a lead to be assigned', () => {
    const noDeadline = planWith('    deadline: 2024-06-14\n', '');
    expect(errorAt(noDeadline, 'tasks[0].deadline').message).toContain('one_off but has no deadline');
    const leadNotAssigned = planWith('    assignees: [SO_A, ALL_DEPARTMENTS]', '    assignees: [ALL_DEPARTMENTS]');
    expect(errorAt(leadNotAssigned, 'tasks[0].assignees').message).toContain('Add SO_A to assignees');
  });

  it('reports an escalation ladder out of order with the value found', () => {
    const text = planWith('afterWorkingDays: 10,', 'afterWorkingDays: 1,');
    const error = errorAt(text, 'policy.escalation[1].afterWorkingDays');
    expect(error.line).toBe(lineOf(text, 'level: 2'));
    expect(error.found).toBe('number 1');
    expect(error.message).toContain('more than 1 working days');
  });

  it('rejects a group where one accountable agency is needed', () => {
    const text = planWith('  monitor: SO_A', '  monitor: ALL_DEPARTMENTS');
    expect(errorAt(text, 'policy.monitor').found).toBe('group "ALL_DEPARTMENTS"');
  });
});
