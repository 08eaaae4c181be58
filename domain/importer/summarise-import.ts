// What the importer found and what it could not read, for the person who reviews the draft.
import type { TPlaceholderAgency } from './agency-resolver';
import type { TDraftTask } from './resolve-tasks';

export interface TImportSummary {
  title: string;
  taskCount: number;
  groups: Array<{ group: string; title: string; tasks: number }>;
  unmappedAgencies: Array<{ name: string; code: string; refs: string[] }>;
  unreadableDeadlines: Array<{ ref: string; phrase: string }>;
  /** Refs of tasks the document assigns to nobody. */
  unassignedTasks: string[];
  /** How many values of the draft are marked MẶC ĐỊNH / DEFAULT. */
  defaults: number;
  /**
   * The tasks a reviewer should read against the document, each with why: the short list to
   * check instead of the whole plan: no agency named, "the units concerned" left unnamed, a
   * deadline phrase not read or with no date, the wording of a target. (An agency or group the
   * registry lacks is in unmappedAgencies, once, with its tasks. A task without a deadline is not
   * on it: most plan tasks are ongoing work, and the draft marks every default anyway.)
   */
  tasksToCheck: Array<{ ref: string; reasons: string[] }>;
  /**
   * Paragraphs of the tasks section that name no agency, left out of the draft because an
   * appendix table assigns the plan's tasks row by row, or sections by agency give them out duty
   * by duty (their opening words): add any that is a task of its own by hand.
   */
  leftOut: string[];
  /** Why they were left out: 'table' (an appendix table assigns the tasks), 'duties' (sections by agency do); null when none was. */
  leftOutBecause: 'table' | 'duties' | null;
}

export interface TSummaryInputs {
  title: string;
  tasks: readonly TDraftTask[];
  unknownAgencies: readonly TPlaceholderAgency[];
  unassignedCode: string;
  defaults: number;
  tasksToCheck: TImportSummary['tasksToCheck'];
  leftOut: readonly string[];
  leftOutBecause: 'table' | 'duties' | null;
}

/**
 * Wording of a target, criterion or indicator rather than of work someone must do: "Phấn đấu …",
 * "Tỷ lệ …", "100% …", "Có ít nhất …", "Đến năm 2030, 90% …". Left in the draft, flagged.
 */
const TARGET_WORDING = /^(?:(?:phấn đấu|tỷ lệ|có ít nhất)(?![\p{L}\p{N}])|(?:đến|tới) (?:năm|hết năm|cuối năm) \d{4},?\s*(?:có\s*)?\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)?\s*%)/iu;

/** The tasks that need a reviewer's eye, each with why; a task read whole is not listed. */
export function findTasksToCheck(tasks: readonly TDraftTask[], inputs: Pick<TSummaryInputs, 'unknownAgencies' | 'unassignedCode'>): TImportSummary['tasksToCheck'] {
  return tasks.flatMap((task) => {
    const reasons = reasonsToCheck(task, inputs);
    return reasons.length === 0 ? [] : [{ ref: task.ref, reasons }];
  });
}

/** "các cơ quan, đơn vị có liên quan": the agencies concerned, whom the document leaves unnamed. */
const CONCERNED_UNITS = /liên quan(?: khác)?$/u;

/** Why a task needs a reviewer's eye; empty when it was read whole. */
function reasonsToCheck(task: TDraftTask, inputs: Pick<TSummaryInputs, 'unknownAgencies' | 'unassignedCode'>): string[] {
  const reasons: string[] = [];
  if (task.assignees.includes(inputs.unassignedCode)) reasons.push(`no agency named for it (assignee ${inputs.unassignedCode})`);
  // Each task decides whom "the units concerned" are. An agency or group the registry lacks is
  // fixed once, in the registry: the summary lists it with its tasks (unmappedAgencies), not again
  // on each of them.
  const unnamed = inputs.unknownAgencies.filter((agency) => agency.refs.includes(task.ref) && CONCERNED_UNITS.test(agency.nameVi));
  for (const agency of unnamed) {
    const role = agency.code === task.lead ? 'lead' : task.coordinators.includes(agency.code) ? 'coordinator' : 'agency';
    reasons.push(`${role} "${agency.nameVi}" names no agency: name them or drop it (placeholder ${agency.code})`);
  }
  if (task.timing.unreadable !== null) reasons.push(`deadline "${task.timing.unreadable}" not read: left as ongoing work`);
  if (task.timing.hangsOnEvent !== undefined) reasons.push(`deadline "${task.timing.hangsOnEvent}" hangs on another schedule or event: ongoing work until a date is set`);
  const text = task.text.trim();
  if (TARGET_WORDING.test(text)) reasons.push(`reads like a target, not a task: "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`);
  return reasons;
}

/** A left-out paragraph's first words: enough to find it in the document. */
const OPENING_WORDS = 12;
const openingWords = (text: string) => {
  const words = text.trim().split(/\s+/u);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')} …` : words.join(' ');
};

export function summariseImport(inputs: TSummaryInputs): TImportSummary {
  const groups: TImportSummary['groups'] = [];
  for (const task of inputs.tasks) {
    const group = task.ref.split('.').slice(0, 2).join('.');
    const entry = groups.find((candidate) => candidate.group === group);
    if (entry === undefined) groups.push({ group, title: task.groupTitle, tasks: 1 });
    else entry.tasks += 1;
  }
  return {
    title: inputs.title,
    taskCount: inputs.tasks.length,
    groups,
    unmappedAgencies: inputs.unknownAgencies.map((agency) => ({ name: agency.nameVi, code: agency.code, refs: agency.refs })),
    unreadableDeadlines: inputs.tasks.flatMap((task) => (task.timing.unreadable === null ? [] : [{ ref: task.ref, phrase: task.timing.unreadable }])),
    unassignedTasks: inputs.tasks.filter((task) => task.assignees.includes(inputs.unassignedCode)).map((task) => task.ref),
    defaults: inputs.defaults,
    tasksToCheck: inputs.tasksToCheck,
    leftOut: inputs.leftOut.map(openingWords),
    leftOutBecause: inputs.leftOutBecause,
  };
}
