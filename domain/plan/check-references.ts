// Every code or id the plan uses must be defined in it: agency codes, cycles, indicators, cited
// documents and task refs. A dangling code would silently drop an assignment or a reminder.
import type { TPlanIssue, TPlanPath } from './plan-issue';
import type { TPlan } from './plan';
import { suggestCode } from './suggest-code';

interface TCodeUse {
  path: TPlanPath;
  code: string;
}

export function checkReferences(plan: TPlan): TPlanIssue[] {
  return [...checkAgencyCodes(plan), ...checkIdentifiers(plan)];
}

function listed(field: string, index: number, key: string, codes: readonly string[]): TCodeUse[] {
  return codes.map((code, position) => ({ path: [field, index, key, position], code }));
}

/** Places where a group stands for all its members, so a group code is allowed. */
function agencyOrGroupUses(plan: TPlan): TCodeUse[] {
  return [
    ...plan.tasks.flatMap((task, index) => [...listed('tasks', index, 'coordinators', task.coordinators), ...listed('tasks', index, 'assignees', task.assignees)]),
    ...plan.reportingCycles.flatMap((cycle, index) => listed('reportingCycles', index, 'reporters', cycle.reporters)),
    ...plan.inspections.flatMap((inspection, index) => listed('inspections', index, 'inspectedUnits', inspection.inspectedUnits)),
  ];
}

/** Places where one accountable body is meant: a group would leave nobody in charge. */
function singleAgencyUses(plan: TPlan): TCodeUse[] {
  const uses: TCodeUse[] = [{ path: ['metadata', 'issuer'], code: plan.metadata.issuer }];
  plan.tasks.forEach((task, index) => task.lead !== null && uses.push({ path: ['tasks', index, 'lead'], code: task.lead }));
  plan.reportingCycles.forEach((cycle, index) => uses.push(...listed('reportingCycles', index, 'recipients', cycle.recipients)));
  plan.inspections.forEach((inspection, index) => uses.push({ path: ['inspections', index, 'lead'], code: inspection.lead }));
  plan.reviews.forEach((review, index) => uses.push({ path: ['reviews', index, 'lead'], code: review.lead }));
  uses.push({ path: ['policy', 'monitor'], code: plan.policy.monitor });
  uses.push({ path: ['policy', 'leadership'], code: plan.policy.leadership });
  uses.push({ path: ['policy', 'obstacles', 'reportTo'], code: plan.policy.obstacles.reportTo });
  uses.push({ path: ['policy', 'obstacles', 'forwardTo'], code: plan.policy.obstacles.forwardTo });
  return uses;
}

function checkAgencyCodes(plan: TPlan): TPlanIssue[] {
  const agencyCodes = new Set(plan.agencies.map((agency) => agency.code));
  const groupCodes = new Set(plan.groups.map((group) => group.code));
  const known = [...plan.agencies, ...plan.groups];
  const issues: TPlanIssue[] = [];
  for (const { path, code } of agencyOrGroupUses(plan)) {
    if (agencyCodes.has(code) || groupCodes.has(code)) continue;
    issues.push({ path, expected: 'an agency or group code defined under `agencies` or `groups`', found: `"${code}"`, message: `Unknown agency code "${code}": add it under \`agencies\` (or \`groups\`) or fix the spelling.${suggestCode(code, known)}` });
  }
  for (const { path, code } of singleAgencyUses(plan)) {
    if (agencyCodes.has(code)) continue;
    if (groupCodes.has(code)) {
      issues.push({ path, expected: 'the code of a single agency', found: `group "${code}"`, message: `"${code}" is a group, but this place needs one accountable agency: name the agency, or move the group to assignees/coordinators.` });
    } else {
      issues.push({ path, expected: 'an agency code defined under `agencies`', found: `"${code}"`, message: `Unknown agency code "${code}": add it under \`agencies\` or fix the spelling.${suggestCode(code, plan.agencies)}` });
    }
  }
  return issues;
}

function checkKnown(uses: TCodeUse[], known: ReadonlySet<string>, what: string, definedUnder: string): TPlanIssue[] {
  return uses
    .filter((use) => !known.has(use.code))
    .map((use) => ({
      path: use.path,
      expected: `${what} defined under \`${definedUnder}\``,
      found: `"${use.code}"`,
      message: `Unknown ${what} "${use.code}": define it under \`${definedUnder}\` or fix the spelling.`,
    }));
}

function checkIdentifiers(plan: TPlan): TPlanIssue[] {
  const cycleIds = new Set(plan.reportingCycles.map((cycle) => cycle.id));
  const indicatorCodes = new Set(plan.indicators.map((indicator) => indicator.code));
  const documentIds = new Set([...plan.metadata.parents, ...plan.references].map((document) => document.id));
  const taskRefs = new Set(plan.tasks.map((task) => task.ref));

  const cycleUses: TCodeUse[] = [];
  plan.tasks.forEach((task, index) => {
    if (task.recurrence?.cycle !== undefined) cycleUses.push({ path: ['tasks', index, 'recurrence', 'cycle'], code: task.recurrence.cycle });
    if (task.reportedIn !== undefined) cycleUses.push({ path: ['tasks', index, 'reportedIn'], code: task.reportedIn });
  });
  plan.reportingCycles.forEach((cycle, index) => cycle.consolidates !== null && cycleUses.push({ path: ['reportingCycles', index, 'consolidates'], code: cycle.consolidates }));

  const indicatorUses = [
    ...plan.tasks.flatMap((task, index) => listed('tasks', index, 'indicators', task.indicators)),
    ...plan.reportingCycles.flatMap((cycle, index) => listed('reportingCycles', index, 'indicators', cycle.indicators)),
  ];
  const documentUses = plan.tasks.flatMap((task, index) => listed('tasks', index, 'documents', task.documents));
  const refUses: TCodeUse[] = [
    ...plan.inspections.flatMap((inspection, index) => listed('inspections', index, 'sourceRefs', inspection.sourceRefs)),
    ...plan.reviews.flatMap((review, index) => (review.sourceRef === undefined ? [] : [{ path: ['reviews', index, 'sourceRef'], code: review.sourceRef }])),
    ...plan.agencies.flatMap((agency, index) =>
      agency.successors.flatMap((successor, successorIndex) => (successor.tasks ?? []).map((ref, position) => ({ path: ['agencies', index, 'successors', successorIndex, 'tasks', position], code: ref }))),
    ),
  ];
  return [
    ...checkKnown(cycleUses, cycleIds, 'reporting cycle id', 'reportingCycles'),
    ...checkKnown(indicatorUses, indicatorCodes, 'indicator code', 'indicators'),
    ...checkKnown(documentUses, documentIds, 'document id', 'references'),
    ...checkKnown(refUses, taskRefs, 'task ref', 'tasks'),
  ];
}
