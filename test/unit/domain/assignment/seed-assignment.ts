// Assignments of the seed plan (Kon Tum's plan 135 on children) for plain unit tests: the specs
// the plan loader builds, with a chosen deadline, and a state as the workflow starts it. Pure,
// unlike test/helpers/assignment-fixtures.ts, which brings a worker and a database along.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInitialState, ZAssignmentSpec, type TActorInput, type TAssignmentSpec, type TAssignmentState } from '../../../../domain/assignment';
import { buildAssignmentSpecs } from '../../../../domain/plan-assignments';
import { validatePlan } from '../../../../domain/plan/validate-plan';

const seedText = readFileSync(fileURLToPath(new URL('../../../../plans/ke-hoach-135-tre-em.yaml', import.meta.url)), 'utf8');
const validated = validatePlan(seedText);
if (!validated.ok) throw new Error(`the seed plan does not validate: ${JSON.stringify(validated.errors)}`);
const plan = validated.plan;
// As of the plan's start (May 2024), before the reorganisations: DOLISA still monitors.
const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: plan.metadata.startDate, reportGrouping: 'per_task' });

/** The seed's assignment of `ref` to `agency`, due at `dueAt`, with any field overridden. */
export function seedSpec(ref: string, agency: string, dueAt: string, overrides: Partial<TAssignmentSpec> = {}): TAssignmentSpec {
  const spec = specs.find((each) => each.taskRef === ref && each.assigneeAsWritten === agency);
  if (!spec) throw new Error(`the seed plan has no assignment of ${ref} to ${agency}`);
  return ZAssignmentSpec.parse({ ...spec, dueAt, ...overrides });
}

/** A one-off task of the Department of Education, due at the end of Monday 15/3/2027. */
export function educationTask(overrides: Partial<TAssignmentSpec> = {}): TAssignmentSpec {
  return seedSpec('II.2.2', 'SO_GDDT', '2027-03-15T16:59:59.999Z', { period: 'once', recurrence: null, ...overrides });
}

/** The state the workflow starts with when the work is assigned at `assignedAt`. */
export function startedState(spec: TAssignmentSpec, assignedAt: string): TAssignmentState {
  return createInitialState(spec, new Date(assignedAt));
}

/** Who acts in the seed plan: the Department of Education answers, DOLISA monitors. */
export const education = { agency: 'SO_GDDT', user: 'chuyen-vien@sogddt.kontum.example', role: 'officer' } as const satisfies TActorInput;
export const dolisa = { agency: 'SO_LDTBXH', user: 'chuyen-vien@soldtbxh.kontum.example', role: 'officer' } as const satisfies TActorInput;
export const auditor = { agency: 'THANH_TRA_TINH', user: 'kiem-toan@thanhtra.kontum.example', role: 'auditor' } as const satisfies TActorInput;
export const system = { agency: 'SO_YT', user: 'to-chuc-lai', role: 'system' } as const satisfies TActorInput;
