// Indicator values in a submitted result: aggregate counts that must add up. The list asked
// for is the spec's (built when the workflow started): the figures the unit's level supplies.
import type { TIndicatorValue } from './messages';
import { UpdateRejected } from './rejection';
import type { TAssignmentSpec } from './spec';

export function checkIndicators(values: TIndicatorValue[], required: TAssignmentSpec['requiredIndicators']): void {
  const problems: string[] = [];
  const byCode = new Map<string, TIndicatorValue>();
  for (const value of values) {
    if (byCode.has(value.code)) problems.push(`indicator ${value.code} is given twice`);
    byCode.set(value.code, value);
    if (required.length && !required.some((indicator) => indicator.code === value.code)) {
      problems.push(`indicator ${value.code} is not one this assignment reports (expected: ${required.map((each) => each.code).join(', ')})`);
    }
    if (value.total !== undefined && value.count > value.total) {
      problems.push(`indicator ${value.code}: the count ${value.count} is larger than its whole ${value.total}`);
    }
  }
  for (const indicator of required) {
    const value = byCode.get(indicator.code);
    if (!value) {
      if (indicator.optional) continue;
      problems.push(`indicator ${indicator.code} is missing`);
      continue;
    }
    if (indicator.needsTotal && value.total === undefined) {
      problems.push(`indicator ${indicator.code} is a share of a whole: give its total too`);
    }
  }
  if (problems.length) throw new UpdateRejected(`The result was not accepted: ${problems.join('; ')}.`);
}
