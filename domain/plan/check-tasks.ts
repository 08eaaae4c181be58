// Rules that relate a task's fields to each other and to the plan: unique refs, a deadline or a
// recurrence that fits the task's kind, a lead that is also assigned, dates inside the plan.
import type { TPlanIssue } from './plan-issue';
import type { TPlan } from './plan';
import type { TTask } from './tasks';

export function checkTasks(plan: TPlan): TPlanIssue[] {
  const issues: TPlanIssue[] = [];
  const firstIndexOfRef = new Map<string, number>();
  const agencyCodes = new Set(plan.agencies.map((agency) => agency.code));
  plan.tasks.forEach((task, index) => {
    const earlier = firstIndexOfRef.get(task.ref);
    if (earlier === undefined) firstIndexOfRef.set(task.ref, index);
    else {
      issues.push({ path: ['tasks', index, 'ref'], expected: 'a ref used by no other task', found: `"${task.ref}", already used by tasks[${earlier}]`, message: `Task ref "${task.ref}" appears twice: renumber one of the tasks to match its place in the document.` });
    }
    issues.push(...checkKindFields(task, index), ...checkAssignment(task, index, agencyCodes), ...checkDeadlineInPlan(plan, task, index));
  });
  return issues;
}

function checkKindFields(task: TTask, index: number): TPlanIssue[] {
  const issues: TPlanIssue[] = [];
  if (task.kind === 'one_off' && task.deadline === undefined) {
    issues.push({ path: ['tasks', index, 'deadline'], expected: 'a deadline YYYY-MM-DD (one_off tasks must have one)', found: 'nothing (the key is missing)', message: `Task ${task.ref} is one_off but has no deadline: add \`deadline: YYYY-MM-DD\`, or change its kind.` });
  }
  if (task.kind !== 'one_off' && task.deadline !== undefined) {
    issues.push({ path: ['tasks', index, 'deadline'], expected: `no deadline for a ${task.kind} task`, found: task.deadline, message: `Task ${task.ref} is ${task.kind} but has a deadline: make it one_off, or remove the deadline.` });
  }
  if (task.kind === 'periodic') {
    const recurrence = task.recurrence;
    const hasCycle = recurrence?.cycle !== undefined;
    const hasDays = recurrence?.dueDays !== undefined && recurrence.dueDays.length > 0;
    if (hasCycle === hasDays) {
      issues.push({ path: ['tasks', index, 'recurrence'], expected: 'exactly one of `cycle: <reporting cycle id>` or `dueDays: [MM-DD, …]`', found: recurrence === undefined ? 'nothing (the key is missing)' : hasCycle ? 'both cycle and dueDays' : 'neither cycle nor dueDays', message: `Task ${task.ref} is periodic: give its recurrence either a reporting cycle or its due days, not both and not neither.` });
    }
  } else if (task.recurrence !== undefined) {
    issues.push({ path: ['tasks', index, 'recurrence'], expected: `no recurrence for a ${task.kind} task`, found: 'a recurrence', message: `Task ${task.ref} is ${task.kind} but has a recurrence: make it periodic, or remove the recurrence.` });
  }
  return issues;
}

function checkAssignment(task: TTask, index: number, agencyCodes: ReadonlySet<string>): TPlanIssue[] {
  const issues: TPlanIssue[] = [];
  // An unknown lead is reported by checkReferences; repeating it here would only add noise.
  if (task.lead !== null && agencyCodes.has(task.lead) && !task.assignees.includes(task.lead)) {
    issues.push({ path: ['tasks', index, 'assignees'], expected: `a list that includes the lead ${task.lead}`, found: `[${task.assignees.join(', ')}]`, message: `Task ${task.ref}: the lead agency must also be an assignee, since it answers for the task. Add ${task.lead} to assignees.` });
  }
  if (task.lead !== null && task.coordinators.includes(task.lead)) {
    issues.push({ path: ['tasks', index, 'coordinators'], expected: `coordinators other than the lead ${task.lead}`, found: `[${task.coordinators.join(', ')}]`, message: `Task ${task.ref}: ${task.lead} is both lead and coordinator; remove it from coordinators.` });
  }
  if (task.ref.startsWith('II.') && (task.assignmentLine === null || task.assignmentLine.trim() === '')) {
    issues.push({ path: ['tasks', index, 'assignmentLine'], expected: 'the "Thực hiện: …" line as written in the document', found: 'an empty value', message: `Task ${task.ref} is in section II, where every task has a "Thực hiện" line: copy it from the document.` });
  }
  return issues;
}

function checkDeadlineInPlan(plan: TPlan, task: TTask, index: number): TPlanIssue[] {
  const { startDate, endDate } = plan.metadata;
  if (task.deadline === undefined || (task.deadline >= startDate && task.deadline <= endDate)) return [];
  return [{ path: ['tasks', index, 'deadline'], expected: `a date from ${startDate} to ${endDate} (the plan's start and end)`, found: task.deadline, message: `Task ${task.ref} is due outside the plan period: move the deadline, or change metadata.startDate/endDate.` }];
}
