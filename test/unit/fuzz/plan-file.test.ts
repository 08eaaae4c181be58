// Generated plan files through the plan validator (fast-check, 1,000 cases a property): YAML that
// is broken, values of the wrong shape, agencies nobody registered, successions that loop, days
// that do not exist, texts that are too long or carry control and bidirectional characters.
// Always a list of errors with a line and a message, or a plan that satisfies the schema; never
// a thrown error. `dondoc plan load` sends nothing unless the validator says ok (read-plan-file.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatePlan, type TValidatePlanResult } from '../../../domain/plan/validate-plan';
import { TEXT_LIMITS } from '../../../domain/text/safe-text';
import { MINIMAL_PLAN } from '../domain/plan-fixture';

const runs = { numRuns: 1_000 };
/** Each property parses 1,000 YAML files: about a second on an idle machine, more on a shared one. */
const timeout = 60_000;
const base = parse(MINIMAL_PLAN) as Record<string, unknown>;
const copy = () => structuredClone(base) as { metadata: Record<string, unknown>; agencies: Record<string, unknown>[]; tasks: Record<string, unknown>[] };

/** A validation that returned (never threw), whose errors each say where and what. */
function validated(text: string): TValidatePlanResult {
  let result: TValidatePlanResult | undefined;
  expect(() => (result = validatePlan(text))).not.toThrow();
  if (result && !result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
      expect(error.path.length).toBeGreaterThan(0);
      expect(error.message.length).toBeGreaterThan(10);
    }
  }
  return result!;
}

/**
 * The plan as a YAML file: written as JSON, which YAML reads as it is (one key a line, so errors
 * still have lines), because writing YAML would take most of each case's time.
 */
const stringify = (plan: unknown) => JSON.stringify(plan, null, 1);

/** The rule as README states it, written out here rather than taken from the code under test. */
function isRefusedInText(code: number): boolean {
  const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
  const bidirectional = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return control || bidirectional || (code >= 0xd800 && code <= 0xdfff) || code === 0xfeff || code === 0xfffe || code === 0xffff;
}

const errorsAt = (result: TValidatePlanResult, path: string) => (result.ok ? [] : result.errors.filter((error) => error.path === path));

