// One document's figures against issue 16's goal: tasks found, leads and coordinators right (of
// the tasks found), deadline phrases read (of all the document gives), criteria taken for tasks.
import { AgencyMatcher, foldName } from '../../domain/importer';
import type { TDraftAgency, TDraftView } from './draft-view';
import type { TExpectedResults } from './expected-results';
import { matchAny, pairTasks } from './match-tasks';

/** Issue 16, "Goal": the bar each document must reach. */
export const GOAL = { found: 0.95, leads: 0.9, coordinators: 0.8, deadlines: 1 } as const;

/** The importer's stand-in for "the document names nobody" (domain/importer/resolve-tasks). */
const UNASSIGNED_CODE = 'CHUA_XAC_DINH';

export interface TDocumentScore {
  document: string;
  heldOut: boolean;
  expected: number;
  found: number;
  leadsRight: number;
  coordinatorsRight: number;
  deadlinesExpected: number;
  deadlinesRead: number;
  draftTasks: number;
  notATaskFound: number;
  /** Per expected task, what went wrong, for the reader of --verbose output. */
  misses: string[];
  meetsGoal: boolean;
}

const COLLECTIVE_PREFIX = `${foldName('các')} `;
/**
 * "Chủ tịch Ủy ban nhân dân …", "Thủ trưởng các sở, ban, ngành", "Bộ trưởng Bộ Công Thương",
 * "Thống đốc Ngân hàng Nhà nước …": the head stands for the body, as the importer reads it.
 */
const HEAD_TITLE_PREFIXES = ['chủ tịch', 'tổng giám đốc', 'giám đốc', 'thủ trưởng', 'bộ trưởng', 'thống đốc', 'chủ nhiệm'].map((title) => `${foldName(title)} `);
const LOCALITY_SUFFIXES = [' cấp tỉnh', ' cấp thành phố', ' của tỉnh', ' của thành phố', ' tỉnh', ' thành phố'].map((suffix) => ` ${foldName(suffix)}`);

/**
 * A name's comparison key: folded (NFC, case, tone placement), a leading head's title ("Chủ
 * tịch", "Giám đốc", "Thủ trưởng", "Bộ trưởng", "Thống đốc" …), a leading "các" and a trailing "(cấp / của) tỉnh / thành
 * phố" dropped, as the importer reads them: "Các sở, ban, ngành" and "Thủ trưởng các sở, ban,
 * ngành cấp tỉnh" name the same collective and the registry holds one of the forms.
 */
export function agencyKey(name: string): string {
  let key = foldName(name);
  const head = HEAD_TITLE_PREFIXES.find((prefix) => key.startsWith(prefix) && key.length > prefix.length);
  if (head !== undefined) key = key.slice(head.length);
  if (key.startsWith(COLLECTIVE_PREFIX)) key = key.slice(COLLECTIVE_PREFIX.length);
  for (const suffix of LOCALITY_SUFFIXES) if (key.endsWith(suffix)) key = key.slice(0, -suffix.length);
  return key;
}

/**
 * Whether the draft's code stands for the name the document wrote: the code's name or an alias
 * has the same key, or the importer's own matcher, over the draft's registry, reads the written
 * name as that code (its abbreviations and shortened forms), the whole of it as one name (a place
 * after it, "Sở Y tế Hà Nội", qualifies it). Nothing looser: a different agency
 * or a fragment of the name is wrong.
 */
export class AgencyComparer {
  private readonly keys = new Map<string, Set<string>>();
  private readonly matcher: AgencyMatcher;

  constructor(agencies: readonly TDraftAgency[]) {
    for (const agency of agencies) this.keys.set(agency.code, new Set(agency.names.map(agencyKey)));
    this.matcher = new AgencyMatcher(agencies.map((agency) => ({ code: agency.code, nameVi: agency.names[0] ?? agency.code, aliases: agency.names.slice(1), isGroup: agency.isGroup })));
  }

  same(writtenName: string, code: string): boolean {
    if (this.keys.get(code)?.has(agencyKey(writtenName)) === true) return true;
    if (this.matcher.matchName(writtenName)?.code === code) return true;
    // "Sở Y tế Hà Nội": the whole name read as one known name with the place that qualifies it.
    const mentions = this.matcher.readList(writtenName);
    return mentions.length === 1 && mentions[0]?.code === code && mentions[0].written === writtenName.trim();
  }

