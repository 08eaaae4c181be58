// `dondoc assignment show|list`: one assignment's live status from its workflow, or the list
// from the read model. Thin over client/assignments; formatting is all that happens here.
import { Option, type Command } from 'commander';
import type { TReadModelState } from '../../data/assignment-rows';
import { operatorActor } from '../actor-options';
import { formatAssignmentStatus } from '../format/assignment-status';
import { stdoutPalette } from '../format/colour';
import { assignmentRowJson } from '../../client/read-model/assignment-row-json';
import { toJson } from '../../client/to-json';
import { formatAssignmentRows } from '../format/status-view';
import { runLocalOrRemote } from '../remote/command-mode';

/** The read model's states (prisma/schema.prisma, enum AssignmentState), for --state's choices without loading Prisma; the type keeps them complete. */
const stateChoices: Record<TReadModelState, true> = {
  assigned: true,
  in_progress: true,
  submitted: true,
  returned: true,
  completed_on_time: true,
  completed_late: true,
  cancelled: true,
  lapsed: true,
};
const ASSIGNMENT_STATES = Object.keys(stateChoices);

export function registerAssignmentCommands(program: Command): void {
  const assignment = program.command('assignment').description('One assignment (task × answering agency): its live status, or the list from the read model');

  assignment
    .command('show')
    .description("The assignment workflow's own status: phase, deadline, status and colour, next notice, escalation level, pending extension, last events")
    .argument('<id>', 'the assignment id, e.g. ke-hoach-135-tre-em/ANNUAL_CHILDREN_REPORT/SO_GDDT (`dondoc assignment list` shows them)')
    .option('--json', 'print the status query answer as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const status = await runLocalOrRemote(command, {
        local: async (context) => {
          const { showAssignment } = await import('../../client/assignments/show-assignment');
          return showAssignment(context, operatorActor(), { assignmentId: id });
        },
        remote: (api) => api.showAssignment(id),
      });
      console.log(options.json ? toJson(status) : formatAssignmentStatus(status, stdoutPalette()));
    });

  assignment
    .command('list')
    .description('Assignments from the read model, soonest deadline first, with their status now')
    .option('--agency <code>', 'only those this agency answers for, e.g. QNG_SO_GDDT')
    .addOption(new Option('--state <state>', 'only those in this read-model state').choices(ASSIGNMENT_STATES))
    .option('--overdue', 'only overdue assignments')
    .option('--json', 'print the list as JSON')
    .action(async (options: { agency?: string; state?: TReadModelState; overdue?: boolean; json?: boolean }, command: Command) => {
      const filters = { agency: options.agency, state: options.state, overdue: Boolean(options.overdue) };
      const shown = await runLocalOrRemote(command, {
        local: async (context) => {
          const { listAssignments } = await import('../../client/assignments/read-assignments');
          return (await listAssignments(context, operatorActor(), filters)).map(assignmentRowJson);
        },
        remote: (api) => api.listAssignments(filters),
      });
      if (options.json) console.log(toJson(shown));
      else console.log(shown.length ? `${formatAssignmentRows(shown, stdoutPalette())}\n\n${shown.length} assignment(s). \`dondoc assignment show <id>\` shows one.` : 'No assignments match.');
    });
}
