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
}

export interface TSummaryInputs {
  title: string;
  tasks: readonly TDraftTask[];
  unknownAgencies: readonly TPlaceholderAgency[];
  unassignedCode: string;
  defaults: number;
}

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
  };
}
