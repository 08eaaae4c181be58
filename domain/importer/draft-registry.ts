// The registry part of a draft: the registry entries the draft uses, with the group members and
// successors they need to stay valid, and placeholder agencies for names the registry lacks.
import type { TAgency, TAgencyGroup } from '../plan';
import type { TPlaceholderAgency } from './agency-resolver';
import type { TDraftComment } from './draft-comment';
import type { TImportRegistry } from './import-registry';
import { UNASSIGNED_CODE } from './resolve-tasks';

export interface TDraftRegistry {
  agencies: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  comments: TDraftComment[];
}

/** Registry entries without the keys that only repeat a default, so the draft stays short. */
function compact(entry: TAgency | TAgencyGroup): Record<string, unknown> {
  const defaults: Record<string, unknown> = { aliases: [], placeholder: false, contacts: [], validFrom: null, validTo: null, successors: [] };
  return Object.fromEntries(
    Object.entries(entry).filter(([key, value]) => value !== undefined && !(key in defaults && JSON.stringify(value) === JSON.stringify(defaults[key]))),
  );
}

/** Every registry code the used codes need: group members and, transitively, successors. */
function closure(used: Iterable<string>, registry: TImportRegistry): Set<string> {
  const agencies = new Map(registry.agencies.map((agency) => [agency.code, agency]));
  const groups = new Map(registry.groups.map((group) => [group.code, group]));
  const needed = new Set<string>();
  const queue = [...used];
  while (queue.length > 0) {
    const code = queue.pop() as string;
    if (needed.has(code)) continue;
    needed.add(code);
    queue.push(...(groups.get(code)?.members ?? []), ...(agencies.get(code)?.successors.map((successor) => successor.code) ?? []));
  }
  return needed;
}

/**
 * A successor's `tasks` name the registry plan's task refs; the draft keeps those it has too and
 * drops the list when none is left (the successor then answers by its functions).
 */
function withDraftTasks(agency: TAgency, taskRefs: ReadonlySet<string>): TAgency {
  if (!agency.successors.some((successor) => successor.tasks)) return agency;
  const successors = agency.successors.map(({ tasks, ...successor }) => {
    const kept = (tasks ?? []).filter((ref) => taskRefs.has(ref));
    return kept.length ? { ...successor, tasks: kept } : successor;
  });
  return { ...agency, successors };
}

export function buildDraftRegistry(used: ReadonlySet<string>, registry: TImportRegistry, unknown: readonly TPlaceholderAgency[], taskRefs: ReadonlySet<string> = new Set()): TDraftRegistry {
  const needed = closure(used, registry);
  const comments: TDraftComment[] = [];
  const agencies = registry.agencies.filter((agency) => needed.has(agency.code)).map((agency) => compact(withDraftTasks(agency, taskRefs)));
  for (const placeholder of unknown.filter((entry) => !entry.isGroup)) {
    comments.push({
      path: ['agencies', agencies.length],
      text: ` CHƯA CÓ TRONG DANH BẠ / NOT IN THE REGISTRY: "${placeholder.nameVi}" (${placeholder.refs.join(', ')}). Kiểm tra tên, loại, tên tiếng Anh, đầu mối; hoặc sửa mã thành mã đã có. Check name, kind, English name, contacts, or use an existing code.`,
    });
    agencies.push({ code: placeholder.code, nameVi: placeholder.nameVi, nameEn: placeholder.nameVi, kind: placeholder.kind, placeholder: true });
  }
  // A collective the registry lacks is a group with one stand-in member, for the reviewer to list its members.
  const placeholderGroups = unknown.filter((entry) => entry.isGroup);
  if (used.has(UNASSIGNED_CODE) || placeholderGroups.length > 0) {
    const why = used.has(UNASSIGNED_CODE)
      ? ' Văn bản không ghi cơ quan thực hiện cho một số nhiệm vụ: thay mã này bằng cơ quan đúng. Some tasks name no agency: replace this code.'
      : ' Thành viên tạm của nhóm chưa có trong danh bạ: thay bằng các cơ quan thành viên. A stand-in member of a group the registry lacks: replace it with the members.';
    comments.push({ path: ['agencies', agencies.length], text: why });
    agencies.push({ code: UNASSIGNED_CODE, nameVi: 'Chưa xác định (văn bản không ghi cơ quan thực hiện)', nameEn: 'Not determined (the document names no agency)', kind: 'department', placeholder: true });
  }
  const groups: Record<string, unknown>[] = registry.groups.filter((group) => needed.has(group.code)).map(compact);
  for (const placeholder of placeholderGroups) {
    comments.push({
      path: ['groups', groups.length],
      text: ` NHÓM CHƯA CÓ TRONG DANH BẠ / GROUP NOT IN THE REGISTRY: "${placeholder.nameVi}" (${placeholder.refs.join(', ')}). Liệt kê các cơ quan thành viên thay cho ${UNASSIGNED_CODE}. List its member agencies in place of ${UNASSIGNED_CODE}.`,
    });
    groups.push({ code: placeholder.code, nameVi: placeholder.nameVi, nameEn: placeholder.nameVi, members: [UNASSIGNED_CODE] });
  }
  return { agencies, groups, comments };
}
