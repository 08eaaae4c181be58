// The advance notices of an inspection round over facilities: one to each agency that answers
// for a visited facility, naming its facilities. An agency also inspected as a unit
// (inspectedUnits) is told once, by its unit notice: both would carry the same ledger key.
import type { TAssignmentSpec } from './spec';

export function facilityInspectionNotices(spec: Pick<TAssignmentSpec, 'inspectedFacilities' | 'inspectedUnits'>): { agency: string; note: string }[] {
  const byAgency = new Map<string, string[]>();
  for (const facility of spec.inspectedFacilities ?? []) {
    byAgency.set(facility.responsibleAgency, [...(byAgency.get(facility.responsibleAgency) ?? []), `${facility.nameVi} (${facility.code})`]);
  }
  return [...byAgency]
    .filter(([agency]) => !spec.inspectedUnits.includes(agency))
    .map(([agency, names]) => ({ agency, note: `Cơ sở được kiểm tra / Facilities inspected: ${names.join('; ')}.` }));
}
