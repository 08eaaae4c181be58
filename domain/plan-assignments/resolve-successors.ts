// Who answers today for an agency the plan names. Resolution 190/2025/QH15: a document's agency
// names are read as the agency that received the function. A successor receives the plan's work
// when it took over one of the plan's functions (or everything, `all`), and successors are
// followed transitively (DOLISA → Department of Health → the merged province's Department of Health).
// A task whose function went to several places names its successors (`tasks` of a successor):
// for that task only those successors answer — II.3.5, harmful information online, went from the
// Department of Information and Communications to Culture (online content) and the Police
// (network security), while the department's other work went to Science and Technology.
import { ALL_FUNCTIONS, type TAgency } from '../plan/agencies';

/** The agencies answering on `asOfDay` (YYYY-MM-DD) for `code`, for task `taskRef` when given: itself if nothing moved. */
export function resolveSuccessors(code: string, asOfDay: string, agencies: readonly TAgency[], planFunctions: readonly string[], taskRef?: string): string[] {
  const byCode = new Map(agencies.map((agency) => [agency.code, agency]));
  const visit = (current: string, seen: Set<string>): string[] => {
    if (seen.has(current)) return [current];
    const agency = byCode.get(current);
    const effective = (agency?.successors ?? []).filter((successor) => successor.effectiveFrom <= asOfDay);
    const named = taskRef === undefined ? [] : effective.filter((successor) => successor.tasks?.includes(taskRef));
    const moved = named.length
      ? named
      : effective.filter((successor) => successor.functions.some((tag) => tag === ALL_FUNCTIONS || planFunctions.includes(tag)));
    if (!moved.length) return [current];
    const next = new Set(seen).add(current);
    return [...new Set(moved.flatMap((successor) => visit(successor.code, next)))];
  };
  return visit(code, new Set());
}

/** The agencies a task's assignee list names, with groups expanded to their members. */
export function expandAssignees(codes: readonly string[], groups: readonly { code: string; members: string[] }[]): string[] {
  const byCode = new Map(groups.map((group) => [group.code, group.members]));
  return [...new Set(codes.flatMap((code) => byCode.get(code) ?? [code]))];
}
