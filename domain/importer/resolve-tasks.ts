// From parsed tasks to plan tasks: refs, codes for every name, lead and coordinators, kind and
// due dates. Follows the seed plan's reading: the lead is also an assignee; a list with no
// "chủ trì" names no single lead unless it names exactly one agency; a section III duty that
// opens with its own actor ("Đề nghị Tỉnh Đoàn …", "Hội …: …") belongs to that actor.
import type { TAgencyMention } from './agency-matcher';
import type { AgencyResolver, TResolvedMention } from './agency-resolver';
import type { TRawTask } from './raw-task';
import type { TMandate, TRawAssignment } from './read-assignment';
import { readTaskTiming, type TTaskTiming } from './read-task-timing';

/** Stands in for the assignee of a task whose document names none, so the draft stays valid. */
export const UNASSIGNED_CODE = 'CHUA_XAC_DINH';

export interface TDraftTask {
  ref: string;
  groupTitle: string;
  text: string;
  assignmentLine: string | null;
  lead: string | null;
  coordinators: string[];
  assignees: string[];
  mandate: TMandate;
  timing: TTaskTiming;
  deliverable: string | null;
}

interface TAssignmentCodes {
  lead: string | null;
  coordinators: string[];
  assignees: string[];
  mandate: TMandate;
}

/** A duty's own actors: after "Đề nghị", or before a colon, when every name is in the registry. */
function ownActors(text: string, resolver: AgencyResolver): { mentions: TAgencyMention[]; mandate: TMandate } | null {
  const matcher = resolver.agencyMatcher;
  const request = /^đề nghị\s+/iu.exec(text);
  if (request !== null) {
    const { mentions } = matcher.readLeadingNames(text.slice(request[0].length));
    if (mentions.length > 0) return { mentions, mandate: 'request' };
  }
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 150) {
    const mentions = matcher.readList(text.slice(0, colon));
    if (mentions.length > 0 && mentions.every((mention) => mention.code !== null)) return { mentions, mandate: 'order' };
  }
  return null;
}

/** Longer than this, an unknown "name" is a sentence: "Sở Y tế là cơ quan thường trực, …". */
const LONGEST_NAME_IN_WORDS = 10;

/**
 * A section III heading that is a sentence ("1. Sở Y tế là cơ quan thường trực …") names its
 * actor at the start; null when the heading is a plain list of names.
 */
function headingActors(heading: string, resolver: AgencyResolver): { mentions: TAgencyMention[]; mandate: TMandate } | null {
  const mentions = resolver.agencyMatcher.readList(heading);
  if (!mentions.some((mention) => mention.code === null && mention.written.split(/\s+/u).length > LONGEST_NAME_IN_WORDS)) return null;
  const leading = resolver.agencyMatcher.readLeadingNames(heading).mentions;
  return leading.length > 0 ? { mentions: leading, mandate: 'order' } : null;
}

function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

function singleLead(mentions: readonly TResolvedMention[]): string | null {
  return mentions.length === 1 && !(mentions[0] as TResolvedMention).isGroup ? (mentions[0] as TResolvedMention).code : null;
}

function resolveAssignment(task: TRawTask, ref: string, resolver: AgencyResolver): TAssignmentCodes {
  const assignment: TRawAssignment | null = task.assignment;
  if (assignment === null) return { lead: null, coordinators: [], assignees: [], mandate: 'order' };
  if (assignment.form === 'everyone') {
    const own = task.section === 'III' ? (ownActors(task.text, resolver) ?? headingActors(assignment.namesText, resolver)) : null;
    const mentions = own === null ? resolver.resolveList(assignment.namesText, ref) : resolver.resolveMentions(own.mentions, ref);
    const mandate = own?.mandate === 'request' ? 'request' : assignment.mandate;
    return { lead: singleLead(mentions), coordinators: [], assignees: mentions.map((mention) => mention.code), mandate };
  }
  const leads = resolver.resolveList(assignment.leadText, ref);
  const lead = singleLead(leads);
  const coordinators = resolver
    .resolveList(assignment.coordinatorText ?? '', ref)
    .map((mention) => mention.code)
    .filter((code) => code !== lead);
  const assignees = unique([...leads.map((mention) => mention.code), ...coordinators]);
  return { lead, coordinators: unique(coordinators), assignees, mandate: assignment.mandate };
}

export function resolveTasks(tasks: readonly TRawTask[], resolver: AgencyResolver, issueDate: string, titleYear: number | null = null): TDraftTask[] {
  const counters = new Map<string, number>();
  return tasks.map((task) => {
    const groupKey = `${task.section}.${task.group}`;
    const position = (counters.get(groupKey) ?? 0) + 1;
    counters.set(groupKey, position);
    const ref = `${groupKey}.${position}`;
    const codes = resolveAssignment(task, ref, resolver);
    const assignmentLine = task.section === 'III' ? null : (task.assignment?.line ?? null);
    return {
      ref,
      groupTitle: task.groupTitle,
      text: task.text,
      assignmentLine,
      lead: codes.lead,
      coordinators: codes.coordinators,
      assignees: codes.assignees.length > 0 ? codes.assignees : [UNASSIGNED_CODE],
      mandate: codes.mandate,
      timing: readTaskTiming(task, issueDate, titleYear),
      deliverable: task.deliverable,
    };
  });
}