  /** Every written name matches its own code and no code is left over. */
  sameList(writtenNames: readonly string[], codes: readonly string[]): boolean {
    if (writtenNames.length !== codes.length) return false;
    const left = [...codes];
    for (const name of writtenNames) {
      const index = left.findIndex((code) => this.same(name, code));
      if (index < 0) return false;
      left.splice(index, 1);
    }
    return true;
  }
}

/**
 * A task the document gives to several agencies equally (expected lead null, assignees listed)
 * has its lead right when the draft names no lead and exactly those assignees.
 *
 * The draft's responsible agency: its lead, or, when a collective is named alone (a group can
 * never lead in a plan file), its single assignee that is not a coordinator.
 */
function responsible(task: TDraftView['tasks'][number]): string | null {
  if (task.lead !== null) return task.lead;
  const assignees = ownAssignees(task);
  return assignees.length === 1 ? (assignees[0] as string) : null;
}

/** The draft's assignees less its coordinators (which the importer also lists as assignees). */
function ownAssignees(task: TDraftView['tasks'][number]): string[] {
  return task.assignees.filter((code) => code !== UNASSIGNED_CODE && !task.coordinators.includes(code));
}

export function scoreDocument(expected: TExpectedResults, draft: TDraftView): TDocumentScore {
  const comparer = new AgencyComparer(draft.agencies);
  const pairs = pairTasks(
    expected.tasks.map((task) => [task.text, ...task.altText]),
    draft.tasks.map((task) => task.text),
  );
  const misses: string[] = [];
  let found = 0;
  let leadsRight = 0;
  let coordinatorsRight = 0;
  let deadlinesRead = 0;
  expected.tasks.forEach((task, index) => {
    const draftIndex = pairs[index];
    const label = `"${task.text.slice(0, 60)}"`;
    if (draftIndex === null || draftIndex === undefined) {
      misses.push(`${label}: not found`);
      return;
    }
    const draftTask = draft.tasks[draftIndex] as TDraftView['tasks'][number];
    found += 1;
    const lead = responsible(draftTask);
    const leadRight = task.lead !== null ? lead !== null && comparer.same(task.lead, lead) : lead === null && (task.assignees.length === 0 || comparer.sameList(task.assignees, ownAssignees(draftTask)));
    if (leadRight) leadsRight += 1;
    else misses.push(`${label} (${draftTask.ref}): lead ${lead ?? `none, assignees [${draftTask.assignees.join(', ')}]`}, expected ${task.lead ?? `none, assignees [${task.assignees.join('; ')}]`}`);
    const coordinators = draftTask.coordinators.filter((code) => code !== lead);
    if (comparer.sameList(task.coordinators, coordinators)) coordinatorsRight += 1;
    else misses.push(`${label} (${draftTask.ref}): coordinators [${coordinators.join(', ')}], expected [${task.coordinators.join('; ')}]`);
    if (task.deadline !== null) {
      if (draftTask.deadlineRead) deadlinesRead += 1;
      else misses.push(`${label} (${draftTask.ref}): deadline "${task.deadline}" not read`);
    }
  });
  const matched = new Set(pairs.filter((index): index is number => index !== null));
  const notATaskFound = draft.tasks.filter((task, index) => !matched.has(index) && expected.notATask.some((opening) => matchAny([opening], task.text) !== null)).length;
  const deadlinesExpected = expected.tasks.filter((task) => task.deadline !== null).length;
  const expectedCount = expected.tasks.length;
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const meetsGoal =
    share(found, expectedCount) >= GOAL.found &&
    found > 0 &&
    share(leadsRight, found) >= GOAL.leads &&
    share(coordinatorsRight, found) >= GOAL.coordinators &&
    share(deadlinesRead, deadlinesExpected) >= GOAL.deadlines;
  return {
    document: expected.document,
    heldOut: expected.heldOut,
    expected: expectedCount,
    found,
    leadsRight,
    coordinatorsRight,
    deadlinesExpected,
    deadlinesRead,
    draftTasks: draft.tasks.length,
    notATaskFound,
    misses,
    meetsGoal,
  };
}
