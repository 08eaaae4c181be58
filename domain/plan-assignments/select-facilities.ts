// Which facilities one inspection round visits. Pure and deterministic, so the round's workflow
// can compute the next year's selection itself when it continues into the next period.
//
// `all` (sharePerYear null): every facility operating on the round's due day.
// A share: the facilities operating that day, sorted by code, are visited in rotation. Each round
// visits ceil(n × share / rounds a year) of them, the next ones after where the previous round
// stopped (wrapping round), counting rounds from the programme's first year. So every facility is
// visited at least once every ceil(1 / share) years while the registry stays the same; a facility
// added or closed shifts the rotation from that year on, never drops a facility from it.

export interface TFacilityOfRound {
  code: string;
  nameVi: string;
  /** The agency that answers for the facility when the plan is loaded (successors followed). */
  responsibleAgency: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface TFacilityRotation {
  /** Null: every facility, every round. */
  sharePerYear: number | null;
  firstYear: number;
  /** Index of this round among the programme's rounds of a year, from 0. */
  roundIndex: number;
  roundsPerYear: number;
}

/** The facilities of `pool` that the round due on `dueDay` (YYYY-MM-DD) visits, in code order. */
export function selectFacilities<T extends TFacilityOfRound>(pool: readonly T[], rotation: TFacilityRotation, dueDay: string): T[] {
  const operating = pool
    .filter((facility) => (facility.validFrom === null || facility.validFrom <= dueDay) && (facility.validTo === null || facility.validTo >= dueDay))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const count = operating.length;
  if (rotation.sharePerYear === null || rotation.sharePerYear >= 1 || count === 0) return operating;
  const perRound = Math.min(count, Math.ceil((count * rotation.sharePerYear) / rotation.roundsPerYear));
  const year = Number(dueDay.slice(0, 4));
  const slot = Math.max(0, (year - rotation.firstYear) * rotation.roundsPerYear + rotation.roundIndex);
  const start = (slot * perRound) % count;
  const chosen = Array.from({ length: perRound }, (_, offset) => operating[(start + offset) % count]!);
  return chosen.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Years within which the rotation visits every facility: ceil(1 / share), 1 for `all`. */
export function rotationYears(sharePerYear: number | null): number {
  return sharePerYear === null || sharePerYear >= 1 ? 1 : Math.ceil(1 / sharePerYear - 1e-9);
}