/** Values of every type a hand-edited file can hold where another belongs. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
);

describe('plan files, generated', () => {
  it('a file with characters inserted, removed or cut off is refused with lines, or still a valid plan', () => {
    const edit = fc.oneof(
      fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(':', '-', ' ', '\n', '"', "'", '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\t', 'x') })).map(([at, text]) => (plan: string) => plan.slice(0, at % plan.length) + text + plan.slice(at % plan.length)),
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([at, length]) => (plan: string) => plan.slice(0, at % plan.length) + plan.slice((at % plan.length) + length)),
      fc.nat().map((at) => (plan: string) => plan.slice(0, at % plan.length)),
    );
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => void validated(edits.reduce((plan, apply) => apply(plan), MINIMAL_PLAN))), runs);
  }, timeout);

  it('a value of the wrong shape anywhere is refused at its path', () => {
    const places: [string, (plan: ReturnType<typeof copy>, value: unknown) => void, string][] = [
      ['metadata.titleVi', (plan, value) => (plan.metadata.titleVi = value), 'metadata.titleVi'],
      ['metadata.startDate', (plan, value) => (plan.metadata.startDate = value), 'metadata.startDate'],
      ['agencies[1].code', (plan, value) => (plan.agencies[1]!.code = value), 'agencies[1].code'],
      ['agencies[1].kind', (plan, value) => (plan.agencies[1]!.kind = value), 'agencies[1].kind'],
      ['tasks[0].kind', (plan, value) => (plan.tasks[0]!.kind = value), 'tasks[0].kind'],
      ['tasks[0].assignees', (plan, value) => (plan.tasks[0]!.assignees = value), 'tasks[0].assignees'],
      ['tasks[1].text', (plan, value) => (plan.tasks[1]!.text = value), 'tasks[1].text'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...places), wrongValue, ([, put, path], value) => {
        const plan = copy();
        put(plan, value);
        const result = validated(stringify(plan));
        // A string may happen to be right (a code, a kind, a title): then the plan is still valid or refused elsewhere.
        if (typeof value !== 'string') expect(errorsAt(result, path).length + (result.ok ? 0 : result.errors.filter((error) => error.path.startsWith(path)).length)).toBeGreaterThan(0);
      }),
      runs,
    );
  }, timeout);

  it('an agency that is not in the registry is refused where it is named', () => {
    const unknownCode = fc.stringMatching(/^[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,4}){0,2}$/).filter((code) => !['UBND_TINH', 'SO_A', 'SO_B', 'ALL_DEPARTMENTS'].includes(code));
    fc.assert(
      fc.property(unknownCode, fc.constantFrom('lead', 'assignees', 'monitor'), (code, where) => {
        const plan = copy();
        if (where === 'lead') plan.tasks[0]!.lead = code;
        else if (where === 'assignees') plan.tasks[1]!.assignees = [code];
        else (plan as unknown as { policy: Record<string, unknown> }).policy.monitor = code;
        const result = validated(stringify(plan));
        expect(result.ok).toBe(false);
        const path = where === 'lead' ? 'tasks[0].lead' : where === 'assignees' ? 'tasks[1].assignees[0]' : 'policy.monitor';
        expect(errorsAt(result, path).length).toBeGreaterThan(0);
      }),
      runs,
    );
  }, timeout);

  it('successions that loop back are refused as a cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.constantFrom('2025-03-01', '2026-01-01', '2027-07-15'), (length, effectiveFrom) => {
        const plan = copy();
        const codes = Array.from({ length }, (_, index) => `SO_LOOP_${index + 1}`);
        plan.agencies.push(...codes.map((code, index) => ({ code, nameVi: `Sở vòng ${index + 1}`, nameEn: `Loop ${index + 1}`, kind: 'department', successors: [{ code: codes[(index + 1) % length], effectiveFrom, functions: ['children'] }] })));
        const result = validated(stringify(plan));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors.some((error) => /cycle/.test(error.message))).toBe(true);
      }),
      runs,
    );
  }, timeout);

  it('a day that does not exist, or a plan that ends before it starts, is refused at its path', () => {
    const impossibleDay = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
      .filter((text) => Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text);
    fc.assert(
      fc.property(impossibleDay, fc.constantFrom('tasks[0].deadline', 'metadata.startDate', 'metadata.endDate'), (day, path) => {
        const plan = copy();
        if (path === 'tasks[0].deadline') plan.tasks[0]!.deadline = day;
        else plan.metadata[path.slice('metadata.'.length)] = day;
        expect(errorsAt(validated(stringify(plan)), path).length).toBeGreaterThan(0);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), (daysEarlier) => {
        const plan = copy();
        plan.metadata.endDate = new Date(Date.parse('2024-05-15T00:00:00Z') - daysEarlier * 86_400_000).toISOString().slice(0, 10);
        expect(errorsAt(validated(stringify(plan)), 'metadata.endDate').length).toBeGreaterThan(0);
      }),
      runs,
    );
  }, timeout);

  it('a task text is accepted, in NFC, exactly when it is within the limit and free of control and bidirectional characters', () => {
    const odd = fc.constantFrom('\u202E', '\u2066', '\u2069', '\u202A', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\uD800');
    const vietnamese = fc.constantFrom('Tiếng Việt', 'Tie\u0302\u0301ng Vie\u0323\u0302t', 'trẻ em', 'Ủy ban nhân dân', 'Sở Lao động', 'tab\tthen', 'line\nbreak', '😀 emoji');
    const text = fc.oneof(
      fc.tuple(vietnamese, fc.option(odd, { nil: undefined }), vietnamese).map(([before, bad, after]) => `${before}${bad ?? ''}${after}`),
      fc.integer({ min: TEXT_LIMITS.planText - 3, max: TEXT_LIMITS.planText + 3 }).map((length) => 'â'.repeat(length)),
      fc.string({ maxLength: 40, unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(text, (value) => {
        const plan = copy();
        plan.tasks[1]!.text = value;
        const result = validated(stringify(plan));
        const forbidden = [...value].some((character) => isRefusedInText(character.codePointAt(0) ?? 0));
        // YAML itself refuses some characters outright, so a refused text may be refused as YAML.
        const acceptable = !forbidden && value.length <= TEXT_LIMITS.planText && value.trim().length > 0;
        if (result.ok) {
          expect(acceptable).toBe(true);
          expect(result.plan.tasks[1]!.text).toBe(result.plan.tasks[1]!.text.normalize('NFC'));
        } else if (acceptable) {
          // Accepted by the text rules: any error is YAML's own reading of the value, not ours.
          expect(result.errors.every((error) => !/characters are accepted|remove it/.test(error.message))).toBe(true);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  }, timeout);
});
