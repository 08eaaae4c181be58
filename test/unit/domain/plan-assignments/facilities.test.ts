// Facilities in the plan file and the inspection rounds over them: the yearly rotation, the seed's
// rounds, the errors a malformed facilities list gives, and a finding at a facility.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carryIntoNextPeriod, createInitialState, decideRecordFinding, facilityInspectionNotices, ZAssignmentSpec } from '../../../../domain/assignment';
import { buildAssignmentSpecs, rotationYears, selectFacilities, type TFacilityOfRound } from '../../../../domain/plan-assignments';
import { validatePlan } from '../../../../domain/plan/validate-plan';
import type { TPlanError } from '../../../../domain/plan';
import { MINIMAL_PLAN, lineOf, planWith } from '../plan-fixture';

const seedText = readFileSync(fileURLToPath(new URL('../../../../plans/ke-hoach-135-tre-em.yaml', import.meta.url)), 'utf8');
const seed = validatePlan(seedText);
if (!seed.ok) throw new Error(`the seed plan does not validate: ${JSON.stringify(seed.errors)}`);
const plan = seed.plan;

const facility = (code: string, validFrom: string | null = null, validTo: string | null = null): TFacilityOfRound => ({ code, nameVi: `Cơ sở ${code}`, responsibleAgency: 'SO_A', validFrom, validTo });
const pool = ['CS_E', 'CS_A', 'CS_D', 'CS_C', 'CS_B'].map((code) => facility(code));
const codes = (list: readonly { code: string }[]) => list.map((each) => each.code);

describe('selectFacilities', () => {
  it('visits every operating facility each round when the plan says all', () => {
    const rotation = { sharePerYear: null, firstYear: 2025, roundIndex: 1, roundsPerYear: 2 };
    expect(codes(selectFacilities(pool, rotation, '2027-11-30'))).toEqual(['CS_A', 'CS_B', 'CS_C', 'CS_D', 'CS_E']);
    const closed = [...pool, facility('CS_F', '2028-01-01'), facility('CS_G', null, '2026-12-31')];
    expect(codes(selectFacilities(closed, rotation, '2027-11-30'))).toEqual(['CS_A', 'CS_B', 'CS_C', 'CS_D', 'CS_E']);
  });

  it('rotates a share a year so that every facility is visited within ceil(1/share) years, the same way every time', () => {
    // A third a year, two rounds a year: ceil(5 × 1/3 / 2) = 1 facility a round, all five within 3 years.
    const rounds = (year: number) => [0, 1].map((roundIndex) => codes(selectFacilities(pool, { sharePerYear: 1 / 3, firstYear: 2025, roundIndex, roundsPerYear: 2 }, `${year}-0${6 + roundIndex}-30`)));
    expect(rounds(2025)).toEqual([['CS_A'], ['CS_B']]);
    expect(rounds(2026)).toEqual([['CS_C'], ['CS_D']]);
    expect(rounds(2027)).toEqual([['CS_E'], ['CS_A']]);
    expect(new Set([2025, 2026, 2027].flatMap(rounds).flat())).toEqual(new Set(['CS_A', 'CS_B', 'CS_C', 'CS_D', 'CS_E']));
    expect(rotationYears(1 / 3)).toBe(3);
    expect(rounds(2026)).toEqual(rounds(2026));
    // Half a year, one round a year: 3 a year, wrapping round the list.
    const yearly = (year: number) => codes(selectFacilities(pool, { sharePerYear: 0.5, firstYear: 2025, roundIndex: 0, roundsPerYear: 1 }, `${year}-06-30`));
    expect(yearly(2025)).toEqual(['CS_A', 'CS_B', 'CS_C']);
    expect(yearly(2026)).toEqual(['CS_A', 'CS_D', 'CS_E']);
    expect(rotationYears(0.5)).toBe(2);
  });
});

