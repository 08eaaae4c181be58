// One task of the draft in the plan file's shape, with the comments that explain its timing.
import type { TDraftComment } from './draft-comment';
import { DRAFT_REPORT_CYCLE } from './draft-defaults';
import { UNASSIGNED_CODE, type TDraftTask } from './resolve-tasks';

/** Section II tasks must quote their assignment; this says the document has none to quote. */
export const NO_ASSIGNMENT_LINE = '(văn bản không ghi cơ quan thực hiện)';

export function draftTask(task: TDraftTask, index: number, comments: TDraftComment[]): Record<string, unknown> {
  const { timing } = task;
  const timingKey = timing.kind === 'one_off' ? 'deadline' : timing.kind === 'periodic' ? 'recurrence' : 'kind';
  comments.push({ path: ['tasks', index, timingKey], text: ` ${timing.comment}` });
  const noAssignment = task.assignmentLine === null && task.ref.startsWith('II.');
  if (noAssignment || task.assignees.includes(UNASSIGNED_CODE)) {
    comments.push({ path: ['tasks', index, 'assignees'], text: ' Văn bản không ghi cơ quan thực hiện nhiệm vụ này: bổ sung. The document assigns this task to nobody: fill in.' });
  }
  return {
    ref: task.ref,
    groupTitle: task.groupTitle,
    text: task.text,
    assignmentLine: noAssignment ? NO_ASSIGNMENT_LINE : task.assignmentLine,
    lead: task.lead,
    ...(task.coordinators.length > 0 ? { coordinators: task.coordinators } : {}),
    assignees: task.assignees,
    ...(task.mandate === 'request' ? { mandate: 'request' } : {}),
    kind: timing.kind,
    ...(timing.deadline === undefined ? {} : { deadline: timing.deadline }),
    ...(timing.dueDays === undefined ? {} : { recurrence: { dueDays: timing.dueDays } }),
    ...(timing.followsReportCycle === true ? { recurrence: { cycle: DRAFT_REPORT_CYCLE } } : {}),
    ...(timing.kind === 'continuous' ? { reportedIn: DRAFT_REPORT_CYCLE } : {}),
    ...(task.deliverable === null ? {} : { deliverable: task.deliverable }),
    ...(timing.note === undefined ? {} : { note: timing.note }),
  };
}
