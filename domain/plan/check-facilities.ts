// The facility registry and the inspection programmes that visit it: unique codes, communes and
// responsible agencies that exist, and a programme that inspects someone.
import type { TPlanIssue } from './plan-issue';
import type { TPlan } from './plan';
import { suggestCode } from './suggest-code';

export function checkFacilities(plan: TPlan): TPlanIssue[] {
  const agencies = new Map(plan.agencies.map((agency) => [agency.code, agency]));
  const groupCodes = new Set(plan.groups.map((group) => group.code));
  const issues: TPlanIssue[] = [];
  const seen = new Map<string, number>();
  plan.facilities.forEach((facility, index) => {
    const earlier = seen.get(facility.code);
    if (earlier !== undefined) {
      issues.push({ path: ['facilities', index, 'code'], expected: 'a code used by no other facility', found: `"${facility.code}", already used by facilities[${earlier}]`, message: `Facility code "${facility.code}" is defined twice: rename one of them.` });
    } else seen.set(facility.code, index);
    if (agencies.has(facility.code) || groupCodes.has(facility.code)) {
      issues.push({ path: ['facilities', index, 'code'], expected: 'a code no agency or group uses', found: `"${facility.code}"`, message: `Facility code "${facility.code}" is also an agency or group code: findings name facilities and agencies alike, so give the facility its own code (e.g. CS_…).` });
    }
    const commune = agencies.get(facility.commune);
    if (!commune) {
      issues.push({ path: ['facilities', index, 'commune'], expected: 'the code of a commune, ward or district under `agencies`', found: `"${facility.commune}"`, message: `Unknown commune "${facility.commune}" for facility "${facility.code}": add it under \`agencies\` or fix the code.${suggestCode(facility.commune, plan.agencies)}` });
    } else if (commune.kind !== 'commune' && commune.kind !== 'district') {
      issues.push({ path: ['facilities', index, 'commune'], expected: 'an agency of kind commune (or district before 1/7/2025)', found: `"${facility.commune}" of kind ${commune.kind}`, message: `"${facility.commune}" is not a local unit: name the commune or ward the facility stands in.` });
    }
    if (!agencies.has(facility.responsibleAgency)) {
      const found = groupCodes.has(facility.responsibleAgency) ? `group "${facility.responsibleAgency}"` : `"${facility.responsibleAgency}"`;
      issues.push({ path: ['facilities', index, 'responsibleAgency'], expected: 'the code of one agency under `agencies`', found, message: `Facility "${facility.code}" needs one agency that manages it (told of inspections, remedies findings): name it under \`agencies\`.${suggestCode(facility.responsibleAgency, plan.agencies)}` });
    }
    if (facility.validFrom !== null && facility.validTo !== null && facility.validFrom > facility.validTo) {
      issues.push({ path: ['facilities', index, 'validTo'], expected: `a date on or after validFrom ${facility.validFrom}`, found: facility.validTo, message: `Facility "${facility.code}" closes before it opens: correct validFrom or validTo.` });
    }
  });
  plan.inspections.forEach((inspection, index) => {
    if (!inspection.facilities && inspection.inspectedUnits.length === 0) {
      issues.push({ path: ['inspections', index], expected: 'inspectedUnits, facilities, or both', found: 'neither', message: `Inspection programme "${inspection.id}" inspects nobody: list inspectedUnits (agencies) or add facilities: { select: all } to visit the registry's facilities.` });
    }
    const selection = inspection.facilities;
    if (!selection) return;
    const matching = plan.facilities.filter((facility) => (!selection.kinds || selection.kinds.includes(facility.kind)) && (!selection.owners || selection.owners.includes(facility.owner)));
    if (matching.length === 0) {
      issues.push({ path: ['inspections', index, 'facilities'], expected: 'a selection that matches at least one facility under `facilities`', found: plan.facilities.length ? 'no facility of the kinds/owners selected' : 'no facilities in the plan', message: `Inspection programme "${inspection.id}" selects facilities, but none match: add them under \`facilities\` or widen kinds/owners.` });
    }
  });
  return issues;
}
