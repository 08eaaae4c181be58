// Consistency of the agency registry on its own: unique codes, groups made of known agencies,
// successors that exist, are alive when they take over, and never lead back to where they began.
import { ALL_FUNCTIONS, type TAgency } from './agencies';
import type { TPlanIssue } from './plan-issue';
import type { TPlan } from './plan';
import { suggestCode } from './suggest-code';

export function checkRegistry(plan: TPlan): TPlanIssue[] {
  return [...checkUniqueCodes(plan), ...checkGroupMembers(plan), ...checkSuccessors(plan), ...checkSuccessorCycles(plan)];
}

function checkUniqueCodes(plan: TPlan): TPlanIssue[] {
  const issues: TPlanIssue[] = [];
  const firstSeen = new Map<string, string>();
  const entries = [
    ...plan.agencies.map((agency, index) => ({ code: agency.code, path: ['agencies', index, 'code'] as const })),
    ...plan.groups.map((group, index) => ({ code: group.code, path: ['groups', index, 'code'] as const })),
  ];
  for (const { code, path } of entries) {
    const earlier = firstSeen.get(code);
    if (earlier === undefined) {
      firstSeen.set(code, `${path[0]}[${path[1]}]`);
      continue;
    }
    issues.push({
      path,
      expected: 'a code used by no other agency or group',
      found: `"${code}", already used by ${earlier}`,
      message: `Agency code "${code}" is defined twice: rename one of them or merge the two entries.`,
    });
  }
  return issues;
}

function checkGroupMembers(plan: TPlan): TPlanIssue[] {
  const agencyCodes = new Set(plan.agencies.map((agency) => agency.code));
  const groupCodes = new Set(plan.groups.map((group) => group.code));
  const issues: TPlanIssue[] = [];
  plan.groups.forEach((group, groupIndex) => {
    group.members.forEach((member, memberIndex) => {
      if (agencyCodes.has(member)) return;
      const path = ['groups', groupIndex, 'members', memberIndex];
      const expected = 'the code of an agency listed under `agencies`';
      if (groupCodes.has(member)) {
        issues.push({ path, expected, found: `group "${member}"`, message: `Group "${group.code}" lists group "${member}" as a member: list that group's agencies instead (groups do not nest).` });
      } else {
        issues.push({ path, expected, found: `"${member}"`, message: `Unknown agency code "${member}" in group "${group.code}": add the agency under \`agencies\` or fix the code.${suggestCode(member, plan.agencies)}` });
      }
    });
  });
  return issues;
}

function isValidOn(agency: TAgency, date: string): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || agency.validTo >= date);
}

function checkSuccessors(plan: TPlan): TPlanIssue[] {
  const agencies = new Map(plan.agencies.map((agency) => [agency.code, agency]));
  const planFunctions = new Set(plan.metadata.functions);
  const issues: TPlanIssue[] = [];
  plan.agencies.forEach((agency, agencyIndex) => {
    if (agency.validFrom !== null && agency.validTo !== null && agency.validFrom > agency.validTo) {
      issues.push({ path: ['agencies', agencyIndex, 'validTo'], expected: `a date on or after validFrom ${agency.validFrom}`, found: agency.validTo, message: `Agency "${agency.code}" ends before it begins: correct validFrom or validTo.` });
    }
    agency.successors.forEach((successor, successorIndex) => {
      const path = ['agencies', agencyIndex, 'successors', successorIndex, 'code'];
      const target = agencies.get(successor.code);
      if (target === undefined) {
        issues.push({ path, expected: 'the code of an agency listed under `agencies`', found: `"${successor.code}"`, message: `Unknown successor "${successor.code}" of "${agency.code}": add the successor under \`agencies\` or fix the code.${suggestCode(successor.code, plan.agencies)}` });
        return;
      }
      if (!isValidOn(target, successor.effectiveFrom)) {
        issues.push({ path: ['agencies', agencyIndex, 'successors', successorIndex, 'effectiveFrom'], expected: `a date on which "${target.code}" exists (validFrom ${target.validFrom ?? 'open'}, validTo ${target.validTo ?? 'open'})`, found: successor.effectiveFrom, message: `"${target.code}" cannot take over from "${agency.code}" on ${successor.effectiveFrom}: it does not exist then. Fix the date or the successor's validFrom/validTo.` });
      }
    });
    const takesPlanWork = agency.successors.some((successor) => successor.functions.some((tag) => tag === ALL_FUNCTIONS || planFunctions.has(tag)));
    if (agency.successors.length > 0 && !takesPlanWork) {
      issues.push({ path: ['agencies', agencyIndex, 'successors'], expected: `at least one successor with a function of this plan (${[...planFunctions].join(', ')})`, found: 'successors with other functions only', message: `No successor of "${agency.code}" takes over this plan's work: add one of the plan's function tags to the successor that does.` });
    }
  });
  return issues;
}

/** A cycle would make "who answers now" loop forever; report each cycle once, at its first agency. */
function checkSuccessorCycles(plan: TPlan): TPlanIssue[] {
  const successorsOf = new Map(plan.agencies.map((agency) => [agency.code, agency.successors.map((successor) => successor.code)]));
  const reported = new Set<string>();
  const issues: TPlanIssue[] = [];
  plan.agencies.forEach((agency, agencyIndex) => {
    const chain = findCycleFrom(agency.code, successorsOf);
    if (chain === null || reported.has(agency.code)) return;
    chain.forEach((code) => reported.add(code));
    issues.push({
      path: ['agencies', agencyIndex, 'successors'],
      expected: 'successor links that never lead back to an earlier agency',
      found: `the cycle ${chain.join(' → ')}`,
      message: `Successor links form a cycle (${chain.join(' → ')}): remove the link that points back.`,
    });
  });
  return issues;
}

function findCycleFrom(start: string, successorsOf: Map<string, string[]>): string[] | null {
  const path: string[] = [];
  // Agencies already searched without reaching `start`: skipping them keeps the search linear.
  const cannotReachStart = new Set<string>();
  const visit = (code: string): string[] | null => {
    if (code === start && path.length > 0) return [...path, code];
    if (path.includes(code) || cannotReachStart.has(code)) return null;
    path.push(code);
    for (const next of successorsOf.get(code) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    cannotReachStart.add(code);
    return null;
  };
  return visit(start);
}