describe('the seed plan’s inspections', () => {
  const asOf = (day: string) => buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: day, reportGrouping: 'per_task' }).specs.filter((spec) => spec.kind === 'inspection');

  it('visit facilities, not departments or districts, and name each facility’s answering agency', () => {
    const rounds = asOf('2026-11-29');
    expect(rounds.map((round) => round.taskRef).sort()).toEqual(['SEMI_ANNUAL_INSPECTION.1', 'SEMI_ANNUAL_INSPECTION.2']);
    for (const round of rounds) {
      expect(round.inspectedUnits).toEqual([]);
      expect(round.inspectedFacilities?.length).toBeGreaterThan(0);
      expect(round.facilityRotation?.pool.map((each) => each.code).sort()).toEqual(plan.facilities.map((each) => each.code).sort());
      ZAssignmentSpec.parse(round);
    }
    // The provincial centre is DOLISA's: the Department of Health's since March 2025, the merged province's since July.
    const centre = rounds[0]!.facilityRotation!.pool.find((each) => each.code === 'CS_TT_BAO_TRO_XA_HOI_VI_DU');
    expect(centre?.responsibleAgency).toBe('QNG_SO_YT');
    const privateB = rounds[0]!.facilityRotation!.pool.find((each) => each.code === 'CS_NUOI_DUONG_TRE_EM_B_VI_DU');
    expect(privateB?.responsibleAgency).toBe('XA_VI_DU_B1');
  });

  it('visits half the facilities a year, every facility within two years', () => {
    const [first, second] = ['SEMI_ANNUAL_INSPECTION.1', 'SEMI_ANNUAL_INSPECTION.2'].map((ref) => ZAssignmentSpec.parse(asOf('2026-01-05').find((round) => round.taskRef === ref)));
    const visited = new Set<string>();
    let rounds = [first!, second!];
    for (const year of [2026, 2027]) {
      expect(rounds.map((round) => round.period)).toEqual([String(year), String(year)]);
      const thisYear = rounds.flatMap((round) => codes(round.inspectedFacilities ?? []));
      expect(thisYear).toHaveLength(2); // 4 facilities × 0.5
      thisYear.forEach((code) => visited.add(code));
      rounds = rounds.map((round) => carryIntoNextPeriod({ spec: round, state: createInitialState(round, new Date(`${year}-01-05T00:00:00Z`)) })!);
    }
    expect([...visited].sort()).toEqual(plan.facilities.map((each) => each.code).sort());
  });

  it('tells each facility’s agency in advance, once, naming its facilities', () => {
    const round = ZAssignmentSpec.parse({
      ...asOf('2026-11-29')[0],
      inspectedFacilities: [
        { code: 'CS_1', nameVi: 'Trung tâm 1', responsibleAgency: 'QNG_SO_YT' },
        { code: 'CS_2', nameVi: 'Trung tâm 2', responsibleAgency: 'QNG_SO_YT' },
        { code: 'CS_3', nameVi: 'Mái ấm 3', responsibleAgency: 'XA_VI_DU_A1' },
      ],
    });
    expect(facilityInspectionNotices(round)).toEqual([
      { agency: 'QNG_SO_YT', note: 'Cơ sở được kiểm tra / Facilities inspected: Trung tâm 1 (CS_1); Trung tâm 2 (CS_2).' },
      { agency: 'XA_VI_DU_A1', note: 'Cơ sở được kiểm tra / Facilities inspected: Mái ấm 3 (CS_3).' },
    ]);
  });

  it('turns a finding at a facility into an assignment of the facility’s agency, and refuses a facility not visited', () => {
    const round = ZAssignmentSpec.parse({ ...asOf('2026-11-29')[0], period: '2027', recurrence: null, dueAt: '2027-06-30T16:59:59.999Z' });
    const visitedFacility = round.inspectedFacilities![0]!;
    const now = new Date('2027-05-20T02:00:00Z');
    const state = createInitialState(round, now);
    const actor = { agency: round.responsibleAgency, user: 'thanh-tra@soyt.example', role: 'officer' as const };
    const decision = decideRecordFinding({ spec: round, state, now }, { actor, unit: visitedFacility.code, finding: 'Chưa niêm yết quy chế', remediationDueDay: '2027-08-31' });
    expect(decision.remediation).toMatchObject({ kind: 'remediation', responsibleAgency: visitedFacility.responsibleAgency, assigneeAsWritten: visitedFacility.responsibleAgency });
    expect(decision.remediation?.taskText).toContain(visitedFacility.nameVi);
    expect(decision.remediation?.inspectedFacilities).toBeUndefined();
    ZAssignmentSpec.parse(decision.remediation);
    expect(decision.events[0]?.details).toMatchObject({ unit: visitedFacility.code, facility: visitedFacility.code, responsibleAgency: visitedFacility.responsibleAgency });
    const notVisited = plan.facilities.map((each) => each.code).find((code) => !round.inspectedFacilities!.some((each) => each.code === code))!;
    expect(() => decideRecordFinding({ spec: round, state, now }, { actor, unit: notVisited, finding: 'x' })).toThrow(`${notVisited} is not inspected in this round`);
  });
});

