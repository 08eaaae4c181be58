// `dondoc plan …`: check a plan file, print its JSON Schema, list its tasks by agency. Thin over
// domain/plan; the only thing done here is reading the file and formatting the result.
import { type Command } from 'commander';
import type { TAgency, TAgencyGroup, TPlan, TTask } from '../../domain/plan';

/**
 * The `plan` command group, created on first use, so that other modules (e.g. `plan import`) can
 * add subcommands to the same group in any order.
 */
export function planCommandGroup(program: Command): Command {
  const existing = program.commands.find((command) => command.name() === 'plan');
  return existing ?? program.command('plan').description('Plan files (YAML): validate, show tasks by agency, print the schema.');
}

export function registerPlanCommands(program: Command): Command {
  const group = planCommandGroup(program);
  group
    .command('validate <file>')
    .description('Check a plan file; exit 0 if valid, 2 with every error (path, line, expected, found) if not.')
    .action(async (file: string) => {
      const { loadPlan } = await import('../../client/plans/read-plan-file');
      const plan = await loadPlan(file);
      console.log(summarise(file, plan));
    });
  group
    .command('schema')
    .description('Print the plan file format as JSON Schema (for editors and other tools).')
    .action(async () => {
      const { planJsonSchema } = await import('../../domain/plan/json-schema');
      console.log(JSON.stringify(planJsonSchema(), null, 2));
    });
  group
    .command('show <file>')
    .description('List the tasks of a plan by agency (lead, coordinating, assigned).')
    .option('--json', 'print an array of tasks with their agencies as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const { loadPlan } = await import('../../client/plans/read-plan-file');
      const plan = await loadPlan(file);
      console.log(options.json ? JSON.stringify(tasksAsJson(plan), null, 2) : tasksByAgencyText(plan));
    });
  return group;
}

function summarise(file: string, plan: TPlan): string {
  const sectionTwo = plan.tasks.filter((task) => task.ref.startsWith('II.')).length;
  const sectionThree = plan.tasks.length - sectionTwo;
  return `OK ${file}: ${sectionTwo} tasks in section II, ${sectionThree} duties in section III, ${plan.agencies.length} agencies, ${plan.groups.length} groups, ${plan.reportingCycles.length} reporting cycles, ${plan.indicators.length} indicators.`;
}

type TNamed = TAgency | TAgencyGroup;

function registry(plan: TPlan): Map<string, TNamed> {
  return new Map<string, TNamed>([...plan.agencies, ...plan.groups].map((entry) => [entry.code, entry]));
}

function tasksAsJson(plan: TPlan) {
  const names = registry(plan);
  const named = (code: string) => ({ code, nameVi: names.get(code)?.nameVi ?? code });
  return plan.tasks.map((task) => ({
    ref: task.ref,
    groupTitle: task.groupTitle,
    text: task.text,
    kind: task.kind,
    deadline: task.deadline ?? null,
    lead: task.lead === null ? null : named(task.lead),
    coordinators: task.coordinators.map(named),
    assignees: task.assignees.map(named),
  }));
}

const ROLE_LABELS = { lead: 'chủ trì', coordinator: 'phối hợp', assignee: 'thực hiện' } as const;
/** Long enough to recognise a task in a terminal line; `--json` has the full text. */
const TEXT_PREVIEW_LENGTH = 90;

function preview(text: string): string {
  return text.length > TEXT_PREVIEW_LENGTH ? `${text.slice(0, TEXT_PREVIEW_LENGTH)}…` : text;
}

function roleOf(task: TTask, code: string): keyof typeof ROLE_LABELS | null {
  if (task.lead === code) return 'lead';
  if (task.coordinators.includes(code)) return 'coordinator';
  if (task.assignees.includes(code)) return 'assignee';
  return null;
}

function tasksByAgencyText(plan: TPlan): string {
  const lines: string[] = [preview(plan.metadata.titleVi), ''];
  for (const entry of registry(plan).values()) {
    const tasks = plan.tasks.flatMap((task) => {
      const role = roleOf(task, entry.code);
      return role === null ? [] : [{ task, role }];
    });
    if (tasks.length === 0) continue;
    lines.push(`${entry.code} — ${entry.nameVi}${headerNote(entry)}`);
    for (const { task, role } of tasks) {
      const due = task.deadline === undefined ? '' : ` (hạn ${task.deadline})`;
      lines.push(`  ${task.ref.padEnd(8)} ${ROLE_LABELS[role].padEnd(9)} ${preview(task.text)}${due}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function headerNote(entry: TNamed): string {
  if ('members' in entry) return ` [nhóm: ${entry.members.join(', ')}]`;
  if (entry.successors.length === 0) return '';
  const successors = entry.successors.map((successor) => `${successor.code} từ ${successor.effectiveFrom}`).join(', ');
  return ` [kế thừa: ${successors}]`;
}
