// Which entry of the cast applies to an assignment. The most specific wins: the agency that
// answers for the work, then the agency as the plan writes it (so a cast written with the plan's
// 2024 codes still reaches their successors), then a group containing either, then `default`.
import { DEFAULT_BEHAVIOUR, type TBehaviour, type TCast } from './cast';

export interface TBehaviourForOptions {
  responsibleAgency: string;
  assigneeAsWritten: string;
  groups: readonly { code: string; members: readonly string[] }[];
}

export function behaviourFor(cast: TCast, { responsibleAgency, assigneeAsWritten, groups }: TBehaviourForOptions): TBehaviour {
  const candidates = [
    responsibleAgency,
    assigneeAsWritten,
    ...groups.filter((group) => group.members.includes(responsibleAgency) || group.members.includes(assigneeAsWritten)).map((group) => group.code),
    'default',
  ];
  for (const code of candidates) {
    const behaviour = cast[code];
    if (behaviour) return behaviour;
  }
  return DEFAULT_BEHAVIOUR;
}

/** Whether an assignment belongs to the agencies an `--only` filter names (agencies or groups). */
export function matchesOnly(only: readonly string[], { responsibleAgency, assigneeAsWritten, groups }: TBehaviourForOptions): boolean {
  const codes = new Set([responsibleAgency, assigneeAsWritten]);
  for (const group of groups) if (group.members.some((member) => codes.has(member))) codes.add(group.code);
  return only.some((code) => codes.has(code));
}