describe('who answers for II.3.5 after the Department of Information and Communications was dissolved', () => {
  const answering = (day: string) =>
    buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: day, reportGrouping: 'per_task' })
      .specs.filter((spec) => spec.taskRef === 'II.3.5' && spec.assigneeAsWritten === 'SO_TTTT')
      .map((spec) => spec.responsibleAgency)
      .sort();

  it('goes to Culture (online content) and the Police (network security), not to Science and Technology', () => {
    expect(answering('2025-02-28')).toEqual(['SO_TTTT']);
    expect(answering('2025-03-01')).toEqual(['CONG_AN_TINH', 'SO_VHTTDL']);
    expect(answering('2026-11-29')).toEqual(['QNG_CONG_AN_TINH', 'QNG_SO_VHTTDL']);
  });

  it('leaves the department’s other work of this plan with Science and Technology, the department it merged into', () => {
    const other = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: '2026-11-29', reportGrouping: 'per_task' }).specs.filter((spec) => spec.assigneeAsWritten === 'SO_TTTT' && spec.taskRef !== 'II.3.5');
    expect(other.length).toBeGreaterThan(0);
    expect(new Set(other.map((spec) => spec.responsibleAgency))).toEqual(new Set(['QNG_SO_KHCN']));
  });
});

function errorsOf(text: string): TPlanError[] {
  const result = validatePlan(text);
  if (result.ok) throw new Error('expected the plan to be rejected, but it validated');
  return result.errors;
}

const FACILITIES = `facilities:
  - code: CS_MOT
    nameVi: Trung tâm Một
    kind: social_protection_centre
    owner: public
    commune: XA_MOT
    responsibleAgency: SO_B
inspections:
  - id: INSPECTION
    nameVi: Kiểm tra cơ sở
    nameEn: Facility inspection
    lead: SO_B
    frequency: annual
    rounds: [{ labelVi: Đợt 1, dueMonthDay: "06-30" }]
    facilities: { select: all }
    firstYear: 2025
    lastYear: 2030
policy:
`;
const withFacilities = (facilities = FACILITIES) =>
  planWith('policy:\n', facilities, planWith('groups:\n', `  - code: XA_MOT\n    nameVi: Xã Một\n    nameEn: Commune One\n    kind: commune\ngroups:\n`, MINIMAL_PLAN));

describe('a malformed facilities list', () => {
  it('validates when well formed', () => {
    expect(validatePlan(withFacilities()).ok).toBe(true);
  });

  it('names the field and line of a bad owner, an unknown agency, and a commune that is not a local unit', () => {
    const owner = withFacilities(FACILITIES.replace('owner: public', 'owner: state'));
    const ownerError = errorsOf(owner).find((error) => error.path === 'facilities[0].owner');
    expect(ownerError?.line).toBe(lineOf(owner, 'owner: state'));
    expect(`${ownerError?.expected} ${ownerError?.message}`).toContain('private');

    const agency = withFacilities(FACILITIES.replace('responsibleAgency: SO_B', 'responsibleAgency: SO_BB'));
    const agencyError = errorsOf(agency).find((error) => error.path === 'facilities[0].responsibleAgency');
    expect(agencyError?.line).toBe(lineOf(agency, 'responsibleAgency: SO_BB'));
    expect(agencyError?.message).toContain('Did you mean SO_B?');

    const commune = withFacilities(FACILITIES.replace('commune: XA_MOT', 'commune: SO_A'));
    const communeError = errorsOf(commune).find((error) => error.path === 'facilities[0].commune');
    expect(communeError?.line).toBe(lineOf(commune, 'commune: SO_A'));
    expect(communeError?.message).toContain('not a local unit');
  });

  it('refuses a share above 1, and a programme that inspects nobody', () => {
    const share = withFacilities(FACILITIES.replace('{ select: all }', '{ select: share, sharePerYear: 2 }'));
    expect(errorsOf(share).some((error) => error.path.startsWith('inspections[0].facilities') && error.line === lineOf(share, 'sharePerYear: 2'))).toBe(true);
    const nobody = withFacilities(FACILITIES.replace('    facilities: { select: all }\n', ''));
    expect(errorsOf(nobody).find((error) => error.path === 'inspections[0]')?.message).toContain('inspects nobody');
    const noMatch = withFacilities(FACILITIES.replace('{ select: all }', '{ select: all, owners: [private] }'));
    expect(errorsOf(noMatch).find((error) => error.path === 'inspections[0].facilities')?.message).toContain('none match');
  });
});
