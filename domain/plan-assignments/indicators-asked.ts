// Which of a task's or cycle's indicators a unit is asked for: those its level supplies. A unit
// is asked only for the figures it holds (a department of finance is not asked how many communes
// are child-friendly); an indicator that names no supplying level is asked of every reporter.
import type { TRequiredIndicator } from '../assignment/spec';
import type { TAgencyKind } from '../plan/agencies';
import type { TIndicator } from '../plan/indicators';

export function indicatorsAsked(codes: readonly string[], indicators: ReadonlyMap<string, TIndicator>, agencyKind: TAgencyKind | undefined): TRequiredIndicator[] {
  return codes.flatMap((code) => {
    const indicator = indicators.get(code);
    if (indicator?.suppliedBy && !(agencyKind && indicator.suppliedBy.includes(agencyKind))) return [];
    return [{ code, needsTotal: indicator?.partOfWhole ?? false, ...(indicator?.optional ? { optional: true } : {}) }];
  });
}

/** Every indicator, for the agency that consolidates them: it supplies the province's sum. */
export function indicatorsOfConsolidation(codes: readonly string[], indicators: ReadonlyMap<string, TIndicator>): TRequiredIndicator[] {
  return codes.map((code) => ({ code, needsTotal: indicators.get(code)?.partOfWhole ?? false }));
}
