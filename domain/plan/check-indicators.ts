// An indicator asked of a level that no agency of the registry belongs to would never be
// supplied: its sum would stay empty without anyone being asked.
import type { TPlanIssue } from './plan-issue';
import type { TPlan } from './plan';

export function checkIndicatorSuppliers(plan: TPlan): TPlanIssue[] {
  const kinds = new Set(plan.agencies.map((agency) => agency.kind));
  const issues: TPlanIssue[] = [];
  plan.indicators.forEach((indicator, indicatorIndex) => {
    (indicator.suppliedBy ?? []).forEach((kind, kindIndex) => {
      if (kinds.has(kind)) return;
      issues.push({
        path: ['indicators', indicatorIndex, 'suppliedBy', kindIndex],
        expected: `the kind of an agency listed under \`agencies\` (${[...kinds].sort().join(', ')})`,
        found: `"${kind}", the kind of no agency`,
        message: `Indicator "${indicator.code}" is supplied by ${kind} units, but the registry has none: add them under \`agencies\` or remove the kind.`,
      });
    });
  });
  return issues;
}
